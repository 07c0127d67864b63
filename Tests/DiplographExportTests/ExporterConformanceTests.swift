import DiplographExport
import DiplographModel
import DiplographTestSupport
import Testing

/// Every registered format goes through the same checks, so a new format is tested the moment it
/// is added to `Exporters.all`.
@Suite struct ExporterConformanceTests {
  static let formats = Exporters.all.map { ExporterCase(type: $0) }

  @Test(arguments: formats) func emptyGraphExportsAndClosesEveryFile(_ format: ExporterCase) throws {
    let output = try export(Graph(), with: format.type)
    #expect(!output.files.isEmpty, "\(format) wrote no file")
    for (name, sink) in output.files {
      #expect(sink.isClosed, "\(format) left \(name) open")
      try format.checkParses(sink.bytes, name: name)
    }
  }

  @Test(arguments: formats) func sampleGraphIsDeterministic(_ format: ExporterCase) throws {
    let first = try export(SampleGraphs.treaty(), with: format.type)
    let second = try export(SampleGraphs.treaty(), with: format.type)
    #expect(first.files.keys.sorted() == second.files.keys.sorted())
    for (name, sink) in first.files {
      #expect(sink.bytes == second.files[name]?.bytes, "\(format) wrote \(name) differently twice")
      #expect(String(validating: sink.bytes, as: UTF8.self) != nil, "\(format) wrote invalid UTF-8 in \(name)")
      try format.checkParses(sink.bytes, name: name)
    }
  }

  @Test(arguments: formats) func hostileNamesAreWrittenSafely(_ format: ExporterCase) throws {
    let output = try export(SampleGraphs.hostile(), with: format.type)
    for (name, sink) in output.files { try format.checkParses(sink.bytes, name: name) }
  }

  @Test(arguments: formats) func forbiddenCharactersAreRefusedOrEscaped(_ format: ExporterCase) throws {
    do {
      let output = try export(SampleGraphs.withForbiddenCharacter(), with: format.type)
      for (name, sink) in output.files { try format.checkParses(sink.bytes, name: name) }
    } catch let error as ExportError {
      guard case .unrepresentable = error else {
        Issue.record("\(format) failed with \(error), expected .unrepresentable")
        return
      }
    }
  }

  @Test(arguments: formats, [0, 64, 4096]) func failingOutputSurfacesAnError(_ format: ExporterCase, budget: Int) {
    #expect(throws: (any Error).self, "\(format) swallowed a write failure after \(budget) bytes") {
      var exporter = try format.type.init(output: FailingOutputDirectory(budget: budget), options: ExportOptions())
      try SampleGraphs.hostile().stream(into: &exporter)
    }
  }

  @Test(arguments: formats) func failingCloseSurfacesAnError(_ format: ExporterCase) {
    #expect(throws: (any Error).self, "\(format) ignored a failed close") {
      var exporter = try format.type.init(
        output: FailingOutputDirectory(budget: .max, failOnClose: true), options: ExportOptions())
      try SampleGraphs.treaty().stream(into: &exporter)
    }
  }
}

/// A registered exporter as a test argument.
struct ExporterCase: CustomTestStringConvertible, Sendable {
  nonisolated(unsafe) let type: any Exporter.Type

  var testDescription: String { type.format.name }

  /// XML formats must be well-formed; every format must be valid UTF-8.
  func checkParses(_ bytes: [UInt8], name: String) throws {
    #expect(String(validating: bytes, as: UTF8.self) != nil, "\(type.format.name): \(name) is not UTF-8")
    if type.format.mediaType.hasSuffix("xml") {
      let errors = xmlWellFormednessErrors(bytes)
      #expect(errors.isEmpty, "\(type.format.name): \(name): \(errors)")
    }
  }
}
