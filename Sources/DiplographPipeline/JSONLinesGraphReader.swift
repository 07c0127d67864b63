import DiplographModel
import Foundation

/// Reads a graph back from the `jsonl` export, so a saved graph can be written in other formats
/// without extracting again (and tests can hand any graph to any exporter).
public enum JSONLinesGraphReader {
  public enum ReadError: Error, CustomStringConvertible {
    case unreadable(file: String)
    case badLine(file: String, line: Int, reason: String)
    case dangling(file: String, problems: [String])

    public var description: String {
      switch self {
      case .unreadable(let file): return "\(file): cannot read"
      case .badLine(let file, let line, let reason): return "\(file):\(line): \(reason)"
      case .dangling(let file, let problems): return "\(file): " + problems.joined(separator: "; ")
      }
    }
  }

  public static func read(path: String) throws -> Graph {
    guard let data = FileManager.default.contents(atPath: path) else { throw ReadError.unreadable(file: path) }
    var graph = Graph()
    let decoder = JSONDecoder()
    var lineNumber = 0
    for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
      lineNumber += 1
      guard !line.isEmpty else { continue }
      do {
        let header = try decoder.decode(Header.self, from: line)
        switch header.record {
        case "source": graph.add(try decoder.decode(Body<SourceDocument>.self, from: line).value)
        case "entity": graph.add(try decoder.decode(Body<Entity>.self, from: line).value)
        case "relation": graph.add(try decoder.decode(Body<Relation>.self, from: line).value)
        case "summary": break
        default: throw ReadError.badLine(file: path, line: lineNumber, reason: "unknown record '\(header.record)'")
        }
      } catch let error as ReadError {
        throw error
      } catch {
        throw ReadError.badLine(file: path, line: lineNumber, reason: "\(error)")
      }
    }
    let dangling = graph.danglingReferences()
    guard dangling.isEmpty else { throw ReadError.dangling(file: path, problems: dangling) }
    return graph
  }
}

private struct Header: Decodable { let record: String }
private struct Body<Value: Decodable>: Decodable { let value: Value }
