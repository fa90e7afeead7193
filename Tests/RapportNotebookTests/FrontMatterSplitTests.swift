import RapportTestSupport
import Testing

@testable import RapportNotebook

/// Fences found on bytes split a file as the rules on characters do, on random files: every line
/// ending, blanks after a fence, near misses, and text past ASCII.
@Suite struct FrontMatterSplitTests {
  /// The rules on characters: line 1 is `---` once trailing spaces and tabs are off; the first
  /// later line that is `---` or `...` closes the front matter.
  static func expected(_ text: String) -> String {
    var lines: [(text: Substring, next: String.Index)] = []
    var start = text.startIndex
    var index = start
    while index < text.endIndex {
      let character = text[index]
      let after = text.index(after: index)
      if character == "\n" || character == "\r" || character == "\r\n" {
        lines.append((text[start..<index], after))
        start = after
      }
      index = after
    }
    if start < text.endIndex || lines.isEmpty { lines.append((text[start...], text.endIndex)) }
    func trimmed(_ line: Substring) -> Substring {
      var line = line
      while line.last == " " || line.last == "\t" { line.removeLast() }
      return line
    }
    guard trimmed(lines[0].text) == "---" else { return "missing \(lines[0].text)" }
    for number in 1..<lines.count where ["---", "..."].contains(trimmed(lines[number].text)) {
      let yaml = text[lines[0].next..<lines[number].text.startIndex]
      return "found \(yaml)|\(text[lines[number].next...])|\(number + 2)"
    }
    return "unclosed"
  }

  static func described(_ split: FrontMatter.Split) -> String {
    switch split {
    case .missing(let line): return "missing \(line)"
    case .unclosed: return "unclosed"
    case .found(let parts):
      #expect(parts.yamlFirstLine == 2)
      return "found \(parts.yaml)|\(parts.body)|\(parts.bodyFirstLine)"
    }
  }

  @Test func sameAsTheCharacterRules() {
    let lines = [
      "---", "--- ", "---\t", " ---", "...", "... \t", "----", "--", "-- -", "date: 2024-01-02",
      "é: ça", "", "  ", "# Summary", "text — more", "---é", "..", "🙂",
    ]
    let endings = ["\n", "\r\n", "\r"]
    var random = SeededRandom(seed: 11)
    var found = 0
    for _ in 0..<5000 {
      let count = Int.random(in: 0...6, using: &random)
      var text = ""
      for number in 0..<count {
        text +=
          number == 0 && Bool.random(using: &random) ? "---" : lines.randomElement(using: &random)!
        if number < count - 1 || Bool.random(using: &random) {
          text += endings.randomElement(using: &random)!
        }
      }
      let split = FrontMatter.split(text)
      if case .found = split { found += 1 }
      #expect(Self.described(split) == Self.expected(text), "\(text.debugDescription)")
    }
    #expect(found > 500)
  }
}
