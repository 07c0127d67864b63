import DiplographModel
import Foundation

/// The bundled lists of states, places and organizations, matched longest-first by one walk of a
/// trie per position.
///
/// Gazetteers complete the rules: a state or a city has no suffix to find it by.
struct Gazetteer: Sendable {
  let entries: [GazetteerEntry]
  /// Every name of every entry.
  private let names: NameTrie
  private let byLabel: [String: Int]
  /// The scalars names start with: most positions of a sentence start none.
  private let firstScalars: ScalarSet

  init(entries: [GazetteerEntry]) {
    self.entries = entries
    var names = NameTrie()
    var firsts: Set<Unicode.Scalar> = []
    var byLabel: [String: Int] = [:]
    for (number, entry) in entries.enumerated() {
      byLabel[entry.label] = number
      for name in [entry.label] + entry.aliases {
        let key = scalars(name)
        guard let first = key.first else { continue }
        firsts.insert(first)
        names.insert(key, entry: number)
      }
    }
    self.names = names
    firstScalars = ScalarSet(firsts)
    self.byLabel = byLabel
  }

  func entry(labelled label: String) -> GazetteerEntry? { byLabel[label].map { entries[$0] } }

  /// The longest name starting at `position`, if any: its length and the number of its entry.
  /// Sentences ask through `ScalarText.knownName(at:)`, which looks once per position.
  func longestMatch(in text: [Unicode.Scalar], at position: Int) -> (length: Int, entry: Int)? {
    guard firstScalars.contains(text[position]) else { return nil }
    return names.longestMatch(in: text, at: position)
  }

  static let bundled: Gazetteer = {
    var entries: [GazetteerEntry] = []
    for row in rows("countries") {
      entries.append(GazetteerEntry(
        kind: .country, label: row[0], aliases: list(row, 1), parent: nil,
        wikidata: field(row, 3), isoCode: field(row, 2), english: field(row, 4)))
    }
    for file in ["places", "organizations", "projects"] {
      for row in rows(file) {
        guard let kind = EntityKind(rawValue: row[0]), row.count > 1 else { continue }
        entries.append(GazetteerEntry(
          kind: kind, label: row[1], aliases: list(row, 2), parent: field(row, 3),
          wikidata: field(row, 4), isoCode: nil, english: field(row, 5)))
      }
    }
    return Gazetteer(entries: entries)
  }()

  private static func rows(_ name: String) -> [[String]] {
    guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { preconditionFailure("missing bundled gazetteer \(name).tsv") }
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
  }

  private static func field(_ row: [String], _ column: Int) -> String? {
    column < row.count && !row[column].isEmpty ? row[column] : nil
  }

  private static func list(_ row: [String], _ column: Int) -> [String] {
    field(row, column)?.split(separator: "|").map(String.init) ?? []
  }
}
