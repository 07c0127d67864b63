/// A namespace the RDF writers know by prefix, so they can abbreviate the IRIs minted in it.
public struct RDFNamespace: Hashable, Sendable {
  /// The prefix written in Turtle and as an XML namespace prefix: `dg`, `skos`.
  public let prefix: String
  /// The namespace IRI, ending in `#` or `/`.
  public let iri: String

  public init(prefix: String, iri: String) {
    self.prefix = prefix
    self.iri = iri
  }
}

/// An IRI, kept as namespace and local name so each syntax can write it its own way:
/// `<https://w3id.org/diplograph/ontology#party>` in N-Triples, `dg:party` in Turtle and as an
/// RDF/XML element name.
///
/// Every `RDFIRI` holds only characters N-Triples may write unescaped inside `<…>`; `RDFIRIs`
/// checks what comes from the graph before it becomes one.
///
/// Each syntax's spelling is worked out once, when the IRI is made: the vocabulary's terms are
/// made once per process, so writing a triple costs no spelling work.
public struct RDFIRI: Hashable, Sendable {
  public let namespace: RDFNamespace
  public let localName: String
  /// The full IRI.
  public let value: String
  /// `dg:party`, or `<…>` where the local name is no safe Turtle `PN_LOCAL`.
  let turtle: String
  /// The RDF/XML QName, nil when the IRI cannot be an element name (`RDFXMLNames`).
  let xmlName: String?

  init(_ namespace: RDFNamespace, _ localName: String) {
    self.namespace = namespace
    self.localName = localName
    value = namespace.iri + localName
    turtle =
      TurtleExporter.isPrefixable(localName) ? namespace.prefix + ":" + localName : "<" + value + ">"
    xmlName = RDFXMLNames.qualifiedName(
      namespace: namespace, localName: localName, declared: RDFXMLNames.declaredNamespaces)
  }
}

/// A literal: its lexical form and either a language tag or a datatype (none means `xsd:string`).
public struct RDFLiteral: Hashable, Sendable {
  public enum Annotation: Hashable, Sendable {
    /// A simple literal, `xsd:string`.
    case none
    /// A language-tagged string, `"黑瞎子岛"@zh`.
    case language(String)
    /// A typed literal, `"2001-07-16"^^xsd:date`.
    case datatype(RDFIRI)
  }

  public let lexicalForm: String
  public let annotation: Annotation

  public init(_ lexicalForm: String, _ annotation: Annotation = .none) {
    self.lexicalForm = lexicalForm
    self.annotation = annotation
  }
}

/// The object of a triple. The graph has no blank nodes: every resource gets an IRI, so exports
/// built apart can be merged and shards loaded apart never clash.
public enum RDFObject: Hashable, Sendable {
  case iri(RDFIRI)
  case literal(RDFLiteral)
}

/// One predicate–object pair of a description.
public struct RDFProperty: Hashable, Sendable {
  public let predicate: RDFIRI
  public let object: RDFObject

  public init(_ predicate: RDFIRI, _ object: RDFObject) {
    self.predicate = predicate
    self.object = object
  }
}

/// Triples that share a subject, in the order they are written: what RDF/XML writes as one node
/// element and Turtle as one block. Its first property is `rdf:type` when the subject has a class.
public struct RDFDescription: Hashable, Sendable {
  public let subject: RDFIRI
  public var properties: [RDFProperty]

  public init(subject: RDFIRI, properties: [RDFProperty] = []) {
    self.subject = subject
    self.properties = properties
  }
}
