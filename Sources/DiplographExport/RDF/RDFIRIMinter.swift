import DiplographModel

/// Mints the IRI of every resource an RDF export writes, all under `https://w3id.org/diplograph/id/`.
///
/// Each IRI is derived from ids that are themselves derived from content (never from a counter),
/// so the same entity, sentence or fact gets the same IRI in every run and every corpus, and
/// exports or shards built on different machines merge without clashes:
///
///     entity     …/id/document-8c2f…           the EntityID
///     source     …/id/source-00b3…             the SourceID (hash of the file's bytes)
///     sentence   …/id/source-00b3…-s12         the SentenceID
///     mention    …/id/document-8c2f…-m-<hash>  entity + hash of sentence, span and rule
///     assertion  …/id/rel-41d0…                the RelationID (hash of subject, predicate, object)
///     evidence   …/id/rel-41d0…-ev-<hash>      relation + hash of sentence, span and rule
///
/// Ids that reach an export from a saved graph are checked, not trusted: a segment holding
/// anything but letters, digits, `-`, `.`, `_` and `~` (the characters every syntax writes as is)
/// is an `ExportError` naming it.
struct RDFIRIMinter {
  let format: String

  func entity(_ id: EntityID) throws -> RDFIRI {
    try iri(id.rawValue, what: "entity")
  }

  func source(_ id: SourceID) throws -> RDFIRI {
    try iri(id.rawValue, what: "source")
  }

  func sentence(_ id: SentenceID) throws -> RDFIRI {
    try iri(id.rawValue, what: "sentence")
  }

  func mention(_ mention: Mention, of entity: EntityID) throws -> RDFIRI {
    let hash = StableHash.hex(
      mention.sentence.rawValue, String(mention.span.startByte), String(mention.span.endByte), mention.rule)
    return try iri(entity.rawValue + "-m-" + hash, what: "entity")
  }

  func assertion(_ id: RelationID) throws -> RDFIRI {
    try iri(id.rawValue, what: "relation")
  }

  func evidence(_ provenance: Provenance, of relation: RelationID) throws -> RDFIRI {
    let hash = StableHash.hex(
      provenance.sentence.rawValue, String(provenance.span.startByte), String(provenance.span.endByte),
      provenance.rule)
    return try iri(relation.rawValue + "-ev-" + hash, what: "relation")
  }

  private func iri(_ segment: String, what: String) throws -> RDFIRI {
    guard !segment.isEmpty, segment != ".", segment != "..", segment.utf8.allSatisfy(Self.isSafe) else {
      throw ExportError.unrepresentable(
        format: format, item: "\(what) '\(segment)'",
        reason: "its id cannot be an IRI segment (only letters, digits, '-', '.', '_' and '~' can)")
    }
    return RDFIRI(RDFVocabulary.id, segment)
  }

  /// RFC 3987's unreserved ASCII characters.
  private static func isSafe(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
      UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }
}
