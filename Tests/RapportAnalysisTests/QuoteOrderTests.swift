import RapportNotebook
import RapportTestSupport
import Testing

@testable import RapportAnalysis

/// Quotes are shown newest first: by date, then file and line.
@Suite struct QuoteOrderTests {
  @Test func newestFirstByDateThenFileThenLine() {
    var random = SeededRandom(seed: 21)
    for _ in 0..<300 {
      let quotes = (0..<random.int(0...40)).map { _ in
        QuoteEntry(
          markdown: "q", speakerName: "s", accountName: "a",
          date: Day("2026-01-0\(random.int(1...3))")!, file: random.pick(["a.md", "b.md", "c.md"]),
          line: random.int(1...5))
      }
      let expected = quotes.sorted { ($0.date, $0.file, $0.line) > ($1.date, $1.file, $1.line) }
      let keys = { (list: [QuoteEntry]) in list.map { "\($0.date) \($0.file) \($0.line)" } }
      #expect(keys(QuoteEntry.newestFirst(quotes)) == keys(expected))
      let limit = random.int(0...5)
      #expect(
        keys(QuoteEntry.newestFirst(quotes, limit: limit)) == keys(Array(expected.prefix(limit))))
    }
  }
}
