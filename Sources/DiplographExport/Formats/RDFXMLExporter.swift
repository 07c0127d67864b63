import DiplographModel

/// RDF/XML, written through libxml2's output buffer as the events arrive; the graph is never held.
///
/// Each description of the shared triple stream (`RDFTripleStream`) becomes one node element,
/// typed by the subject's class where that class is a QName, so the file reads as a list of
/// things:
///
///     <dg:Treaty rdf:about="document-…">
///       <rdfs:label xml:lang="zh">中华人民共和国和俄罗斯联邦睦邻友好合作条约</rdfs:label>
///     </dg:Treaty>
///     <rdf:Description rdf:about="document-…">
///       <dg:signedOn rdf:datatype="http://www.w3.org/2001/XMLSchema#date">2001-07-16</dg:signedOn>
///     </rdf:Description>
///
/// The root's `xml:base` is the namespace every minted resource lives in
/// (`https://w3id.org/diplograph/id/`), so `rdf:about` and `rdf:resource` give those resources
/// by their local names, which every RDF/XML parser resolves against it; about 15 % of the file
/// was the namespace spelled again for every subject and object. The minter only makes local
/// names that are plain relative references (unreserved characters, never `.` or `..`).
///
/// The layout is fixed (the root, node elements indented by two spaces, property elements by
/// four), so the markup is laid out here from each term's QName, and libxml2 escapes the text
/// (`XMLMarkupWriter`): one call into libxml2 per chunk of elements, not five per triple.
///
/// Strict: a predicate that cannot be written as a QName, or text with a character XML 1.0
/// forbids, is an `ExportError` naming the item, never a file that parses to other triples. The
/// triple stream has checked every literal for such characters before it gets here.
public struct RDFXMLExporter: Exporter {
  public static let format = ExportFormat(
    name: "rdfxml", fileExtension: "rdf", mediaType: "application/rdf+xml",
    summary: "RDF/XML (graph.rdf) for RDF stores and OWL tools; the ontology is in ontology/", expectedWork: 6)

  private var stream: RDFTripleStream
  private var writer: RDFXMLWriter

  public init(output: any OutputDirectory, options: ExportOptions) throws {
    let sink = try output.create(Self.format.defaultFileName)
    writer = RDFXMLWriter(sink: sink, markup: try XMLMarkupWriter(sink: sink, format: Self.format.name))
    stream = RDFTripleStream(format: Self.format.name, options: options)
  }

  public mutating func consume(_ event: GraphEvent) throws {
    try stream.write(event, to: &writer)
    switch event {
    case .begin: writer.startDocument()
    case .end: try writer.endDocument()
    case .source, .entity, .relation: break
    }
  }
}

/// Lays out each description as a node element and its pairs as property elements, exactly as
/// libxml2's `xmlTextWriter` indents them.
private struct RDFXMLWriter: RDFStatementWriter {
  private let sink: any ByteSink
  /// Collects the markup for libxml2's output buffer, which writes into `sink`.
  private let buffer: RDFOutputBuffer
  /// Whether the root's start tag still waits for its `>` (no description yet).
  private var isRootEmpty = true
  /// The current node element's name, and whether its start tag still waits for its `>`.
  private var element = Self.description
  private var isElementEmpty = true
  /// The current subject, for messages.
  private var subject: RDFResource?

  private static let description = Array("rdf:Description".utf8)
  private static let integerDatatype = Array((" rdf:datatype=\"" + RDFVocabulary.xsdInteger.value + "\">").utf8)

  init(sink: any ByteSink, markup: XMLMarkupWriter) {
    self.sink = sink
    buffer = RDFOutputBuffer(sink: markup)
  }

  func startDocument() {
    buffer.append(utf8: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF")
    for namespace in RDFVocabulary.namespaces {
      buffer.append(utf8: " xmlns:" + namespace.prefix + "=\"")
      appendAttributeValue(namespace.iri)
      buffer.append(UInt8(ascii: "\""))
    }
    buffer.append(utf8: " xml:base=\"")
    appendAttributeValue(RDFVocabulary.id.iri)
    buffer.append(UInt8(ascii: "\""))
  }

  /// Ends the root, flushes and releases libxml2's buffer, then closes the file.
  func endDocument() throws {
    buffer.append(utf8: isRootEmpty ? "/>\n" : "</rdf:RDF>\n")
    try buffer.finish()
    try sink.close()
  }

  mutating func startDescription(_ subject: RDFResource, type: RDFIRI?) throws {
    if isRootEmpty {
      buffer.append(utf8: ">\n")
      isRootEmpty = false
    }
    self.subject = subject
    let name = type?.xmlName
    element = name ?? Self.description
    isElementEmpty = true
    buffer.append(utf8: "  <")
    buffer.append(element)
    buffer.append(utf8: " rdf:about=\"")
    subject.appendLocalName(to: buffer)
    buffer.append(UInt8(ascii: "\""))
    if let type, name == nil { try add(RDFVocabulary.type, .iri(type)) }
  }

  mutating func add(_ predicate: RDFIRI, _ object: RDFValue) throws {
    guard let name = predicate.xmlName else {
      throw ExportError.unrepresentable(
        format: RDFXMLExporter.format.name, item: "<\(subject?.iri.value ?? "")>",
        reason: "predicate <\(predicate.value)> cannot be written as an XML QName")
    }
    if isElementEmpty {
      buffer.append(utf8: ">\n")
      isElementEmpty = false
    }
    buffer.append(utf8: "    <")
    buffer.append(name)
    switch object {
    case .resource(let resource):
      buffer.append(utf8: " rdf:resource=\"")
      resource.appendLocalName(to: buffer)
      buffer.append(utf8: "\"/>\n")
      return
    case .iri(let iri):
      buffer.append(utf8: " rdf:resource=\"")
      appendAttributeValue(iri.value)
      buffer.append(utf8: "\"/>\n")
      return
    case .text(let text):
      buffer.append(UInt8(ascii: ">"))
      appendText(text)
    case .tagged(let text, let language):
      buffer.append(utf8: " xml:lang=\"")
      appendAttributeValue(language)
      buffer.append(utf8: "\">")
      appendText(text)
    case .integer(let number):
      buffer.append(Self.integerDatatype)
      buffer.append(decimal: number)
    case .typed(let lexical, let datatype):
      buffer.append(utf8: " rdf:datatype=\"")
      appendAttributeValue(datatype.value)
      buffer.append(utf8: "\">")
      appendText(lexical)
    }
    buffer.append(utf8: "</")
    buffer.append(name)
    buffer.append(utf8: ">\n")
  }

  mutating func endDescription() throws {
    if isElementEmpty {
      buffer.append(utf8: "/>\n")
    } else {
      buffer.append(utf8: "  </")
      buffer.append(element)
      buffer.append(utf8: ">\n")
    }
    try buffer.flushIfFull()
  }

  private func appendText(_ text: String) {
    XMLMarkupWriter.withEscapedText(text) { buffer.append($0) }
  }

  private func appendAttributeValue(_ value: String) {
    XMLMarkupWriter.withEscapedAttributeValue(value) { buffer.append($0) }
  }
}
