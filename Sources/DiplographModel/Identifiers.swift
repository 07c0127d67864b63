/// The id of an entity: `<top class>-<hash of top class and canonical name>`.
///
/// Derived, never counted, so the same entity gets the same id in every run and every corpus, and
/// graphs built on different machines merge without clashes. Only `[a-z0-9-]` occur, so the id
/// is safe as an IRI segment, an XML id, a Cypher string and a file name.
///
///     EntityID(kind: .treaty, canonicalName: "中华人民共和国和俄罗斯联邦睦邻友好合作条约")
///     // document-<16 hex digits>
public struct EntityID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }

  public init(kind: EntityKind, canonicalName: String) {
    let top = kind.top.rawValue
    rawValue = top.lowercased() + "-" + StableHash.hex(top, canonicalName)
  }

  public var description: String { rawValue }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The id of a source file: `source-<hash of its bytes>`, so a file keeps its id wherever it lies.
public struct SourceID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }

  public init(contentHash: StableHash) { rawValue = "source-" + contentHash.hex }

  public var description: String { rawValue }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The id of a sentence: its source id and its ordinal in that source, `source-…-s12`.
public struct SentenceID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public let source: SourceID
  public let ordinal: Int

  public init(source: SourceID, ordinal: Int) {
    self.source = source
    self.ordinal = ordinal
  }

  /// What stands between the source id and the ordinal.
  public static let ordinalPrefix = "-s"

  public var rawValue: String {
    // Spelled for every sentence, mention and attestation a format writes: one allocation.
    var sourceText = source.rawValue
    return sourceText.withUTF8 { sourceBytes in
      String(unsafeUninitializedCapacity: sourceBytes.count + Self.ordinalPrefix.utf8.count + 20) { buffer in
        var end = sourceBytes.count
        _ = UnsafeMutableBufferPointer(rebasing: buffer[..<end]).initialize(from: sourceBytes)
        for byte in Self.ordinalPrefix.utf8 {
          buffer[end] = byte
          end += 1
        }
        return end + DecimalDigits.spell(ordinal, into: UnsafeMutableBufferPointer(rebasing: buffer[end...]))
      }
    }
  }
  public var description: String { rawValue }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    // Sentences of one source share its id's storage, which `==` sees at once.
    if lhs.source == rhs.source { return lhs.ordinal < rhs.ordinal }
    return lhs.source < rhs.source
  }
}

/// The id of a relation: `rel-<hash of subject, predicate and object>`.
public struct RelationID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// A minted id is held as its hash, not its 20 characters: a graph has a relation for every
  /// fact and every pair of names in a sentence, and a string that long costs a heap block each.
  /// Any other spelling (a file written elsewhere, a test) is kept as it is.
  private enum Storage: Hashable, Sendable {
    case hash(UInt64)
    case text(String)
  }

  private let storage: Storage
  private static let prefix = "rel-"

  public init(rawValue: String) {
    if rawValue.utf8.count == Self.prefix.utf8.count + 16, rawValue.hasPrefix(Self.prefix),
      let hash = StableHash.parseHex(rawValue.utf8.dropFirst(Self.prefix.utf8.count)) {
      storage = .hash(hash)
    } else {
      storage = .text(rawValue)
    }
  }

  public init(subject: EntityID, predicate: Predicate, object: RelationObject) {
    storage = .hash(StableHash.digest(subject.rawValue, predicate.rawValue, object.key))
  }

  public var rawValue: String {
    switch storage {
    case .hash(let hash): return Self.prefix + StableHash.hex(hash)
    case .text(let text): return text
    }
  }

  public var description: String { rawValue }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    // Sixteen hex digits after one prefix order as the numbers they spell.
    if case .hash(let left) = lhs.storage, case .hash(let right) = rhs.storage { return left < right }
    return lhs.rawValue < rhs.rawValue
  }
}
