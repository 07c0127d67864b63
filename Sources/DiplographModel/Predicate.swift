/// A relation type: the ontology's property local name (`dg:signedOn`) is the raw value.
///
/// Exports derive every other spelling from the raw value: the Cypher relationship type is
/// `cypherType` (`SIGNED_ON`), GraphML writes the raw value in the edge's `type` attribute.
public enum Predicate: String, CaseIterable, Sendable, Codable {
  /// Document → date literal: when it was signed, issued or adopted.
  case signedOn
  /// Event → date literal: when it takes place (one day, or a year).
  case date
  /// Event → date literal: first day or year of a period (2020—2021 themed years).
  case startDate
  /// Event → date literal: last day or year of a period.
  case endDate
  /// Document → Organization/Country: a party to the document.
  case party
  /// Document → Event: adopted or signed during that event.
  case adoptedAt
  /// Event → Place: where it was held.
  case heldIn
  /// Event → Person/Country/Organization: who took part.
  case participant
  /// Document → Person: who signed it.
  case signatory
  /// Document → Place: where it was signed (`二〇二三年三月二十一日于莫斯科`).
  case signedIn
  /// Person → Role: the post the person holds.
  case holdsRole
  /// Organization/Role → Country: the state it belongs to or serves.
  case country
  /// Project → Place: an end of a bridge, corridor or crossing.
  case connects
  /// Place/Project/Event → Place/Country.
  case locatedIn
  /// Organization → Organization: a subcommission of a commission, a ministry of a government.
  case partOf
  /// Document → Document: a title nested in another, or an article cited.
  case refersTo
  /// anything → Organization/Document/Initiative: `在…框架下`.
  case withinFramework
  /// Country → entity: the speaking side supports it.
  case supports
  /// Country → entity: the speaking side welcomes it.
  case welcomes
  /// Country → entity: the speaking side opposes it.
  case opposes
  /// Country → entity: the speaking side condemns it.
  case condemns
  /// Country → entity: the speaking side calls for it.
  case callsFor
  /// entity → source document, weighted by the number of mentions.
  case mentionedIn
  /// entity ↔ entity named in the same sentence, weighted by the number of sentences.
  case coOccursWith

  /// The stance predicates share a super-property `dg:stance` in the ontology.
  public var isStance: Bool {
    switch self {
    case .supports, .welcomes, .opposes, .condemns, .callsFor: return true
    default: return false
    }
  }

  /// Derived, dense edges a "facts only" export leaves out.
  public var isStatistical: Bool { self == .mentionedIn || self == .coOccursWith }

  /// True when the object is a literal, not an entity.
  public var hasLiteralObject: Bool {
    switch self {
    case .signedOn, .date, .startDate, .endDate: return true
    default: return false
    }
  }

  /// `signedOn` → `SIGNED_ON`: the relationship-type spelling Cypher users expect.
  public var cypherType: String {
    var result = ""
    for scalar in rawValue.unicodeScalars {
      if scalar.properties.isUppercase, !result.isEmpty { result.append("_") }
      result.append(String(scalar).uppercased())
    }
    return result
  }
}
