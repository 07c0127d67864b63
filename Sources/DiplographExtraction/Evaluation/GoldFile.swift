import DiplographModel

/// Hand-made answers for one corpus text (see `Tests/DiplographExtractionTests/Gold/README.md`).
public struct GoldFile: Decodable, Sendable {
  public struct GoldEntity: Decodable, Sendable {
    public let kind: String
    public let label: String
    public let aliases: [String]
  }

  public struct GoldRelation: Decodable, Sendable {
    public let subject: String
    public let predicate: String
    public let object: String?
    public let date: String?
  }

  /// The annotated text, relative to the repository root.
  public let source: String
  public let entities: [GoldEntity]
  public let relations: [GoldRelation]
}
