/// Where `RDFTripleStream` puts its triples: one call per subject and one per predicate–object
/// pair, in writing order, so each syntax spells a triple as it comes and nothing is collected
/// per event.
///
/// A description opens with `startDescription`, holds its pairs and closes with
/// `endDescription`; descriptions never nest. RDF/XML writes one as a node element, Turtle as
/// one block, N-Triples as one line per pair.
protocol RDFStatementWriter {
  /// Opens the triples of `subject`; `type`, when given, is its class: the first triple,
  /// `subject rdf:type type`.
  mutating func startDescription(_ subject: RDFResource, type: RDFIRI?) throws
  mutating func add(_ predicate: RDFIRI, _ object: RDFValue) throws
  mutating func endDescription() throws
}

/// The object of a triple as the stream hands it over: terms the syntaxes spell from their
/// parts, so no string is made for a minted IRI or a number.
enum RDFValue {
  case resource(RDFResource)
  case iri(RDFIRI)
  /// A simple literal, `xsd:string`.
  case text(String)
  /// A language-tagged string: `"黑瞎子岛"@zh`.
  case tagged(String, language: String)
  /// An `xsd:integer`.
  case integer(Int)
  /// Any other typed literal: `"0.95"^^xsd:decimal`, `"2001-07-16"^^xsd:date`.
  case typed(String, RDFIRI)

  /// The object as a value held in memory.
  var object: RDFObject {
    switch self {
    case .resource(let resource): return .iri(resource.iri)
    case .iri(let iri): return .iri(iri)
    case .text(let text): return .literal(RDFLiteral(text))
    case .tagged(let text, let language): return .literal(RDFLiteral(text, .language(language)))
    case .integer(let number): return .literal(RDFLiteral(String(number), .datatype(RDFVocabulary.xsdInteger)))
    case .typed(let lexical, let datatype): return .literal(RDFLiteral(lexical, .datatype(datatype)))
    }
  }
}

/// Collects the descriptions of one event in memory, for `RDFTripleStream.descriptions(for:)`.
struct RDFDescriptionCollector: RDFStatementWriter {
  private(set) var descriptions: [RDFDescription] = []

  mutating func startDescription(_ subject: RDFResource, type: RDFIRI?) {
    descriptions.append(RDFDescription(subject: subject.iri))
    if let type { add(RDFVocabulary.type, .iri(type)) }
  }

  mutating func add(_ predicate: RDFIRI, _ object: RDFValue) {
    descriptions[descriptions.count - 1].properties.append(RDFProperty(predicate, object.object))
  }

  mutating func endDescription() {}
}
