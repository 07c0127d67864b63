// Ids encode as their plain string, as every export writes them.

extension EntityID {
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}

extension SourceID {
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}

extension RelationID {
  public init(from decoder: any Decoder) throws {
    self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}

extension SentenceID {
  /// Parses `source-…-s12`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let s = text.lastIndex(of: "s"), s > text.startIndex,
      text[text.index(before: s)] == "-", let ordinal = Int(text[text.index(after: s)...])
    else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a sentence id: \(text)")
    }
    self.init(source: SourceID(rawValue: String(text[..<text.index(before: s)])), ordinal: ordinal)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
