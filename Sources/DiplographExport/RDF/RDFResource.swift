import DiplographModel

/// A resource minted under `dgid:` (`RDFVocabulary.id`), kept as the parts its local name is
/// spelled from: a large export names millions of sentences, mentions and assertions, and none
/// of them needs a string of its own to be written.
///
///     RDFResource(id: "source-00b3…", suffix: .sentence(12))   // dgid:source-00b3…-s12
///     RDFResource(id: "document-8c2f…", suffix: .mention(h))   // dgid:document-8c2f…-m-<h in hex>
///
/// `RDFIRIMinter` makes them and has checked `id`: it holds only RFC 3987's unreserved ASCII
/// characters, so every syntax writes the local name as it is.
struct RDFResource {
  enum Suffix {
    case none
    /// `-s<ordinal>`: sentence `ordinal` of the source `id`.
    case sentence(Int)
    /// `-m-<16 hex digits>`: a mention of the entity `id`.
    case mention(UInt64)
    /// `-ev-<16 hex digits>`: one attestation of the relation `id`.
    case evidence(UInt64)
  }

  let id: String
  let suffix: Suffix
  /// Whether Turtle may write it as `dgid:<local name>`: every suffix is spelled from `[a-z0-9-]`
  /// and follows `id`, so the local name is prefixable exactly when `id` is. Found by the minter
  /// in the same pass over `id` as its safety check: Turtle asks for every subject and object.
  let isPrefixable: Bool

  /// Appends the local name, the part after the namespace.
  func appendLocalName(to bytes: RDFOutputBuffer) {
    bytes.append(utf8: id)
    switch suffix {
    case .none: break
    case .sentence(let ordinal):
      bytes.append(Self.ordinalPrefix)
      bytes.append(decimal: ordinal)
    case .mention(let hash):
      bytes.append(utf8: "-m-")
      bytes.append(hex16: hash)
    case .evidence(let hash):
      bytes.append(utf8: "-ev-")
      bytes.append(hex16: hash)
    }
  }

  private static let namespace = Array(RDFVocabulary.id.iri.utf8)
  private static let ordinalPrefix = Array(SentenceID.ordinalPrefix.utf8)

  /// Appends the full IRI.
  func appendIRI(to bytes: RDFOutputBuffer) {
    bytes.append(Self.namespace)
    appendLocalName(to: bytes)
  }

  /// The local name as a string, for messages and descriptions collected in memory.
  var localName: String {
    switch suffix {
    case .none: return id
    case .sentence(let ordinal): return id + SentenceID.ordinalPrefix + String(ordinal)
    case .mention(let hash): return id + "-m-" + StableHash.hex(hash)
    case .evidence(let hash): return id + "-ev-" + StableHash.hex(hash)
    }
  }

  /// The IRI as the other RDF terms hold one, for descriptions collected in memory.
  var iri: RDFIRI { RDFIRI(RDFVocabulary.id, localName) }
}
