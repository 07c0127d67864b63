import DiplographModel

/// The namespaces and terms the RDF exports write, in one place, so the ontology test can check
/// that `ontology/diplograph.ttl` declares every `dg:` term an export uses.
public enum RDFVocabulary {
  public static let dg = RDFNamespace(prefix: "dg", iri: "https://w3id.org/diplograph/ontology#")
  /// Entities, sources, sentences, mentions, assertions and evidence: `…/id/<id>`.
  public static let id = RDFNamespace(prefix: "dgid", iri: "https://w3id.org/diplograph/id/")
  public static let rdf = RDFNamespace(prefix: "rdf", iri: "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
  public static let rdfs = RDFNamespace(prefix: "rdfs", iri: "http://www.w3.org/2000/01/rdf-schema#")
  public static let xsd = RDFNamespace(prefix: "xsd", iri: "http://www.w3.org/2001/XMLSchema#")
  public static let skos = RDFNamespace(prefix: "skos", iri: "http://www.w3.org/2004/02/skos/core#")
  public static let prov = RDFNamespace(prefix: "prov", iri: "http://www.w3.org/ns/prov#")
  public static let dcterms = RDFNamespace(prefix: "dcterms", iri: "http://purl.org/dc/terms/")
  public static let wd = RDFNamespace(prefix: "wd", iri: "http://www.wikidata.org/entity/")

  /// Every namespace, in the order the writers declare them.
  public static let namespaces = [dg, id, rdf, rdfs, xsd, skos, prov, dcterms, wd]

  static func dg(_ name: String) -> RDFIRI { RDFIRI(dg, name) }

  public static func type(_ kind: EntityKind) -> RDFIRI { classes[kind] ?? dg(kind.rawValue) }
  public static func property(_ predicate: Predicate) -> RDFIRI { predicates[predicate] ?? dg(predicate.rawValue) }
  public static func property(_ key: AttributeKey) -> RDFIRI { attributes[key] ?? dg(key.rawValue) }

  // Made once, with their spellings, rather than once per triple.
  private static let classes = Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { ($0, dg($0.rawValue)) })
  private static let predicates = Dictionary(uniqueKeysWithValues: Predicate.allCases.map { ($0, dg($0.rawValue)) })
  private static let attributes = Dictionary(uniqueKeysWithValues: AttributeKey.allCases.map { ($0, dg($0.rawValue)) })

  // Standard terms.
  static let type = RDFIRI(rdf, "type")
  static let subject = RDFIRI(rdf, "subject")
  static let predicate = RDFIRI(rdf, "predicate")
  static let object = RDFIRI(rdf, "object")
  static let label = RDFIRI(rdfs, "label")
  static let prefLabel = RDFIRI(skos, "prefLabel")
  static let altLabel = RDFIRI(skos, "altLabel")
  static let exactMatch = RDFIRI(skos, "exactMatch")
  static let title = RDFIRI(dcterms, "title")
  static let wasDerivedFrom = RDFIRI(prov, "wasDerivedFrom")
  static let qualifiedDerivation = RDFIRI(prov, "qualifiedDerivation")
  static let provEntity = RDFIRI(prov, "entity")

  static let xsdInteger = RDFIRI(xsd, "integer")
  static let xsdDecimal = RDFIRI(xsd, "decimal")

  // The provenance vocabulary of the ontology: classes…
  static let source = dg("Source")
  static let sentence = dg("Sentence")
  static let mention = dg("Mention")
  static let assertion = dg("Assertion")
  static let evidence = dg("Evidence")
  // …and properties.
  static let path = dg("path")
  static let encoding = dg("encoding")
  static let byteCount = dg("byteCount")
  static let inSource = dg("inSource")
  static let position = dg("position")
  static let paragraph = dg("paragraph")
  static let text = dg("text")
  static let repeatOf = dg("repeatOf")
  static let startByte = dg("startByte")
  static let endByte = dg("endByte")
  static let line = dg("line")
  static let column = dg("column")
  static let mentionOf = dg("mentionOf")
  static let inSentence = dg("inSentence")
  static let surface = dg("surface")
  static let rule = dg("rule")
  static let weight = dg("weight")
  static let confidence = dg("confidence")

  /// Every `dg:` term an export can write besides the model's classes, predicates and
  /// attribute keys.
  public static let provenanceTerms: [RDFIRI] = [
    source, sentence, mention, assertion, evidence, path, encoding, byteCount, inSource, position,
    paragraph, text, repeatOf, startByte, endByte, line, column, mentionOf, inSentence, surface,
    rule, weight, confidence,
  ]

  /// `xsd:date`, `xsd:gYearMonth` or `xsd:gYear`, by the date's precision.
  static func datatype(of date: CalendarDate) -> RDFIRI {
    switch date.xsdDatatype {
    case xsdDate.localName: return xsdDate
    case xsdGYearMonth.localName: return xsdGYearMonth
    case xsdGYear.localName: return xsdGYear
    case let other: return RDFIRI(xsd, other)
    }
  }

  private static let xsdDate = RDFIRI(xsd, "date")
  private static let xsdGYearMonth = RDFIRI(xsd, "gYearMonth")
  private static let xsdGYear = RDFIRI(xsd, "gYear")
}
