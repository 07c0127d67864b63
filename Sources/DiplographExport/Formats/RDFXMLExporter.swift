import DiplographModel

/// RDF/XML, written through libxml2's output buffer as the events arrive; the graph is never held.
///
/// Each description of the shared triple stream (`RDFTripleStream`) becomes one node element,
/// typed by the subject's class where that class is a QName, so the file reads as a list of
/// things:
///
///     <dg:Treaty rdf:about="https://w3id.org/diplograph/id/document-…">
///       <rdfs:label xml:lang="zh">中华人民共和国和俄罗斯联邦睦邻友好合作条约</rdfs:label>
///     </dg:Treaty>
///     <rdf:Description rdf:about="https://w3id.org/diplograph/id/document-…">
///       <dg:signedOn rdf:datatype="http://www.w3.org/2001/XMLSchema#date">2001-07-16</dg:signedOn>
///     </rdf:Description>
///
/// The layout is fixed (the root, node elements indented by two spaces, property elements by
/// four), so the markup is laid out here from each term's QName, and libxml2 escapes the text
/// (`XMLOutputBuffer`): one call into libxml2 per chunk of elements, not five per triple.
///
/// Strict: a predicate that cannot be written as a QName, or text with a character XML 1.0
/// forbids, is an `ExportError` naming the item, never a file that parses to other triples. The
/// triple stream has checked every literal for such characters before it gets here.
public struct RDFXMLExporter: Exporter {
  public static let format = ExportFormat(
    name: "rdfxml", fileExtension: "rdf", mediaType: "application/rdf+xml",
    summary: "RDF/XML (graph.rdf) for RDF stores and OWL tools; the ontology is in ontology/")

  private var stream: RDFTripleStream
  private var writer: RDFXMLWriter

  public init(output: any OutputDirectory, options: ExportOptions) throws {
    let sink = try output.create(Self.format.defaultFileName)
    writer = RDFXMLWriter(sink: sink, output: try XMLOutputBuffer(sink: sink, format: Self.format.name))
    stream = RDFTripleStream(format: Self.format.name, options: options)
  }

  public mutating func consume(_ event: GraphEvent) throws {
    try stream.write(event, to: &writer)
    switch event {
    case .begin: try writer.startDocument()
    case .end: try writer.endDocument()
    case .source, .entity, .relation: break
    }
  }
}

/// Lays out each description as a node element and its pairs as property elements, exactly as
/// libxml2's `xmlTextWriter` indents them.
private struct RDFXMLWriter: RDFStatementWriter {
  private let sink: any ByteSink
  /// Released once the document ends, before the sink closes.
  private var output: XMLOutputBuffer?
  private var bytes: [UInt8] = []
  private static let chunkSize = 1 << 16
  /// Whether the root's start tag still waits for its `>` (no description yet).
  private var isRootEmpty = true
  /// The current node element's name, and whether its start tag still waits for its `>`.
  private var element = "rdf:Description"
  private var isElementEmpty = true
  /// The current subject, for messages.
  private var subject: RDFResource?

  init(sink: any ByteSink, output: XMLOutputBuffer) {
    self.sink = sink
    self.output = output
    bytes.reserveCapacity(Self.chunkSize + 4096)
  }

  mutating func startDocument() throws {
    bytes.append(utf8: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF")
    for namespace in RDFVocabulary.namespaces {
      bytes.append(utf8: " xmlns:" + namespace.prefix + "=\"")
      XMLOutputBuffer.appendAttributeValue(namespace.iri, to: &bytes)
      bytes.append(UInt8(ascii: "\""))
    }
  }

  mutating func endDocument() throws {
    guard let output else { throw ExportError.protocolViolation("an event came after end") }
    bytes.append(utf8: isRootEmpty ? "/>\n" : "</rdf:RDF>\n")
    try output.write(bytes)
    bytes.removeAll()
    try output.close()
    self.output = nil
    try sink.close()
  }

  mutating func startDescription(_ subject: RDFResource, type: RDFIRI?) throws {
    if isRootEmpty {
      bytes.append(utf8: ">\n")
      isRootEmpty = false
    }
    self.subject = subject
    let name = type?.xmlName
    element = name ?? "rdf:Description"
    isElementEmpty = true
    bytes.append(utf8: "  <")
    bytes.append(utf8: element)
    bytes.append(utf8: " rdf:about=\"")
    subject.appendIRI(to: &bytes)
    bytes.append(UInt8(ascii: "\""))
    if let type, name == nil { try add(RDFVocabulary.type, .iri(type)) }
  }

  mutating func add(_ predicate: RDFIRI, _ object: RDFValue) throws {
    guard let name = predicate.xmlName else {
      throw ExportError.unrepresentable(
        format: RDFXMLExporter.format.name, item: "<\(RDFVocabulary.id.iri)\(subject?.localName ?? "")>",
        reason: "predicate <\(predicate.value)> cannot be written as an XML QName")
    }
    if isElementEmpty {
      bytes.append(utf8: ">\n")
      isElementEmpty = false
    }
    bytes.append(utf8: "    <")
    bytes.append(utf8: name)
    switch object {
    case .resource(let resource):
      bytes.append(utf8: " rdf:resource=\"")
      resource.appendIRI(to: &bytes)
      bytes.append(utf8: "\"/>\n")
      return
    case .iri(let iri):
      bytes.append(utf8: " rdf:resource=\"")
      XMLOutputBuffer.appendAttributeValue(iri.value, to: &bytes)
      bytes.append(utf8: "\"/>\n")
      return
    case .text(let text):
      bytes.append(UInt8(ascii: ">"))
      XMLOutputBuffer.appendText(text, to: &bytes)
    case .tagged(let text, let language):
      bytes.append(utf8: " xml:lang=\"")
      XMLOutputBuffer.appendAttributeValue(language, to: &bytes)
      bytes.append(utf8: "\">")
      XMLOutputBuffer.appendText(text, to: &bytes)
    case .integer(let number):
      bytes.append(utf8: Self.integerDatatype)
      bytes.append(decimal: number)
    case .typed(let lexical, let datatype):
      bytes.append(utf8: " rdf:datatype=\"")
      XMLOutputBuffer.appendAttributeValue(datatype.value, to: &bytes)
      bytes.append(utf8: "\">")
      XMLOutputBuffer.appendText(lexical, to: &bytes)
    }
    bytes.append(utf8: "</")
    bytes.append(utf8: name)
    bytes.append(utf8: ">\n")
  }

  mutating func endDescription() throws {
    if isElementEmpty {
      bytes.append(utf8: "/>\n")
    } else {
      bytes.append(utf8: "  </")
      bytes.append(utf8: element)
      bytes.append(utf8: ">\n")
    }
    if bytes.count >= Self.chunkSize {
      guard let output else { throw ExportError.protocolViolation("an event came after end") }
      try output.write(bytes)
      bytes.removeAll(keepingCapacity: true)
    }
  }

  private static let integerDatatype = " rdf:datatype=\"" + RDFVocabulary.xsdInteger.value + "\">"
}
