import DiplographConcurrency
import DiplographModel
import DiplographText

/// What one document yields: its entities and facts, with provenance, before the corpus merge.
public struct DocumentExtraction: Sendable {
  public let source: SourceDocument
  public let entities: [Entity]
  public let relations: [Relation]
  /// `coOccursWith` for entities named in one sentence together, one per pair over the document.
  /// Drawn here, where documents run in parallel, rather than in the corpus merge.
  let cooccurrences: [Relation]
  /// For each entity, by position, how often each printed form names it here. Counted here, where
  /// documents run in parallel: comparing Chinese strings is not cheap, and the corpus merge runs
  /// on one core.
  let surfaceCounts: [SurfaceCounts]
}

/// Reads entities and facts from normalized documents and builds the graph.
///
/// `extract` works on one document and needs nothing else, so documents run in parallel;
/// `add` and `build` merge them in input order, so the graph does not depend on scheduling.
public struct GraphBuilder: Sendable {
  /// A file whose bytes equal an earlier file's is the same source (its id is the hash of its
  /// bytes): one record, naming the path read last, as `Graph.add` would keep it.
  private var sources = IDTable<SourceDocument>()
  private var drafts: [EntityID: Int] = [:]
  private var draftList: [CorpusDraft] = []
  /// Facts and co-occurrences alike, by id.
  private var relations = RelationTable()
  /// Draw co-occurrence edges (dense; for pictures of who appears with whom).
  public var cooccurrenceEdges = true

  public init() {}

  public static func extract(_ document: NormalizedDocument) -> DocumentExtraction {
    var resolver = DocumentResolver()
    var resolved: [ResolvedSentence] = []
    // Signature blocks list posts and names in rows or in columns: names take the posts above
    // them in order.
    var pendingRoles = 0
    // A repeated paragraph's facts are not counted twice; a signature block repeated under a
    // second statement signs that statement too.
    for sentence in document.sentences where !sentence.isRepeat || sentence.paragraphKind == .signature {
      let text = ScalarText(sentence)
      let found = MentionFinder.find(in: text, paragraph: sentence.paragraphKind, afterRoleLine: pendingRoles > 0)
      if found.candidates.contains(where: { $0.rule == "signature-role" }) { pendingRoles += 1 }
      if found.candidates.contains(where: { $0.rule == "signature-name" }) { pendingRoles = max(0, pendingRoles - 1) }
      let mentions = resolver.resolve(found, in: text, sentence: sentence)
      resolved.append(ResolvedSentence(sentence: sentence, text: text, mentions: mentions, raw: found))
    }
    var facts = FactCollector()
    let governments = GovernmentIndex(resolved)
    for sentence in resolved { SentenceFacts.read(sentence, into: &facts, governments: governments) }
    DocumentFacts.read(resolved, into: &facts)
    SignatureFacts.read(resolved, into: &facts)
    var entities = resolver.drafts.map { $0.entity() }
    let named = Set(entities.map(\.id))
    entities += facts.implied.values.filter { !named.contains($0.id) }.sorted { $0.id < $1.id }
    var relations = Array(facts.relations.values)
    for entity in entities where !entity.mentions.isEmpty {
      var counted = Relation(subject: entity.id, predicate: .mentionedIn, object: .source(document.source.id), weight: entity.mentions.count)
      counted.provenance = entity.mentions.prefix(1).map { Provenance(sentence: $0.sentence, span: $0.span, rule: "mention", confidence: 1) }
      relations.append(counted)
    }
    let surfaceCounts = entities.map { entity in
      var counts = SurfaceCounts()
      for mention in entity.mentions { counts.add(mention.surface) }
      return counts
    }
    return DocumentExtraction(
      source: document.source, entities: entities, relations: relations, cooccurrences: cooccurrences(resolved),
      surfaceCounts: surfaceCounts)
  }

  /// Every pair of entities named in one sentence, weighted by sentences. A sentence naming more
  /// than 40 is a list, and its pairs say nothing about who goes with whom.
  private static func cooccurrences(_ resolved: [ResolvedSentence]) -> [Relation] {
    var table = RelationTable()
    for sentence in resolved {
      let ids = Set(sentence.mentions.map(\.id)).sorted()
      guard ids.count > 1 && ids.count <= 40 else { continue }
      let provenance = [Provenance(sentence: sentence.sentence.id, span: sentence.sentence.span, rule: "same-sentence", confidence: 1)]
      for (i, first) in ids.enumerated() {
        for second in ids[(i + 1)...] {
          var relation = Relation(subject: first, predicate: .coOccursWith, object: .entity(second))
          relation.provenance = provenance
          table.merge(relation)
        }
      }
    }
    return table.folded()
  }

  public mutating func add(_ document: NormalizedDocument) { add(Self.extract(document)) }

  public mutating func add(_ extraction: DocumentExtraction) {
    sources.insert(extraction.source) { $0 = $1 }
    for (entity, surfaces) in zip(extraction.entities, extraction.surfaceCounts) {
      guard let index = drafts[entity.id] else {
        drafts[entity.id] = draftList.count
        draftList.append(CorpusDraft(entity: entity, surfaces: surfaces))
        continue
      }
      // Aliases and mentions are gathered here and folded into the entity once, in `build`:
      // folding them document by document re-sorted every mention of a frequent entity each time.
      draftList[index].moreAliases += entity.aliases
      draftList[index].moreAliases.append(entity.label)
      draftList[index].moreMentions += entity.mentions
      for name in entity.names where !draftList[index].entity.names.contains(where: { $0.language == name.language }) {
        draftList[index].entity.setName(name)
      }
      for attribute in entity.attributes where draftList[index].entity.attribute(attribute.key) == nil {
        draftList[index].entity.setAttribute(attribute.key, attribute.value)
      }
      if draftList[index].entity.kind.isTop, !entity.kind.isTop { draftList[index].entity.kind = entity.kind }
      draftList[index].surfaces.merge(surfaces)
    }
    for relation in extraction.relations { relations.merge(relation) }
    guard cooccurrenceEdges else { return }
    for relation in extraction.cooccurrences { relations.merge(relation) }
  }

  /// The graph of every document added. Consuming: the lists move into the graph without a
  /// copy, so at the peak the corpus is not held twice.
  public consuming func build() -> Graph {
    drafts = [:]
    // Folding sorts every entity's mentions and every fact's attestations, lists independent
    // of each other: all cores share it.
    draftList.updateConcurrently { $0.fold() }
    let entities = draftList.map(\.entity)
    draftList = []
    return Graph(sources: sources.takeValues(), entities: entities, relations: relations.folded())
  }
}

/// One entity over the corpus while documents are added: the first document's entity, with what
/// later documents add to it kept aside until `build`.
private struct CorpusDraft: Sendable {
  var entity: Entity
  var surfaces: SurfaceCounts
  var moreAliases: [String] = []
  var moreMentions: [Mention] = []

  /// Folds what later documents added into the entity, emptying the lists kept aside.
  mutating func fold() {
    if !moreAliases.isEmpty { entity.addAliases(moreAliases) }
    if !moreMentions.isEmpty { entity.addMentions(moreMentions) }
    // The corpus-wide label: the same choice the document made, over every document.
    if !surfaces.isEmpty, entity.attribute(.isoCode) == nil, !entity.names.contains(where: { $0.language == "en" }) {
      let label = EntityDraft.label(surfaces: surfaces, kind: entity.kind)
      if label != entity.label {
        entity = Entity(id: entity.id, kind: entity.kind, label: label, aliases: entity.aliases + [entity.label], names: entity.names, attributes: entity.attributes, mentions: entity.mentions)
      }
    }
    moreAliases = []
    moreMentions = []
    surfaces = SurfaceCounts()
  }
}

/// Relations by id while documents are added. A fact stated in many documents gathers its
/// attestations in a list, merged once at the end; `Relation.merge` on every attestation sorted
/// the whole provenance each time, which grew with the square of the corpus.
private struct RelationTable: Sendable {
  private var table = IDTable<Relation>()
  /// Beside each relation, by position: the weight and attestations of its later statements.
  private var moreWeight: [Int] = []
  private var moreProvenance: [[Provenance]] = []

  mutating func merge(_ relation: Relation) {
    let (inserted, at) = table.insertIfAbsent(relation)
    guard !inserted else {
      moreWeight.append(0)
      moreProvenance.append([])
      return
    }
    moreWeight[at] += relation.weight
    moreProvenance[at] += relation.provenance
  }

  /// Every relation with its attestations folded in, on all cores; the table is left empty.
  mutating func folded() -> [Relation] {
    var relations = table.takeValues()
    let weights = moreWeight
    moreWeight = []
    relations.withUnsafeMutableBufferPointer { buffer in
      moreProvenance.withUnsafeMutableBufferPointer { moreBuffer in
        let relations = UnsafeElements(buffer: buffer), more = UnsafeElements(buffer: moreBuffer)
        buffer.indices.forEachConcurrently { position in
          guard !more.buffer[position].isEmpty || weights[position] != 0 else { return }
          relations.buffer[position].merge(weight: weights[position], provenance: more.buffer[position])
          more.buffer[position] = []
        }
      }
    }
    moreProvenance = []
    return relations
  }
}
