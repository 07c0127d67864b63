import DiplographModel

/// One JSON object a line: each source (with its sentences), entity and relation as the model
/// holds it. For scripts (`jq`, pandas `read_json(lines=True)`) and for diffing two runs.
///
///     {"record":"entity","value":{"id":"place-…","kind":"Island","label":"黑瞎子岛",…}}
///
/// The lines are what `JSONEncoder` makes of the model's `Codable` types with sorted keys and
/// unescaped slashes, so `JSONDecoder` reads them back; `JSONWriter` writes them directly.
public struct JSONLinesExporter: Exporter {
  public static let format = ExportFormat(
    name: "jsonl", fileExtension: "jsonl", mediaType: "application/jsonl",
    summary: "JSON lines: sources with sentences, entities, relations, as the model holds them", expectedWork: 3)

  private let sink: any ByteSink
  private var json = JSONWriter(capacity: chunkSize + chunkSize / 4)
  /// Lines are handed to the sink in chunks of about this many bytes.
  private static let chunkSize = 1 << 16

  public init(output: any OutputDirectory, options: ExportOptions) throws {
    sink = try output.create(Self.format.defaultFileName)
  }

  public mutating func consume(_ event: GraphEvent) throws {
    switch event {
    case .begin: break
    case .source(let source): try writeRecord("source") { $0.write(source) }
    case .entity(let entity): try writeRecord("entity") { $0.write(entity) }
    case .relation(let relation): try writeRecord("relation") { try $0.write(relation) }
    case .end(let summary):
      try writeRecord("summary") { $0.write(summary) }
      try flush()
      try sink.close()
    }
  }

  /// `{"record":"<name>","value":<value>}` and a line break; nothing when `value` throws.
  private mutating func writeRecord(_ name: String, value: (inout JSONWriter) throws -> Void) throws {
    let recordStart = json.bytes.count
    json.open()
    json.key("record")
    json.string(name)
    json.key("value")
    do {
      try value(&json)
    } catch {
      json.truncate(to: recordStart)
      throw error
    }
    json.close()
    json.endLine()
    if json.bytes.count >= Self.chunkSize { try flush() }
  }

  private mutating func flush() throws {
    guard !json.bytes.isEmpty else { return }
    try json.bytes.withUnsafeBytes { try sink.write($0) }
    json.removeAll()
  }
}
