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
      "@sam", "due:", "Done:", "d", "2026-01-02", " ", "\t", "\n", "\r\n", "\u{0B}", "\u{00A0}",
      "\u{2003}",
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

/// The checkbox and the display text of a commitment, read on bytes, agree with the character
/// rules on random items.
@Suite struct CommitmentTextTests {
  static func referenceCheckbox(_ display: String) -> Character? {
    guard display.hasPrefix("["), display.count >= 3 else { return nil }
    let characters = Array(display.prefix(4))
    guard characters[2] == "]", characters.count == 3 || characters[3] == " " else { return nil }
    return characters[1]
  }

  static func referenceDisplay(_ text: String, without tokens: [Substring]) -> String {
    var words = CommitmentReader.tokens(text.dropFirst(3), after: " ")
    for token in tokens {
      if let index = words.firstIndex(where: { Array($0.utf8) == Array(token.utf8) }) {
        words.remove(at: index)
      }
    }
    return words.joined(separator: " ")
  }

  @Test func agreesWithTheCharacterRules() {
    var random = SeededRandom(seed: 23)
    let pieces = [
      "[", "]", " ", "x", "X", "?", "\r", "\n", "\r\n", "\u{0301}", "é", "@sam", "due:2026-01-02",
      "done:2026-02-03", "send", "the deck", "\u{2003}", "\t", "—", "👍🏽",
    ]
    var boxes = 0
    for _ in 0..<20_000 {
      let box = random.chance(0.5) ? "[" + random.pick([" ", "x", "X", "?", "é", "\r"]) + "]" : ""
      let text = box + (0..<random.int(0...8)).map { _ in random.pick(pieces) }.joined()
      let expected = Self.referenceCheckbox(text)
      #expect(BodyExtractor.checkbox(text) == expected, "\(text.debugDescription)")
      if expected != nil { boxes += 1 }
      let words = CommitmentReader.tokens(text.dropFirst(3), after: " ")
      let consumed = words.filter { _ in random.chance(0.3) } + (random.chance(0.2) ? ["zz"] : [])
      #expect(
        CommitmentReader.displayText(text, without: consumed)
          == Self.referenceDisplay(text, without: consumed), "\(text.debugDescription)")
    }
    #expect(boxes > 100)
  }
}

/// A promise whose date is written without `due:` is told how to mark it.
@Suite struct DueWithoutColonTests {
  func messages(_ item: String, confidential: Bool = false) throws -> [String] {
    try TemporaryNotebook([
      "acme/account.md":
        "---\nname: Acme\ncontacts:\n  - { id: ann, name: Ann Lee }\nteam:\n  - { handle: sam, name: Sam Lee }\n---\n",
      "acme/2026-01-05-ann.md":
        "---\ndate: 2026-01-05\ninterviewer: Sam Lee\ncontact: ann\nconfidential: \(confidential)\n---\n"
        + "Ann talked.\n\n" + item,
    ]).check().filter { $0.rule == "commitment.due.missing" }.map(\.message)
  }

  @Test func aDateWrittenWithoutDueIsPointedAt() throws {
    #expect(
      try messages("- [ ] Send the plan @sam due 2026-12-01\n") == [
        "commitment has no due date: 2026-12-01 is not read as one; write due:2026-12-01"
      ])
    #expect(
      try messages("- [ ] Send the plan @sam\n") == [
        "commitment has no due date; add due:YYYY-MM-DD"
      ])
    // A confidential note's date is its own words: the message says only what the rule is.
    let withheld = try messages("- [ ] Offer a discount @sam by 2026-08-13\n", confidential: true)
    #expect(withheld.count == 1 && !withheld[0].contains("2026-08-13"), "\(withheld)")
  }
}
