@testable import DiplographExport
import DiplographModel
import Foundation
import Testing

/// The ontology must declare everything the model and the exports can say. These tests fail as
/// soon as the model gains a class, predicate or attribute that `ontology/diplograph.ttl` lacks
/// (after `scripts/ontology-rdfxml.sh` has rewritten its RDF/XML twin, which the consumer tests
/// compare with the Turtle).
@Suite struct RDFOntologyTests {
  static let ontologyPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("ontology/diplograph.rdf").path

  let triples: Set<RDFTestTriple>
  static let hint = "(declare it in ontology/diplograph.ttl, then run scripts/ontology-rdfxml.sh)"

  init() throws {
    let data = try #require(FileManager.default.contents(atPath: Self.ontologyPath), "cannot read \(Self.ontologyPath)")
    triples = Set(try RDFXMLTestReader.read(Array(data)))
  }

  private func objects(_ name: String, _ predicate: String) -> Set<RDFTestTriple.Term> {
    Set(triples.filter { $0.subject == .iri(RDFTestNamespaces.dg + name) && $0.predicate == predicate }.map(\.object))
  }

  private func types(_ name: String) -> Set<String> {
    Set(objects(name, RDFTestNamespaces.rdf + "type").compactMap(\.iri))
  }

  /// Labels and comments in English and Chinese, as the issue asks of every term.
  private func expectDocumented(_ name: String) {
    for predicate in [RDFTestNamespaces.rdfs + "label", RDFTestNamespaces.rdfs + "comment"] {
      let languages = Set(objects(name, predicate).compactMap { term -> String? in
        if case .literal(_, let language, _) = term { return language }
        return nil
      })
      #expect(languages.isSuperset(of: ["en", "zh"]), "dg:\(name) lacks an en or zh \(predicate)")
    }
  }

  @Test func everyEntityKindIsAClassUnderItsParent() {
    for kind in EntityKind.allCases {
      #expect(types(kind.rawValue).contains(RDFTestNamespaces.owl + "Class"), "dg:\(kind.rawValue) is not declared \(Self.hint)")
      let parents = objects(kind.rawValue, RDFTestNamespaces.rdfs + "subClassOf").compactMap(\.iri)
        .filter { $0.hasPrefix(RDFTestNamespaces.dg) }
      #expect(parents == (kind.parent.map { [RDFTestNamespaces.dg + $0.rawValue] } ?? []), "dg:\(kind.rawValue)'s parent")
      expectDocumented(kind.rawValue)
    }
  }

  @Test func everyPredicateIsAPropertyOfTheRightKind() {
    for predicate in Predicate.allCases {
      let expected = predicate.hasLiteralObject ? "DatatypeProperty" : "ObjectProperty"
      #expect(types(predicate.rawValue).contains(RDFTestNamespaces.owl + expected), "dg:\(predicate.rawValue) is not an owl:\(expected) \(Self.hint)")
      expectDocumented(predicate.rawValue)
    }
  }

  @Test func stancePredicatesShareTheSuperPropertyStance() {
    for predicate in Predicate.allCases {
      let supers = objects(predicate.rawValue, RDFTestNamespaces.rdfs + "subPropertyOf")
      #expect(supers.contains(.iri(RDFTestNamespaces.dg + "stance")) == predicate.isStance, "dg:\(predicate.rawValue)")
    }
    #expect(types("stance").contains(RDFTestNamespaces.owl + "ObjectProperty"))
  }

  @Test func everyAttributeKeyIsADatatypeProperty() {
    for key in AttributeKey.allCases {
      #expect(types(key.rawValue).contains(RDFTestNamespaces.owl + "DatatypeProperty"), "dg:\(key.rawValue) is not declared \(Self.hint)")
      expectDocumented(key.rawValue)
    }
  }

  @Test func everyProvenanceTermTheExportsWriteIsDeclared() {
    for term in RDFVocabulary.provenanceTerms {
      #expect(term.namespace == RDFVocabulary.dg)
      let declared = types(term.localName).intersection([
        RDFTestNamespaces.owl + "Class", RDFTestNamespaces.owl + "ObjectProperty", RDFTestNamespaces.owl + "DatatypeProperty",
      ])
      #expect(!declared.isEmpty, "dg:\(term.localName) is written by the exports but not declared \(Self.hint)")
      expectDocumented(term.localName)
    }
  }

  @Test func theTopClassesAreTheIssuesTopClasses() {
    let tops = EntityKind.allCases.filter(\.isTop).map(\.rawValue)
    #expect(Set(tops).isSuperset(of: ["Person", "Organization", "Place", "Document", "Project", "Event", "Initiative"]))
    #expect(EntityKind.country.parent == .place)
  }

  @Test func theOntologyDeclaresNoDiplographTermTheModelAndExportsLack() {
    let known = Set(EntityKind.allCases.map(\.rawValue) + Predicate.allCases.map(\.rawValue) + AttributeKey.allCases.map(\.rawValue)
      + RDFVocabulary.provenanceTerms.map(\.localName) + ["stance"])
    let declared = Set(triples.compactMap { triple -> String? in
      guard triple.predicate == RDFTestNamespaces.rdf + "type", let iri = triple.subject.iri, iri.hasPrefix(RDFTestNamespaces.dg) else { return nil }
      return String(iri.dropFirst(RDFTestNamespaces.dg.count))
    })
    #expect(declared.subtracting(known).isEmpty, "declared but never written: \(declared.subtracting(known).sorted())")
  }
}
