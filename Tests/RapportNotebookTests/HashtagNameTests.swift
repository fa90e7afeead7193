import RapportTestSupport
import Testing

@testable import RapportNotebook

/// A tag's name is what was written after `#`, lower-cased.
@Suite struct HashtagNameTests {
  @Test func namesAreTheWrittenTagLowerCased() {
    var random = SeededRandom(seed: 13)
    let pieces = [
      " #", "(#", "#", "Pricing", "ROI", "a-b", "_", "/", "Ünïcode", "ǅ", "İ", "ß", " ", "(", "x",
      "9", "Z@",
      "[", "é",
    ]
    var found = 0
    for _ in 0..<5_000 {
      let text = (0..<random.int(1...10)).map { _ in random.pick(pieces) }.joined()
      for match in Hashtags.scan(text[...], after: nil) {
        let start = text.utf8.index(text.startIndex, offsetBy: match.bytes.lowerBound)
        let written = text[start..<text.utf8.index(start, offsetBy: match.bytes.count)]
        #expect(
          written.first == "#"
            && text.unicodeScalars.distance(from: text.startIndex, to: start) == match.offset)
        #expect(match.name == String(written.dropFirst()).lowercased(), "\(text)")
        found += 1
      }
    }
    #expect(found > 1_000)
    #expect(
      Hashtags.scan("see #Pricing-ROI/Q3 and #über", after: nil).map(\.name) == [
        "pricing-roi/q3", "über",
      ])
  }
}
