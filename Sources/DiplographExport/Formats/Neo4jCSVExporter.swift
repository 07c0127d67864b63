import DiplographModel

/// CSV files for `neo4j-admin database import full`, the offline bulk loader for graphs too
/// large for a script, and an argument file naming them all.
///
/// One file group per node label set and per relationship type, each a header file and numbered
/// data files (`ExportOptions.shardSize` records each), holding the same nodes, labels,
/// relationships and properties as the `cypher` export (`PropertyGraphMapping`). Ids are the
/// graph's stable ids, so groups exported on different machines import together. Load with:
///
///     cd exports && neo4j-admin database import full neo4j @graph.import.args
///
/// Arrays and labels are separated by U+001F (`--array-delimiter=U+001F` in the argument file).
public struct Neo4jCSVExporter: Exporter {
  public static let format = ExportFormat(
    name: "neo4j-csv", fileExtension: "import.args", mediaType: "text/csv",
    summary: "CSV for neo4j-admin database import full (graph.import.args lists the files; --shard-size)", expectedWork: 4)

  private let output: any OutputDirectory
  private var stream: PropertyGraphStream
  private var writer: CSVGroupWriter

  public init(output: any OutputDirectory, options: ExportOptions) throws {
    self.output = output
    stream = PropertyGraphStream(includeStatisticalEdges: options.includeStatisticalEdges)
    writer = CSVGroupWriter(output: output, shardSize: options.shardSize)
  }

  public mutating func consume(_ event: GraphEvent) throws {
    try stream.feed(event, into: &writer)
    if case .end = event { try writeArguments() }
  }

  private mutating func writeArguments() throws {
    for index in writer.files.groups.indices { try writer.files.groups[index].close() }
    let files = writer.files
    let sink = try output.create(Self.format.defaultFileName)
    var lines = [
      "# neo4j-admin database import full neo4j @\(Self.format.defaultFileName)",
      "# Run in the directory holding these files. nodes=\(files.nodes) relationships=\(files.relationships)",
      "--array-delimiter=\(CSVEscaping.arrayDelimiterOption)",
      "--legacy-style-quoting=false",
    ]
    if files.holdsLineBreaks { lines.append("--multiline-fields=true") }
    for group in files.groups {
      let option = group.stem.hasPrefix(CSVFiles.nodePrefix) ? "--nodes=" : "--relationships="
      lines.append(option + group.fileNames.joined(separator: ","))
    }
    try sink.write(lines.joined(separator: "\n") + "\n")
    try sink.close()
  }
}

/// The open file groups, in the order they were first needed, and what the argument file says.
private struct CSVFiles {
  static let nodePrefix = "graph.nodes."
  static let relationshipPrefix = "graph.relationships."

  var groups: [CSVFileGroup] = []
  var indexByStem: [String: Int] = [:]
  /// The same groups by a node's labels or a relationship's type, which make the stem.
  var indexByLabels = PositionsByKey<NodeLabels>()
  var indexByType = PositionsByKey<String>()
  var nodes = 0
  var relationships = 0
  var holdsLineBreaks = false
}

private struct CSVGroupWriter: PropertyGraphWriter {
  var files = CSVFiles()
  let output: any OutputDirectory
  let shardSize: Int?
  /// The record being written, reused so a record costs no allocation.
  private var record: [UInt8] = []

  init(output: any OutputDirectory, shardSize: Int?) {
    self.output = output
    self.shardSize = shardSize
  }

  mutating func add(_ node: PropertyNode) throws {
    let index: Int
    let labels = node.labelSet
    if let known = files.indexByLabels.position(of: labels) {
      index = known
    } else {
      index = try group(CSVFiles.nodePrefix + node.labels.joined(separator: "-")) { CSVSchema.forNode(node) }
      files.indexByLabels.remember(labels, at: index)
    }
    record.removeAll(keepingCapacity: true)
    let holdsLineBreak = try CSVRecordWriter.append(node, schema: files.groups[index].schema, to: &record)
    try files.groups[index].write(record)
    files.holdsLineBreaks = files.holdsLineBreaks || holdsLineBreak
    files.nodes += 1
  }

  mutating func add(_ relationship: PropertyRelationship) throws {
    let index: Int
    if let known = files.indexByType.position(of: relationship.type) {
      index = known
    } else {
      index = try group(CSVFiles.relationshipPrefix + relationship.type) { CSVSchema.forRelationship(relationship) }
      files.indexByType.remember(relationship.type, at: index)
    }
    record.removeAll(keepingCapacity: true)
    let holdsLineBreak = try CSVRecordWriter.append(relationship, schema: files.groups[index].schema, to: &record)
    try files.groups[index].write(record)
    files.holdsLineBreaks = files.holdsLineBreaks || holdsLineBreak
    files.relationships += 1
  }

  private mutating func group(_ stem: String, schema: () -> CSVSchema) throws -> Int {
    if let index = files.indexByStem[stem] { return index }
    files.groups.append(try CSVFileGroup(stem: stem, schema: schema(), output: output, shardSize: shardSize))
    files.indexByStem[stem] = files.groups.count - 1
    return files.groups.count - 1
  }
}
