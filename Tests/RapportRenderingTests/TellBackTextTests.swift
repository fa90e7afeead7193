import RapportTestSupport
import Testing

@testable import RapportRendering

/// A tell-back commitment's text without its tag, as the ledgers show it.
@Suite struct TellBackTextTests {
  /// The rule: words split on spaces (empty ones dropped), those that lower-case to the tag
  /// removed, the rest joined by single spaces.
  static func reference(_ text: String, tag: String) -> String {
    text.split(separator: " ").filter { $0.lowercased() != tag }.joined(separator: " ")
  }

  @Test func removesTheTagInAnyCase() {
    let tag = "#tell-back"
    #expect(
      CommitmentValue.removing(tag: tag, from: "#tell-back Send the notes") == "Send the notes")
    #expect(
      CommitmentValue.removing(tag: tag, from: "Send  #Tell-Back the notes ") == "Send the notes")
    #expect(CommitmentValue.removing(tag: tag, from: "#tell-backs stay") == "#tell-backs stay")
    #expect(CommitmentValue.removing(tag: tag, from: "") == "")
    #expect(CommitmentValue.removing(tag: "#rückmeldung", from: "#RÜCKMELDUNG an Ana") == "an Ana")
  }

  @Test func agreesWithTheRuleOnRandomTexts() {
    var random = SeededRandom(seed: 23)
    let pieces = [
      "#tell-back", "#TELL-back", "#tell", "-back", " ", "  ", "a", "#", "É", "ß", "#rückmeldung",
      "#RÜCKMELDUNG", "\u{0130}", "x#tell-back", "\t",
    ]
    for tag in ["#tell-back", "#rückmeldung", "#i"] {
      for _ in 0..<4_000 {
        let text = (0..<random.int(0...8)).map { _ in random.pick(pieces) }.joined()
        #expect(
          CommitmentValue.removing(tag: tag, from: text) == Self.reference(text, tag: tag),
          "\(text.debugDescription)")
      }
    }
  }
}
