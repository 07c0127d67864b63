import DiplographModel

/// The part of a graph a picture can show: the entities with most facts, and what links them.
///
/// A corpus graph has hundreds of entities; drawn whole it is a hairball. Ranking by facts
/// (edges between two entities, co-occurrence and mentions not counted) keeps the entities the
/// texts say most about, and drawing only the edges among them keeps every line readable.
public enum GraphSelection {
  /// What was kept, for the caller's summary line.
  public struct Result: Sendable {
    public let graph: Graph
    /// Entities in the input graph.
    public let entityTotal: Int
  }

  /// The `top` entities with most facts and the edges among them.
  ///
  /// Ties go to the entity with more co-occurrences, then more mentions, then the smaller id,
  /// so the same graph always gives the same picture. An entity left without a drawn edge is
  /// dropped. With `includeCoOccurrence`, the strongest `coOccursWith` edges among the chosen
  /// entities are kept too (see `strongest`), and an entity known only by co-occurrence can be
  /// chosen after all that have facts; `mentionedIn` edges and source files are never drawn.
  public static func mostConnected(_ graph: Graph, top: Int, includeCoOccurrence: Bool) -> Result {
    var facts: [EntityID: Int] = [:]
    var together: [EntityID: Int] = [:]
    for relation in graph.relations.values {
      guard let object = relation.object.entity else { continue }
      if relation.predicate == .coOccursWith {
        together[relation.subject, default: 0] += relation.weight
        together[object, default: 0] += relation.weight
      } else if !relation.predicate.isStatistical {
        facts[relation.subject, default: 0] += 1
        facts[object, default: 0] += 1
      }
    }
    let candidates = graph.entities.values.filter { entity in
      facts[entity.id] != nil || (includeCoOccurrence && together[entity.id] != nil)
    }
    let ranked = candidates.sorted { a, b in
      let left = (facts[a.id] ?? 0, together[a.id] ?? 0, a.mentions.count)
      let right = (facts[b.id] ?? 0, together[b.id] ?? 0, b.mentions.count)
      return left != right ? left > right : a.id < b.id
    }
    let chosen = Set(ranked.prefix(max(0, top)).map(\.id))

    var kept: [Relation] = []
    var linked: Set<EntityID> = []
    var pairsWithFacts: Set<Pair> = []
    var coOccurrences: [Relation] = []
    for relation in graph.relations.values where chosen.contains(relation.subject) {
      switch relation.object {
      case .entity(let object):
        guard chosen.contains(object), !relation.predicate.isStatistical else {
          if includeCoOccurrence, relation.predicate == .coOccursWith, chosen.contains(object) {
            coOccurrences.append(relation)
          }
          continue
        }
        pairsWithFacts.insert(Pair(relation.subject, object))
        linked.formUnion([relation.subject, object])
        kept.append(relation)
      case .literal:
        kept.append(relation)
      case .source:
        continue
      }
    }
    let mentions = { (id: EntityID) in max(1, graph.entities[id]!.mentions.count) }
    for relation in strongest(
      coOccurrences, perEntity: coOccurrencesPerEntity, excluding: pairsWithFacts, mentions: mentions)
    {
      linked.formUnion([relation.subject, relation.object.entity!])
      kept.append(relation)
    }
    var picture = Graph()
    for id in chosen.intersection(linked) { picture.add(graph.entities[id]!) }
    for relation in kept where linked.contains(relation.subject) { picture.add(relation) }
    return Result(graph: picture, entityTotal: graph.entities.count)
  }

  /// How many "named together" lines each entity keeps at most.
  public static let coOccurrencesPerEntity = 3

  /// The co-occurrences worth a line: not between entities a fact already links, and for each
  /// entity only its `perEntity` strongest partners. Strength is the number of shared sentences
  /// over the geometric mean of the two entities' mentions (Salton's cosine), so that the two
  /// countries every sentence names do not become everyone's strongest partner.
  private static func strongest(
    _ relations: [Relation], perEntity: Int, excluding linked: Set<Pair>, mentions: (EntityID) -> Int
  ) -> [Relation] {
    var partners: [EntityID: [(strength: Double, relation: Relation)]] = [:]
    for relation in relations {
      let object = relation.object.entity!
      guard !linked.contains(Pair(relation.subject, object)) else { continue }
      let strength = Double(relation.weight) / Double(mentions(relation.subject) * mentions(object)).squareRoot()
      partners[relation.subject, default: []].append((strength, relation))
      partners[object, default: []].append((strength, relation))
    }
    var kept: [RelationID: Relation] = [:]
    for list in partners.values {
      let best = list.sorted {
        $0.strength != $1.strength ? $0.strength > $1.strength : $0.relation.id < $1.relation.id
      }
      for entry in best.prefix(perEntity) { kept[entry.relation.id] = entry.relation }
    }
    return Array(kept.values)
  }
}

/// Two entities, in either order.
private struct Pair: Hashable {
  let first: EntityID
  let second: EntityID

  init(_ a: EntityID, _ b: EntityID) {
    (first, second) = a < b ? (a, b) : (b, a)
  }
}
