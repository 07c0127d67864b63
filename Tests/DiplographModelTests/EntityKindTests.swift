import DiplographModel
import DiplographTestSupport
import Testing

@Suite struct EntityKindTests {
  @Test func everyClassReachesATopClass() {
    for kind in EntityKind.allCases {
      #expect(kind.top.isTop, "\(kind) ends at \(kind.top)")
      #expect(kind.lineage.last == kind.top)
    }
  }

  @Test func countryIsAPlace() {
    #expect(EntityKind.country.top == .place)
    #expect(EntityKind.country.isA(.place))
    #expect(!EntityKind.country.isA(.organization))
  }

  @Test func idsDependOnTopClassNotSubclass() {
    let asTreaty = EntityID(kind: .treaty, canonicalName: "中俄睦邻友好合作条约")
    let asAgreement = EntityID(kind: .agreement, canonicalName: "中俄睦邻友好合作条约")
    let asPlace = EntityID(kind: .place, canonicalName: "中俄睦邻友好合作条约")
    #expect(asTreaty == asAgreement)
    #expect(asTreaty != asPlace)
    #expect(asTreaty.rawValue.hasPrefix("document-"))
    #expect(asTreaty.rawValue.count == "document-".count + 16)
  }

  @Test func cypherTypesAreUpperSnakeCase() {
    #expect(Predicate.signedOn.cypherType == "SIGNED_ON")
    #expect(Predicate.coOccursWith.cypherType == "CO_OCCURS_WITH")
    #expect(Predicate.party.cypherType == "PARTY")
  }
}

@Suite struct GraphIntegrityTests {
  @Test func sampleGraphHasNoDanglingReferences() {
    #expect(SampleGraphs.treaty().danglingReferences().isEmpty)
  }

  @Test func relationToAMissingEntityIsReported() {
    var graph = SampleGraphs.treaty()
    let ghost = EntityID(kind: .person, canonicalName: "无名氏")
    let subject = graph.entities.keys.sorted()[0]
    graph.add(Relation(subject: subject, predicate: .partOf, object: .entity(ghost)))
    let problems = graph.danglingReferences()
    #expect(problems.count == 1)
    #expect(problems.first?.contains(ghost.rawValue) == true)
  }
}
