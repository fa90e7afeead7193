import RapportTestSupport
import Testing

@testable import RapportNotebook

/// A commitment's words, split where the format says: at whitespace, keeping only words that begin
/// after whitespace.
@Suite struct CommitmentTokenTests {
  /// The rule read scalar by scalar, as the format states it.
  static func reference(_ text: Substring, after previous: Character?) -> [Substring] {
    var result: [Substring] = []
    let scalars = text.unicodeScalars
    var start: Substring.UnicodeScalarView.Index? = nil
    var startsClean = previous.map(\.isWhitespace) ?? true
    var index = scalars.startIndex
    while true {
      let isEnd = index == scalars.endIndex
      if isEnd || Hashtags.isWhitespace(scalars[index]) {
        if let begin = start, startsClean { result.append(text[begin..<index]) }
        start = nil
        startsClean = true
        if isEnd { break }
      } else if start == nil {
        start = index
      }
      index = scalars.index(after: index)
    }
    return result
  }

  @Test func wordsAfterWhitespaceOnly() {
    #expect(
      CommitmentReader.tokens("send @sam the deck due:2026-12-01", after: nil)
        == ["send", "@sam", "the", "deck", "due:2026-12-01"])
    #expect(CommitmentReader.tokens("mail@acme.com and\u{2003}@jo", after: "x") == ["and", "@jo"])
    #expect(CommitmentReader.tokens("  ", after: nil) == [])
  }

  @Test func agreesWithTheRuleOnRandomText() {
    var random = SeededRandom(seed: 5)
    let pieces = [
      "@sam", "due:", "2026-01-02", " ", "\t", "\n", "\r\n", "\u{0B}", "\u{00A0}", "\u{2003}",
      "é", "e\u{0301}", "—", "𝄞", "word", ".", "\u{3000}",
    ]
    for _ in 0..<5_000 {
      let text = "x" + (0..<random.int(0...10)).map { _ in random.pick(pieces) }.joined()
      let slice = text.dropFirst()
      let previous: Character? = random.chance(0.3) ? nil : random.pick(["a", " ", "\u{2003}"])
      let tokens = CommitmentReader.tokens(slice, after: previous)
      let expected = Self.reference(slice, after: previous)
      #expect(tokens == expected, "\(text.debugDescription)")
      #expect(tokens.map(\.startIndex) == expected.map(\.startIndex))
    }
  }
}

/// Owners and dates read on bytes agree with the rules read character by character.
@Suite struct CommitmentOwnerAndDateTests {
  static func referenceHandle(_ token: Substring) -> String {
    var handle = Substring(
      token.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    )
    while let last = handle.last, ".,;:)!?".contains(last) { handle = handle.dropLast() }
    return handle.lowercased()
  }

  static func referenceTrim(_ text: Substring) -> Substring {
    var result = text
    while let last = result.last, ".,;:)!?".contains(last) { result = result.dropLast() }
    return result
  }

  @Test func handlesAndPrefixesAgreeWithTheCharacterRules() {
    var random = SeededRandom(seed: 11)
    let pieces = [
      "@", "sam", "Jo", "-", "_", ".", ",", ";", ":", ")", "!", "?", "é", "e\u{0301}", "\u{0301}",
      "Ö", "7", "d", "D", "ue", "UE:", "due:", "Done:", "one:", "2026-01-02", "—", "👍🏽", "\u{200D}",
      "\r",
    ]
    for _ in 0..<20_000 {
      let text = "x" + (0..<random.int(1...6)).map { _ in random.pick(pieces) }.joined()
      let token = text.dropFirst()
      #expect(
        CommitmentReader.startsWithAt(token) == token.hasPrefix("@"), "\(text.debugDescription)")
      for prefix: StaticString in ["due:", "done:"] {
        let expected = token.prefix(5).lowercased().hasPrefix(prefix.description)
        #expect(
          CommitmentReader.startsWithIgnoringASCIICase(token, prefix) == expected,
          "\(prefix) \(text.debugDescription)")
      }
      if token.hasPrefix("@") {
        #expect(
          CommitmentReader.handle(token) == Self.referenceHandle(token), "\(text.debugDescription)")
      }
      #expect(
        token.trimmingTrailingPunctuation == Self.referenceTrim(token), "\(text.debugDescription)")
      #expect(token.trimmingTrailingPunctuation.endIndex == Self.referenceTrim(token).endIndex)
    }
  }
}
