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

  func entity(_ id: EntityID) throws -> RDFResource {
    try resource(id.rawValue, .none, what: "entity")
  }

  func source(_ id: SourceID) throws -> RDFResource {
    try resource(id.rawValue, .none, what: "source")
  }

  func sentence(_ id: SentenceID) throws -> RDFResource {
    try resource(id.source.rawValue, .sentence(id.ordinal), what: "sentence")
  }

  func mention(_ mention: Mention, of entity: EntityID) throws -> RDFResource {
    let hash = Self.hash(mention.sentence, mention.span, mention.rule)
    return try resource(entity.rawValue, .mention(hash), what: "entity")
  }

  func assertion(_ id: RelationID) throws -> RDFResource {
    try resource(id.rawValue, .none, what: "relation")
  }

  func evidence(_ provenance: Provenance, of relation: RelationID) throws -> RDFResource {
    try resource(relation.rawValue, .evidence(Self.hash(provenance)), what: "relation")
  }

  /// What tells two attestations of one relation apart in their evidence IRIs.
  static func hash(_ provenance: Provenance) -> UInt64 {
    hash(provenance.sentence, provenance.span, provenance.rule)
  }

  private static func hash(_ sentence: SentenceID, _ span: SourceSpan, _ rule: String) -> UInt64 {
    var hash = StableHash()
    hash.combine(sentence: sentence, span: span, rule: rule)
    return hash.value
  }

  /// Only a suffix-less id can be empty or a dot segment; a suffix keeps it from being one.
  private func resource(_ id: String, _ suffix: RDFResource.Suffix, what: String) throws -> RDFResource {
    let (isSafe, isPrefixable) = Self.classify(id)
    let resource = RDFResource(id: id, suffix: suffix, isPrefixable: isPrefixable)
    var isSegment = isSafe
    if case .none = suffix { isSegment = isSegment && !id.isEmpty && id != "." && id != ".." }
    guard isSegment else {
      throw ExportError.unrepresentable(
        format: format, item: "\(what) '\(resource.localName)'",
        reason: "its id cannot be an IRI segment (only letters, digits, '-', '.', '_' and '~' can)")
    }
    return resource
  }

  /// Whether every byte is one of RFC 3987's unreserved ASCII characters, and whether the id
  /// is also a Turtle local name (`TurtleExporter.isPrefixable`), in one pass over the string's
  /// own bytes: every subject and object is checked, and iterating `utf8` cost a call per byte.
  private static func classify(_ id: String) -> (isSafe: Bool, isPrefixable: Bool) {
    var id = id
    return id.withUTF8 { bytes in
      var classes = unreserved | nameCharacter
      byteClasses.withUnsafeBufferPointer { table in
        for byte in bytes { classes &= table[Int(byte)] }
      }
      let startsAsName = bytes.first.map { $0 != UInt8(ascii: "-") } ?? false
      return (classes & unreserved != 0, classes & nameCharacter != 0 && startsAsName)
    }
  }

  private static let unreserved: UInt8 = 1
  /// `TurtleExporter.isLocalNameByte`: the unreserved characters but `.` and `~`.
  private static let nameCharacter: UInt8 = 2
  /// Each byte's classes, so the scan is one look-up and one `&` per byte.
  private static let byteClasses: [UInt8] = (0...255).map { value in
    let byte = UInt8(value)
    return (isSafe(byte) ? unreserved : 0) | (TurtleExporter.isLocalNameByte(byte) ? nameCharacter : 0)
  }

  /// RFC 3987's unreserved ASCII characters.
  @inline(__always)
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
