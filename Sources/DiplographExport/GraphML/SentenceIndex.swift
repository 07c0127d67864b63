import DiplographModel

/// The text and file of every sentence a stream's sources carried, so a fact's evidence can be
/// written beside it.
///
/// Keeps the `String`s the stream handed over (shared, not copied, while the producer holds
/// them too) in one array per source, indexed by ordinal.
struct SentenceIndex {
  private struct Entry {
    let path: String
    /// `texts[i]` is sentence `i` when ordinals run 0, 1, 2…; otherwise `byOrdinal` is used.
    let texts: [String]
    let byOrdinal: [Int: String]?
  }

  private var sources: [SourceID: Entry] = [:]

  mutating func add(_ source: SourceDocument) {
    let dense = source.sentences.indices.allSatisfy { source.sentences[$0].id.ordinal == $0 }
    sources[source.id] = Entry(
      path: source.path,
      texts: dense ? source.sentences.map(\.text) : [],
      byOrdinal: dense ? nil : Dictionary(source.sentences.map { ($0.id.ordinal, $0.text) }) { first, _ in first })
  }

  func path(of source: SourceID) -> String? { sources[source]?.path }

  /// The sentence's text and its file's path, or nil when no source event carried it.
  func lookup(_ sentence: SentenceID) -> (text: String, path: String)? {
    guard let entry = sources[sentence.source] else { return nil }
    if let byOrdinal = entry.byOrdinal {
      return byOrdinal[sentence.ordinal].map { ($0, entry.path) }
    }
    guard entry.texts.indices.contains(sentence.ordinal) else { return nil }
    return (entry.texts[sentence.ordinal], entry.path)
  }
}
