import DiplographModel
import Testing

@Suite struct RelationIDTests {
  let minted = RelationID(subject: EntityID(rawValue: "document-8c2f"), predicate: .party, object: .entity(EntityID(rawValue: "country-1")))

  @Test func aMintedIDIsSpelledAsTheHashOfItsThreeFields() {
    #expect(minted.rawValue == "rel-" + StableHash.hex("document-8c2f", "party", "e:country-1"))
    #expect(minted.rawValue.utf8.count == 20)
  }

  @Test func readingItsSpellingGivesTheSameID() {
    let read = RelationID(rawValue: minted.rawValue)
    #expect(read == minted && read.hashValue == minted.hashValue && !(read < minted) && !(minted < read))
  }

  @Test func otherSpellingsAreKeptAsTheyAre() {
    for text in ["rel-1", "rel-41D0000000000000", "rel-41d000000000000g", "x-41d0000000000000", "rel-41d00000000000001", ""] {
      #expect(RelationID(rawValue: text).rawValue == text)
    }
    #expect(RelationID(rawValue: "rel-1") != RelationID(rawValue: "rel-0000000000000001"))
  }

  @Test func orderIsTheOrderOfTheSpellings() {
    // Hashes across the range, some sharing leading digits, and spellings not minted here.
    var state: UInt64 = 0x853c_49e6_748f_ea9b
    var ids = ["rel-1", "rel-ffffffffffffffff0", "abc", "rel-0000000000000000", "rel-ffffffffffffffff"].map(RelationID.init(rawValue:))
    for _ in 0..<200 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      ids.append(RelationID(rawValue: "rel-" + StableHash.hex(state >> (state & 7 == 0 ? 40 : 0))))
    }
    #expect(ids.sorted().map(\.rawValue) == ids.map(\.rawValue).sorted())
  }

  @Test func parsingHexTakesOnlyWhatHexSpells() {
    #expect(StableHash.parseHex(Array("00000000000000ff".utf8)) == 255)
    #expect(StableHash.parseHex(Array("ffffffffffffffff".utf8)) == UInt64.max)
    #expect(StableHash.parseHex(Array("FFFFFFFFFFFFFFFF".utf8)) == nil)
    #expect(StableHash.parseHex(Array("fffffffffffffff".utf8)) == nil)
    #expect(StableHash.parseHex(Array("0x00000000000000".utf8)) == nil)
  }
}
