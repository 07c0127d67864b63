import DiplographModel

/// RDF/XML, written with libxml2's `xmlTextWriter` as the events arrive; the graph is never held.
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
/// Strict: a predicate that cannot be written as a QName, or text with a character XML 1.0
/// forbids, is an `ExportError` naming the item, never a file that parses to other triples.
public struct RDFXMLExporter: Exporter {
  public static let format = ExportFormat(
    name: "rdfxml", fileExtension: "rdf", mediaType: "application/rdf+xml",
    summary: "RDF/XML (graph.rdf) for RDF stores and OWL tools; the ontology is in ontology/")

  private static let declared = Set(RDFVocabulary.namespaces)

  private var stream: RDFTripleStream
  private let sink: any ByteSink
  /// Released before the sink closes: freeing libxml2's writer flushes once more (with nothing
  /// to write), which a closed sink would refuse.
  private var writerStorage: XMLTextWriter?
  private var writer: XMLTextWriter {
    get throws {
      guard let writerStorage else { throw ExportError.protocolViolation("an event came after end") }
      return writerStorage
    }
  }

  public init(output: any OutputDirectory, options: ExportOptions) throws {
    sink = try output.create(Self.format.defaultFileName)
    writerStorage = try XMLTextWriter(sink: sink, format: Self.format.name)
    stream = RDFTripleStream(format: Self.format.name, options: options)
  }

  public mutating func consume(_ event: GraphEvent) throws {
    let descriptions = try stream.descriptions(for: event)
    switch event {
    case .begin:
      let writer = try writer
      try writer.startDocument()
      try writer.startElement("rdf:RDF")
      for namespace in RDFVocabulary.namespaces {
        try writer.attribute("xmlns:" + namespace.prefix, namespace.iri)
      }
    case .end:
      try writer.endDocument()
      writerStorage = nil
      try sink.close()
    case .source, .entity, .relation:
      for description in descriptions { try write(description) }
    }
  }

  private func write(_ description: RDFDescription) throws {
    let writer = try writer
    var properties = description.properties[...]
    var element = "rdf:Description"
    if let first = properties.first, first.predicate == RDFVocabulary.type, case .iri(let type) = first.object,
      let name = RDFXMLNames.qualifiedName(type, declared: Self.declared)
    {
      element = name
      properties = properties.dropFirst()
    }
    let subject = description.subject.value
    try writer.startElement(element)
    try writer.attribute("rdf:about", subject, item: subject)
    for property in properties {
      guard let name = RDFXMLNames.qualifiedName(property.predicate, declared: Self.declared) else {
        throw ExportError.unrepresentable(
          format: Self.format.name, item: "<\(subject)>",
          reason: "predicate <\(property.predicate.value)> cannot be written as an XML QName")
      }
      try writer.startElement(name)
      switch property.object {
      case .iri(let object):
        try writer.attribute("rdf:resource", object.value, item: subject)
        try writer.endElement()
      case .literal(let literal):
        switch literal.annotation {
        case .none: break
        case .language(let tag): try writer.attribute("xml:lang", tag, item: subject)
        case .datatype(let datatype): try writer.attribute("rdf:datatype", datatype.value, item: subject)
        }
        try writer.text(literal.lexicalForm, item: subject)
        try writer.fullEndElement()
      }
    }
    try writer.endElement()
  }
}
