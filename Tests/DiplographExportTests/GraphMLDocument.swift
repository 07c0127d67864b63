import CLibXML2
import Foundation

/// A GraphML file read back with libxml2, as a graph tool would see it: keys, nodes and edges
/// with their `<data>` values by attribute name, and what yEd would draw.
struct GraphMLDocument {
  struct Key: Equatable {
    let id: String
    let domain: String
    let name: String?
    let type: String?
    let yfilesType: String?
  }

  struct Element {
    let id: String
    var source = ""
    var target = ""
    /// `<data>` values by the `attr.name` of their key.
    var data: [String: String] = [:]
    /// yEd's drawing: `fill`, `label` (node) or `line`, `arrow`, `label` (edge).
    var graphics: [String: String] = [:]
  }

  var keys: [Key] = []
  var nodes: [Element] = []
  var edges: [Element] = []
  var edgeDefault = ""

  func node(_ id: String) -> Element? { nodes.first { $0.id == id } }
  func edge(_ id: String) -> Element? { edges.first { $0.id == id } }

  enum ReadError: Error, CustomStringConvertible {
    case notWellFormed(String)
    case schemaMissing(String)
    case schemaUnreadable(String)

    var description: String {
      switch self {
      case .notWellFormed(let why): return "not well-formed XML: \(why)"
      case .schemaMissing(let path):
        return "GraphML schema missing at \(path): the tests need ../shared/graphml-xsd beside the package"
      case .schemaUnreadable(let path): return "cannot parse schema \(path)"
      }
    }
  }

  /// Parses `text`, failing on anything that is not well-formed XML.
  init(_ text: String) throws {
    let doc = try Self.read(text)
    defer { xmlFreeDoc(doc) }
    guard let root = xmlDocGetRootElement(doc) else { throw ReadError.notWellFormed("no root element") }
    var keyNames: [String: String] = [:]
    for child in Self.children(root) where Self.name(child) == "key" {
      let key = Key(
        id: Self.attribute(child, "id") ?? "", domain: Self.attribute(child, "for") ?? "all",
        name: Self.attribute(child, "attr.name"), type: Self.attribute(child, "attr.type"),
        yfilesType: Self.attribute(child, "yfiles.type"))
      keys.append(key)
      keyNames[key.id] = key.name ?? key.id
    }
    for graph in Self.children(root) where Self.name(graph) == "graph" {
      edgeDefault = Self.attribute(graph, "edgedefault") ?? ""
      for child in Self.children(graph) {
        let kind = Self.name(child)
        guard kind == "node" || kind == "edge" else { continue }
        var element = Element(id: Self.attribute(child, "id") ?? "")
        element.source = Self.attribute(child, "source") ?? ""
        element.target = Self.attribute(child, "target") ?? ""
        for data in Self.children(child) where Self.name(data) == "data" {
          let key = Self.attribute(data, "key") ?? ""
          let drawings = Self.children(data)
          if drawings.isEmpty {
            element.data[keyNames[key] ?? key] = Self.content(data)
          } else {
            for drawing in drawings { Self.readGraphics(drawing, into: &element.graphics) }
          }
        }
        if kind == "node" { nodes.append(element) } else { edges.append(element) }
      }
    }
  }

  /// The schema's complaints about `text`; empty when it is valid.
  static func schemaErrors(_ text: String, schema path: String) throws -> [String] {
    guard FileManager.default.fileExists(atPath: path) else { throw ReadError.schemaMissing(path) }
    xmlInitParser()
    guard let parser = xmlSchemaNewParserCtxt(path) else { throw ReadError.schemaUnreadable(path) }
    defer { xmlSchemaFreeParserCtxt(parser) }
    guard let schema = xmlSchemaParse(parser) else { throw ReadError.schemaUnreadable(path) }
    defer { xmlSchemaFree(schema) }
    guard let validator = xmlSchemaNewValidCtxt(schema) else { throw ReadError.schemaUnreadable(path) }
    defer { xmlSchemaFreeValidCtxt(validator) }
    let collected = ErrorList()
    xmlSchemaSetValidStructuredErrors(validator, collectError, Unmanaged.passUnretained(collected).toOpaque())
    let doc = try read(text)
    defer { xmlFreeDoc(doc) }
    let status = xmlSchemaValidateDoc(validator, doc)
    if status != 0, collected.messages.isEmpty { collected.messages.append("invalid (status \(status))") }
    return collected.messages
  }

  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  /// The GraphML 1.0 schema, beside the clone as CI has it.
  static var graphMLSchema: String {
    packageRoot.deletingLastPathComponent().appendingPathComponent("shared/graphml-xsd/graphml.xsd").path
  }

  /// GraphML 1.0 opened for yEd's extensions (Tests/consumers/graphml-yed.xsd).
  static var yEdSchema: String { packageRoot.appendingPathComponent("Tests/consumers/graphml-yed.xsd").path }

  private static func read(_ text: String) throws -> xmlDocPtr {
    xmlInitParser()
    let bytes = Array(text.utf8)
    let doc = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        xmlReadMemory($0.baseAddress, Int32($0.count), "export.graphml", nil, Int32(XML_PARSE_NONET.rawValue))
      }
    }
    guard let doc else { throw ReadError.notWellFormed("libxml2 rejected the file") }
    return doc
  }

  private static func readGraphics(_ node: xmlNodePtr, into graphics: inout [String: String]) {
    switch name(node) {
    case "Fill": graphics["fill"] = attribute(node, "color")
    case "NodeLabel", "EdgeLabel": graphics["label"] = content(node)
    case "LineStyle": graphics["line"] = attribute(node, "type")
    case "Arrows": graphics["arrow"] = attribute(node, "target")
    default: break
    }
    for child in children(node) { readGraphics(child, into: &graphics) }
  }

  private static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
    var result: [xmlNodePtr] = []
    var child = node.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
      child = current.pointee.next
    }
    return result
  }

  private static func name(_ node: xmlNodePtr) -> String { String(cString: node.pointee.name) }

  private static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
    guard let value = xmlGetProp(node, name) else { return nil }
    defer { free(value) }  // libxml2 allocates with malloc unless told otherwise
    return String(cString: value)
  }

  private static func content(_ node: xmlNodePtr) -> String {
    guard let value = xmlNodeGetContent(node) else { return "" }
    defer { free(value) }  // libxml2 allocates with malloc unless told otherwise
    return String(cString: value)
  }
}

private final class ErrorList {
  var messages: [String] = []
}

private func collectError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
  guard let context, let error else { return }
  let list = Unmanaged<ErrorList>.fromOpaque(context).takeUnretainedValue()
  let message = error.pointee.message.map { String(cString: $0) } ?? "?"
  list.messages.append("line \(error.pointee.line): " + message.trimmingCharacters(in: .whitespacesAndNewlines))
}
