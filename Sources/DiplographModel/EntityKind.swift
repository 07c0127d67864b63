/// The class of an entity: one of the top classes or a subclass that helps a reader.
///
/// The raw value is the ontology's local name (`dg:Treaty`), so the graph, the ontology and every
/// export speak of a class by the same word. `parent` is the `rdfs:subClassOf` edge; following it
/// always ends at a top class (`isTop`).
///
///     EntityKind.treaty.parent        // .document
///     EntityKind.country.top          // .place
public enum EntityKind: String, CaseIterable, Sendable, Codable {
  // Top classes.
  case person = "Person"
  case organization = "Organization"
  case place = "Place"
  case document = "Document"
  case project = "Project"
  case event = "Event"
  case initiative = "Initiative"
  /// A post a person holds for a state: 国务院总理, 俄罗斯联邦总统.
  case role = "Role"

  // Places.
  case country = "Country"
  case city = "City"
  case region = "Region"
  case island = "Island"
  case river = "River"
  case sea = "Sea"
  case borderCrossing = "BorderCrossing"

  // Organizations.
  case government = "Government"
  case ministry = "Ministry"
  case agency = "Agency"
  case commission = "Commission"
  case subcommission = "Subcommission"
  case workingGroup = "WorkingGroup"
  case council = "Council"
  case internationalOrganization = "InternationalOrganization"
  case company = "Company"
  case bank = "Bank"
  case exchange = "Exchange"
  case university = "University"
  case researchInstitute = "ResearchInstitute"
  case fund = "Fund"
  case association = "Association"
  case mechanism = "Mechanism"

  // Documents.
  case treaty = "Treaty"
  case agreement = "Agreement"
  case `protocol` = "Protocol"
  case memorandumOfUnderstanding = "MemorandumOfUnderstanding"
  case jointStatement = "JointStatement"
  case communique = "Communique"
  case declaration = "Declaration"
  case plan = "Plan"
  case roadmap = "Roadmap"
  case programme = "Programme"
  case minutes = "Minutes"
  case convention = "Convention"
  case resolution = "Resolution"
  case charter = "Charter"

  // Projects.
  case bridge = "Bridge"
  case transportCorridor = "TransportCorridor"
  case pipeline = "Pipeline"
  case facility = "Facility"

  // Events.
  case meeting = "Meeting"
  case expo = "Expo"
  case games = "Games"
  case forum = "Forum"
  case conference = "Conference"
  case themedYear = "ThemedYear"
  case exercise = "Exercise"

  /// The class this one specializes, `nil` for a top class.
  public var parent: EntityKind? {
    switch self {
    case .person, .organization, .place, .document, .project, .event, .initiative, .role:
      return nil
    case .country, .city, .region, .island, .river, .sea, .borderCrossing:
      return .place
    case .government, .ministry, .agency, .commission, .subcommission, .workingGroup, .council,
      .internationalOrganization, .company, .bank, .exchange, .university, .researchInstitute,
      .fund, .association, .mechanism:
      return .organization
    case .treaty, .agreement, .`protocol`, .memorandumOfUnderstanding, .jointStatement, .communique,
      .declaration, .plan, .roadmap, .programme, .minutes, .convention, .resolution, .charter:
      return .document
    case .bridge, .transportCorridor, .pipeline, .facility:
      return .project
    case .meeting, .expo, .games, .forum, .conference, .themedYear, .exercise:
      return .event
    }
  }

  /// True for the classes at the root of the tree.
  public var isTop: Bool { parent == nil }

  /// The top class above this one (itself for a top class).
  ///
  /// Identity hangs on the top class, not the subclass, so a better subclass guess in a later
  /// version does not change an entity's id.
  public var top: EntityKind {
    var kind = self
    while let parent = kind.parent { kind = parent }
    return kind
  }

  /// Every class from this one up to its top class, most specific first.
  public var lineage: [EntityKind] {
    var result = [self]
    while let parent = result.last?.parent { result.append(parent) }
    return result
  }

  /// True when `self` is `other` or below it.
  public func isA(_ other: EntityKind) -> Bool {
    // Asked for every candidate of every sentence: walk up without building the lineage.
    var kind: EntityKind? = self
    while let current = kind {
      if current == other { return true }
      kind = current.parent
    }
    return false
  }
}
