import DiplographModel
import Foundation

/// One JSON object a line: each source (with its sentences), entity and relation as the model
/// holds it. For scripts (`jq`, pandas `read_json(lines=True)`) and for diffing two runs.
///
///     {"record":"entity","value":{"id":"place-…","kind":"Island","label":"黑瞎子岛",…}}
public struct JSONLinesExporter: Exporter {
  public static let format = ExportFormat(
    name: "jsonl", fileExtension: "jsonl", mediaType: "application/jsonl",
    summary: "JSON lines: sources with sentences, entities, relations, as the model holds them")

  private let sink: any ByteSink
  private let encoder: JSONEncoder

  public init(output: any OutputDirectory, options: ExportOptions) throws {
    sink = try output.create(Self.format.defaultFileName)
    encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
  }

  public mutating func consume(_ event: GraphEvent) throws {
    switch event {
    case .begin: break
    case .source(let source): try write(Record(record: "source", value: source))
    case .entity(let entity): try write(Record(record: "entity", value: entity))
    case .relation(let relation): try write(Record(record: "relation", value: relation))
    case .end(let summary):
      try write(Record(record: "summary", value: summary))
      try sink.close()
    }
  }

  private func write(_ record: Record<some Encodable>) throws {
    var line = try encoder.encode(record)
    line.append(0x0A)
    try line.withUnsafeBytes { try sink.write($0) }
  }
}

private struct Record<Value: Encodable>: Encodable {
  let record: String
  let value: Value
}
