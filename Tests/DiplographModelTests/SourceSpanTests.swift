import DiplographModel
import Foundation
import Testing

@Suite struct SourceSpanTests {
  @Test func holdsThirtyTwoBitFiguresAndCodesThemUnderTheirNames() throws {
    let span = SourceSpan(startByte: 4_294_967_290, endByte: Int(UInt32.max), line: 1, column: 70_000)
    #expect(span.startByte == 4_294_967_290 && span.endByte == 4_294_967_295 && span.line == 1 && span.column == 70_000)
    let json = try JSONEncoder().encode(span)
    let object = try #require(JSONSerialization.jsonObject(with: json) as? [String: Int])
    #expect(object == ["startByte": 4_294_967_290, "endByte": 4_294_967_295, "line": 1, "column": 70_000])
    #expect(try JSONDecoder().decode(SourceSpan.self, from: json) == span)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(SourceSpan.self, from: Data(#"{"startByte":-1,"endByte":0,"line":1,"column":1}"#.utf8)) }
  }

  @Test func ordersByStartThenEnd() {
    func span(_ start: Int, _ end: Int, line: Int) -> SourceSpan { SourceSpan(startByte: start, endByte: end, line: line, column: 1) }
    #expect(span(1, 9, line: 9) < span(2, 3, line: 1))
    #expect(span(2, 3, line: 5) < span(2, 4, line: 1))
    #expect(!(span(2, 3, line: 1) < span(2, 3, line: 2)))
  }
}
