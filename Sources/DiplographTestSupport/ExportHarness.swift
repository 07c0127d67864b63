import CLibXML2
import DiplographExport
import DiplographModel

/// Runs a graph through one exporter into memory.
public func export(
  _ graph: Graph, with format: any Exporter.Type, options: ExportOptions = ExportOptions()
) throws -> MemoryOutputDirectory {
  let output = MemoryOutputDirectory()
  var exporter = try format.init(output: output, options: options)
  try graph.stream(into: &exporter)
  return output
}

/// Parses `bytes` with libxml2 and returns its error messages; empty when well-formed.
public func xmlWellFormednessErrors(_ bytes: [UInt8]) -> [String] {
  var messages: [String] = []
  let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue)
  let document = bytes.withUnsafeBufferPointer { buffer in
    buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
      xmlReadMemory($0, Int32(buffer.count), "export.xml", "UTF-8", options)
    }
  }
  if let document {
    xmlFreeDoc(document)
  } else if let error = xmlGetLastError(), let message = error.pointee.message {
    messages.append("line \(error.pointee.line): " + String(cString: message))
  } else {
    messages.append("not well-formed")
  }
  return messages
}
