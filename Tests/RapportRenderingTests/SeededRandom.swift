/// A small deterministic random number generator (SplitMix64), so failures can be replayed.
struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// True with probability `chance` (0 to 1).
  mutating func chance(_ chance: Double) -> Bool { Double.random(in: 0..<1, using: &self) < chance }

  mutating func pick<T>(_ choices: [T]) -> T { choices.randomElement(using: &self)! }

  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

  /// Text made of pieces that exercise escaping: markup, line breaks, non-ASCII.
  mutating func text(pieces count: ClosedRange<Int> = 1...6) -> String {
    var text = ""
    for _ in 0..<int(count) { text += pick(Self.pieces) }
    return text
  }

  static let pieces = [
    "a", "Acme", "x y", " ", "  ", "\t", "\n", "\r\n", "\r", "<b>", "&", "&amp;", "\"", "'", ">",
    "#", "# h", "*", "_", "`", "[x]", "|", "~", "\\", "-", "1.", "é", "日本", "👩‍💻", "e\u{301}",
    "—", "{", "}", "{{x}}", "%", "=", "\u{2028}", "\u{85}",
  ]
}
