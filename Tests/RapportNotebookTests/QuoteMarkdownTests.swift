import RapportTestSupport
import Testing

@testable import RapportMarkdown
@testable import RapportNotebook

/// Taking a quote's attribution line off on bytes agrees with doing it line by line.
@Suite struct QuoteMarkdownTests {
  /// The rule read on lines and characters.
  static func reference(_ markdown: String) -> String {
    var lines = TextLines.split(markdown[...])
    while let tail = lines.last, tail.allSatisfy(\.isWhitespace) { lines.removeLast() }
    if !lines.isEmpty { lines.removeLast() }
    while let tail = lines.last, tail.allSatisfy(\.isWhitespace) { lines.removeLast() }
    if var tail = lines.popLast() {
      while tail.last == "\\" || tail.last == " " { tail = tail.dropLast() }
      lines.append(tail)
    }
    return lines.joined(separator: "\n")
  }

  @Test func examples() {
    #expect(QuoteMarkdown.withoutLastLine("We would buy again.\n— Ann") == "We would buy again.")
    #expect(QuoteMarkdown.withoutLastLine("Fast.\\\n— Ann\n") == "Fast.")
    #expect(QuoteMarkdown.withoutLastLine("One.\n\nTwo.  \n\n— Ann\n\n") == "One.\n\nTwo.")
    #expect(QuoteMarkdown.withoutLastLine("— Ann") == "")
    #expect(QuoteMarkdown.withoutLastLine("") == "")
  }

  @Test func agreesWithTheLineByLineRule() {
    var random = SeededRandom(seed: 11)
    let pieces = [
      "", " ", "\t", "a", "\\", "  ", "\u{00A0}", "é", "b \\", "x  ", "\u{3000}", " \u{301}",
      "— Ann", "\\ \\",
    ]
    for _ in 0..<5_000 {
      let lines = (0..<random.int(0...5)).map { _ in
        (0..<random.int(0...3)).map { _ in random.pick(pieces) }.joined()
      }
      let markdown = lines.joined(separator: "\n") + (random.chance(0.3) ? "\n" : "")
      #expect(
        QuoteMarkdown.withoutLastLine(markdown) == Self.reference(markdown),
        "\(markdown.debugDescription)")
    }
  }
}
