import DiplographModel

/// The edge of a fact whose object is an entity or a source file, written as it is built: unlike
/// a node, nothing joins an edge later, so its values are not collected first.
///
///     <edge id="rel-…" source="document-…" target="place-…">
///       <data key="e.label">party</data>
///       …
///     </edge>
struct GraphMLEdge {
  let relation: Relation
  /// The id of the object's node.
  let target: String

  /// How error messages name it: `relation rel-… (party)`. Built only when needed.
  var description: String { "relation \(relation.id.rawValue) (\(relation.predicate.rawValue))" }

  func write(sentences: SentenceIndex, yEdGraphics: Bool, to writer: XMLMarkupWriter) throws {
    let first = relation.provenance.first
    let sentence = try first.map { first in
      guard let sentence = sentences.lookup(first.sentence) else {
        throw GraphMLItems.missingSentence(first.sentence, citedBy: description)
      }
      return sentence
    }
    let id = relation.id.rawValue
    guard GraphMLMarkup.isNameToken(id) else {
      throw ExportError.unrepresentable(format: "graphml", item: description, reason: "its id is not an XML name token")
    }
    try writeStart(id, writer)
    var values = Values(edge: self, writer: writer)
    let predicate = relation.predicate.rawValue
    try values.write(GraphMLKeys.edgeLabel, predicate)
    try values.write(GraphMLKeys.edgeType, predicate)
    try values.write(GraphMLKeys.relationID, id)
    try values.write(GraphMLKeys.weight, String(relation.weight))
    if let first, let sentence {
      try values.write(GraphMLKeys.confidence, String(relation.confidence))
      try values.write(GraphMLKeys.sentenceCount, String(GraphMLItems.distinctSentenceCount(relation.provenance)))
      try values.write(GraphMLKeys.edgeEvidence, sentence.text)
      try values.write(GraphMLKeys.edgeEvidenceSource, sentence.path)
      try values.write(GraphMLKeys.edgeEvidenceLine, String(first.span.line))
      try values.write(GraphMLKeys.edgeRule, first.rule)
    }
    try values.end()
    if yEdGraphics {
      try YEdGraphics.writeEdge(
        predicate: predicate, statistical: relation.predicate.isStatistical, description: description, writer: writer)
    }
    try writer.raw("    </edge>\n")
  }

  /// `<edge id="…" source="…" target="…">`. All three are checked name tokens, which need no
  /// escaping: the id here, the ends when their nodes were (the exporter knows no other ids).
  private func writeStart(_ id: String, _ writer: XMLMarkupWriter) throws {
    try writer.raw("    <edge id=\"")
    try raw(id, writer)
    try writer.raw("\" source=\"")
    try raw(relation.subject.rawValue, writer)
    try writer.raw("\" target=\"")
    try raw(target, writer)
    try writer.raw("\">\n")
  }

  private func raw(_ text: String, _ writer: XMLMarkupWriter) throws {
    var text = text
    try text.withUTF8 { try writer.raw(UnsafeRawBufferPointer($0)) }
  }

  /// Writes an edge's `<data>` elements, the end tag of one with the start tag of the next.
  private struct Values {
    let edge: GraphMLEdge
    let writer: XMLMarkupWriter
    var isOpen = false

    /// One value, left out when empty as a node's are.
    mutating func write(_ key: GraphMLKey, _ value: String) throws {
      guard !value.isEmpty else { return }
      try writer.raw(isOpen ? key.dataStartTagAfterValue : key.dataStartTag)
      do {
        try writer.text(value)
      } catch let error as ExportError {
        throw error.naming(edge.description + " " + key.name)
      }
      isOpen = true
    }

    func end() throws {
      if isOpen { try writer.raw("</data>\n") }
    }
  }
}
