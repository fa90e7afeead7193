import RapportTestSupport
import Testing

@testable import RapportMarkdown

/// Link destinations that could run code or read local files are caught however they are spelt.
@Suite struct UnsafeSchemeTests {
  /// The rule as the format states it: lower-cased, whitespace removed, then the scheme.
  static func reference(_ url: String) -> Bool {
    let scheme = url.lowercased().filter { !$0.isWhitespace }
    return ["javascript:", "vbscript:", "file:", "data:"].contains { scheme.hasPrefix($0) }
  }

  @Test func schemesAreCaughtWithCaseAndSpacesAnywhere() {
    for url in [
      "javascript:alert(1)", "JavaScript:x", " java\tscript :x", "java\r\nscript:x",
      "VBSCRIPT:msgbox", "file:///etc/passwd", "data:text/html,<b>", "\u{00A0}javascript:x",
      "javascript\u{2003}:x",
    ] {
      #expect(Markdown.isUnsafe(url), "\(url.debugDescription)")
    }
    for url in [
      "https://example.com", "mailto:a@b.c", "notes/a.md", "", "javascrip", "data", "file",
      "javascript:\u{0301}x", "datа:x",
    ] {
      #expect(!Markdown.isUnsafe(url), "\(url.debugDescription)")
    }
  }

  @Test func agreesWithTheRuleOnRandomDestinations() {
    var random = SeededRandom(seed: 7)
    let pieces = [
      "java", "script", "vb", "file", "data", ":", "J", "S", "A", " ", "\t", "\n", "\r\n", "\u{0B}",
      "\u{00A0}", "\u{2028}", "\u{0301}", "é", "İ", "x", "/", "https", "ａ", "\u{FEFF}",
    ]
    for _ in 0..<20_000 {
      let url = (0..<random.int(0...8)).map { _ in random.pick(pieces) }.joined()
      #expect(Markdown.isUnsafe(url) == Self.reference(url), "\(url.debugDescription)")
    }
  }
}
