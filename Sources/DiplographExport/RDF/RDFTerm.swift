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
/// Each syntax's spelling is worked out once, when the IRI is made, and shared by its copies:
/// the vocabulary's terms are made once per process, so writing a triple costs no spelling work.
public struct RDFIRI: Hashable, Sendable {
  private let spelling: Spelling

  init(_ namespace: RDFNamespace, _ localName: String) {
    spelling = Spelling(namespace, localName)
  }

  public var namespace: RDFNamespace { spelling.namespace }
  public var localName: String { spelling.localName }
  /// The full IRI.
  public var value: String { spelling.value }
  /// `<…>`, as N-Triples writes it.
  var ntriples: [UInt8] { spelling.ntriples }
  /// `dg:party`, or `<…>` where the local name is no safe Turtle `PN_LOCAL`.
  var turtle: [UInt8] { spelling.turtle }
  /// The RDF/XML QName, nil when the IRI cannot be an element name (`RDFXMLNames`).
  var xmlName: [UInt8]? { spelling.xmlName }

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.spelling === rhs.spelling || (lhs.namespace == rhs.namespace && lhs.localName == rhs.localName)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(namespace)
    hasher.combine(localName)
  }

  private final class Spelling: Sendable {
    let namespace: RDFNamespace
    let localName: String
    let value: String
    let ntriples: [UInt8]
    let turtle: [UInt8]
    let xmlName: [UInt8]?

    init(_ namespace: RDFNamespace, _ localName: String) {
      self.namespace = namespace
      self.localName = localName
      value = namespace.iri + localName
      ntriples = Array(("<" + value + ">").utf8)
      let turtleName = TurtleExporter.isPrefixable(localName) ? namespace.prefix + ":" + localName : "<" + value + ">"
      turtle = Array(turtleName.utf8)
      xmlName = RDFXMLNames.qualifiedName(
        namespace: namespace, localName: localName, declared: RDFXMLNames.declaredNamespaces
      ).map { Array($0.utf8) }
    }
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
