import CLibXML2

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads RDF/XML back into triples with libxml2, in process: the subset of the syntax our
/// exporter and Raptor's `rdfxml-abbrev` write (node elements typed or `rdf:Description`,
/// `rdf:about`/`rdf:nodeID`, property elements with `rdf:resource`, `rdf:nodeID`, a literal with
/// `xml:lang` or `rdf:datatype`, or a nested node element). Anything else fails the read, so a
/// file outside that subset cannot pass a test by being half-read. IRIs are resolved against the
/// `xml:base` in scope, as RDF/XML parsers resolve them.
struct RDFXMLTestReader {
  struct ReadError: Error, CustomStringConvertible {
    let description: String
  }

  private var triples: [RDFTestTriple] = []
  private var blankCount = 0

  static func read(_ bytes: [UInt8]) throws -> [RDFTestTriple] {
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        xmlReadMemory(chars.baseAddress, Int32(chars.count), "test.rdf", "UTF-8", Int32(XML_PARSE_NONET.rawValue))
      }
    }
    guard let document else { throw ReadError(description: "libxml2 could not parse the document") }
    defer { xmlFreeDoc(document) }
    guard let root = xmlDocGetRootElement(document), Self.name(of: root) == RDFTestNamespaces.rdf + "RDF" else {
      throw ReadError(description: "the root element is not rdf:RDF")
    }
    var reader = RDFXMLTestReader()
    for child in Self.elements(in: root) { _ = try reader.nodeElement(child) }
    return reader.triples
  }

  private mutating func nodeElement(_ node: xmlNodePtr) throws -> RDFTestTriple.Term {
    let subject: RDFTestTriple.Term
    if let about = Self.iri(node, "about") {
      subject = .iri(about)
    } else if let nodeID = Self.attribute(node, "nodeID", RDFTestNamespaces.rdf) {
      subject = .blank(nodeID)
    } else {
      blankCount += 1
      subject = .blank("b\(blankCount)")
    }
    try Self.requireOnlyAttributes(node, ["about", "nodeID"])
    let type = Self.name(of: node)
    if type != RDFTestNamespaces.rdf + "Description" {
      triples.append(RDFTestTriple(subject: subject, predicate: RDFTestNamespaces.rdf + "type", object: .iri(type)))
    }
    for property in Self.elements(in: node) { try propertyElement(property, of: subject) }
    return subject
  }

  private mutating func propertyElement(_ node: xmlNodePtr, of subject: RDFTestTriple.Term) throws {
    let predicate = Self.name(of: node)
    try Self.requireOnlyAttributes(node, ["resource", "nodeID", "datatype", "parseType"])
    if Self.attribute(node, "parseType", RDFTestNamespaces.rdf) != nil {
      throw ReadError(description: "rdf:parseType on \(predicate) is outside the subset this reader knows")
    }
    let object: RDFTestTriple.Term
    if let resource = Self.iri(node, "resource") {
      object = .iri(resource)
    } else if let nodeID = Self.attribute(node, "nodeID", RDFTestNamespaces.rdf) {
      object = .blank(nodeID)
    } else if let nested = Self.elements(in: node).first {
      object = try nodeElement(nested)
    } else {
      let datatype = Self.iri(node, "datatype")
      object = .literal(Self.content(of: node), language: datatype == nil ? Self.language(of: node) : nil, datatype: datatype)
    }
    triples.append(RDFTestTriple(subject: subject, predicate: predicate, object: object))
  }

  // libxml2 access.

  /// Fails on any attribute but the given `rdf:` ones and `xml:lang`: property attributes and
  /// the like would otherwise be skipped silently.
  private static func requireOnlyAttributes(_ node: xmlNodePtr, _ rdfNames: Set<String>) throws {
    var attribute = node.pointee.properties
    while let current = attribute {
      let namespace = current.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) } ?? ""
      let name = String(cString: current.pointee.name)
      let known =
        (namespace == RDFTestNamespaces.rdf && rdfNames.contains(name))
        || (namespace == RDFTestNamespaces.xml && name == "lang")
      guard known else {
        throw ReadError(description: "attribute {\(namespace)}\(name) on \(Self.name(of: node)) is outside the subset this reader knows")
      }
      attribute = current.pointee.next
    }
  }

  private static func elements(in node: xmlNodePtr) -> [xmlNodePtr] {
    var result: [xmlNodePtr] = []
    var child = node.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
      child = current.pointee.next
    }
    return result
  }

  /// The element's namespace IRI and local name, as RDF/XML reads it.
  private static func name(of node: xmlNodePtr) -> String {
    let namespace = node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) } ?? ""
    return namespace + String(cString: node.pointee.name)
  }

  private static func attribute(_ node: xmlNodePtr, _ name: String, _ namespace: String) -> String? {
    guard let value = xmlGetNsProp(node, name, namespace) else { return nil }
    defer { free(value) }  // xmlFree is free() unless xmlMemSetup was called; nothing calls it
    return String(cString: value)
  }

  /// The `rdf:` attribute `name` as an IRI: resolved against the node's base (`xml:base`, else
  /// the document's own name).
  private static func iri(_ node: xmlNodePtr, _ name: String) -> String? {
    guard let reference = xmlGetNsProp(node, name, RDFTestNamespaces.rdf) else { return nil }
    defer { free(reference) }  // xmlFree is free() unless xmlMemSetup was called; nothing calls it
    guard let base = xmlNodeGetBase(node.pointee.doc, node) else { return String(cString: reference) }
    defer { free(base) }
    guard let resolved = xmlBuildURI(reference, base) else { return String(cString: reference) }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  private static func content(of node: xmlNodePtr) -> String {
    guard let value = xmlNodeGetContent(node) else { return "" }
    defer { free(value) }  // xmlFree is free() unless xmlMemSetup was called; nothing calls it
    return String(cString: value)
  }

  /// The `xml:lang` in scope, lower-cased as RDF compares tags; nil where there is none.
  private static func language(of node: xmlNodePtr) -> String? {
    guard let value = xmlNodeGetLang(node) else { return nil }
    defer { free(value) }  // xmlFree is free() unless xmlMemSetup was called; nothing calls it
    let tag = String(cString: value)
    return tag.isEmpty ? nil : tag.lowercased()
  }
}
