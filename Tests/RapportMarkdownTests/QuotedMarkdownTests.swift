import RapportTestSupport
import Testing

@testable import RapportMarkdown

/// A block quote's text with its markers taken off, read on bytes, is what the character rules
/// give, on random quotes: nested, lazy, indented, blank-ended and past ASCII.
@Suite struct QuotedMarkdownTests {
  /// The rules on characters and scalars: one level of `>` (after up to three spaces) at the
  /// quote's column, else the line without its leading blanks; trailing blank lines dropped.
  static func expected(lines: [Substring], start: SourcePosition, endLine: Int) -> String {
    let first = start.line - 1
    let last = min(endLine - 1, lines.count - 1)
    guard first >= 0, first <= last else { return "" }
    var result: [Substring] = []
    for line in lines[first...last] {
      var rest = line.unicodeScalars.dropFirst(start.column - 1)[...]
      var spaces = 0
      while spaces < 3, rest.first == " " {
        rest = rest.dropFirst()
        spaces += 1
      }
      if rest.first == ">" {
        rest = rest.dropFirst()
        if rest.first == " " || rest.first == "\t" { rest = rest.dropFirst() }
        result.append(Substring(rest))
      } else {
        result.append(Substring(line.unicodeScalars.drop { $0 == " " || $0 == "\t" }))
      }
    }
    while let tail = result.last, tail.allSatisfy({ $0 == " " || $0 == "\t" }) {
      result.removeLast()
    }
    return result.joined(separator: "\n")
  }

  @Test func sameAsTheCharacterRules() throws {
    let prefixes = [
      "> ", ">", "   > ", "  >\t", "- > ", "    > ", "é > ", "> > ", "1. > ", "", "  ", "\t",
      ">  ", "-   >",
    ]
    let texts = ["said so", "é—ça", "  ", "\t", "*em* and `code`", "🙂 fine", "", "-- Jane", "x\ty"]
    var random = SeededRandom(seed: 7)
    var quotes = 0
    for _ in 0..<4000 {
      let count = Int.random(in: 1...7, using: &random)
      let body = (0..<count).map { _ in
        prefixes.randomElement(using: &random)! + texts.randomElement(using: &random)!
      }.joined(separator: "\n")
      let document = try Markdown.parse(body[...], firstLine: 1).get()
      let lines = TextLines.split(body[...])
      for node in document.nodes where node.kind == .blockQuote {
        quotes += 1
        let wanted = Self.expected(lines: lines, start: node.start, endLine: node.end.line)
        #expect(node.quotedMarkdown == wanted, "\(body.debugDescription)")
      }
    }
    #expect(quotes > 2000)
  }
}
