import RapportTestSupport
import Testing

@testable import RapportRendering

/// Level names shown as titles: first letter upper-cased, hyphens as spaces.
@Suite struct LevelTitleTests {
  static func reference(_ word: String) -> String {
    word.prefix(1).uppercased() + word.dropFirst().replacing("-", with: " ")
  }

  @Test func levelsReadAsTitles() {
    #expect(Formatting.title("executive") == "Executive")
    #expect(Formatting.title("front-line-staff") == "Front line staff")
    #expect(Formatting.title("-x") == "-x")
    #expect(Formatting.title("") == "")
    #expect(Formatting.title("ßig-deal") == "SSig deal")
    #expect(Formatting.title("élite") == "Élite")
  }

  @Test func agreesWithTheRuleOnRandomWords() {
    var random = SeededRandom(seed: 11)
    let pieces = ["a", "z", "A", "-", "1", " ", "é", "ß", "i", "ǆ", "\u{0301}", "_", "~"]
    for _ in 0..<10_000 {
      let word = (0..<random.int(0...6)).map { _ in random.pick(pieces) }.joined()
      #expect(Formatting.title(word) == Self.reference(word), "\(word.debugDescription)")
    }
  }
}
