import RapportTestSupport

/// Random text for template tests.
extension SeededRandom {
  /// Text made of pieces that exercise escaping: markup, line breaks, non-ASCII.
  mutating func text(pieces count: ClosedRange<Int> = 1...6) -> String {
    var text = ""
    for _ in 0..<int(count) { text += pick(Self.pieces) }
    return text
  }

  static let pieces = [
    "a", "Acme", "x y", " ", "  ", "\t", "\n", "\r\n", "\r", "<b>", "&", "&amp;", "\"", "'", ">",
    "#", "# h", "*", "_", "`", "[x]", "|", "~", "\\", "-", "1.", "é", "日本", "👩‍💻", "e\u{301}",
    "—", "{", "}", "{{x}}", "%", "=", "\u{2028}", "\u{85}", "\u{1B}[2J", "\u{07}", "\u{9B}",
    "\u{7F}", "\u{0}",
  ]
}
