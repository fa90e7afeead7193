import RapportTestSupport
import Testing

@testable import RapportNotebook

/// Trimming on bytes takes off what trimming character by character does, on random text.
@Suite struct TrimmingTests {
  static func expected(_ text: String, _ set: String) -> String {
    var scalars = Substring(text).unicodeScalars[...]
    while let first = scalars.first, set.unicodeScalars.contains(first) { scalars.removeFirst() }
    while let last = scalars.last, set.unicodeScalars.contains(last) { scalars.removeLast() }
    return String(scalars)
  }

  @Test func sameAsOnScalars() {
    let pieces = [" ", "\t", "a", "é", "—", "🙂", "\"", "'", "x y", "\u{301}", ",", ""]
    let sets = [" \t", "\"'", " ", ",; "]
    var random = SeededRandom(seed: 5)
    for _ in 0..<5000 {
      let text = (0..<Int.random(in: 0...6, using: &random)).map { _ in
        pieces.randomElement(using: &random)!
      }.joined()
      let set = sets.randomElement(using: &random)!
      let trimmed = text.trimming(set)
      #expect(trimmed == Self.expected(text, set), "\(text.debugDescription) \(set)")
      #expect(Substring(text).trimming(set) == trimmed)
    }
  }
}
