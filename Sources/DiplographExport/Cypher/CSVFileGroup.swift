/// One header file and its numbered data files (`graph.nodes.Source.header.csv`,
/// `graph.nodes.Source.0001.csv`, …): what `neo4j-admin` takes as one `--nodes=` or
/// `--relationships=` group, the data files read as one.
///
/// A new data file starts after `shardSize` records, so shards can be produced, moved and read
/// in parallel; the header stays apart, written once.
struct CSVFileGroup {
  let stem: String
  let schema: CSVSchema
  private let output: any OutputDirectory
  private let shardSize: Int?
  private var current: (any ByteSink)?
  private var recordsInCurrent = 0
  private(set) var fileNames: [String]

  init(stem: String, schema: CSVSchema, output: any OutputDirectory, shardSize: Int?) throws {
    self.stem = stem
    self.schema = schema
    self.output = output
    self.shardSize = shardSize
    let headerName = stem + ".header.csv"
    let header = try output.create(headerName)
    try header.write(schema.header + "\n")
    try header.close()
    fileNames = [headerName]
  }

  /// Appends one record (a line, or several when a quoted value holds line breaks).
  mutating func write(_ record: [UInt8]) throws {
    if current == nil || recordsInCurrent == shardSize {
      try current?.close()
      let name = stem + "." + Self.shardNumber(fileNames.count) + ".csv"
      current = try output.create(name)
      fileNames.append(name)
      recordsInCurrent = 0
    }
    try current!.write(record)
    recordsInCurrent += 1
  }

  mutating func close() throws {
    try current?.close()
    current = nil
  }

  /// `0001`: four digits at least, so a directory listing sorts the shards of most exports.
  private static func shardNumber(_ number: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
