import Foundation
import RapportTestSupport
import Testing

@testable import RapportSystem

/// Slugs of names: ASCII read as is gives what the decomposed text gives.
@Suite struct SlugTests {
  @Test func examples() {
    #expect(Slug.make(from: "Jane O'Doe-Smith") == "jane-odoe-smith")
    #expect(Slug.make(from: "Jean-Luc Picard") == "jean-luc-picard")
    #expect(Slug.make(from: "Zoë Ñúñez") == "zoe-nunez")
    #expect(Slug.make(from: "Mary-Ann O’Neil") == "mary-ann-oneil")
    #expect(Slug.make(from: "  --  ") == "")
  }

  @Test func asciiReadAsIsAgreesWithTheDecomposedText() {
    var random = SeededRandom(seed: 17)
    let pieces = ["a", "Z", "9", " ", "-", "'", "_", ".", "O'", "Mc", "\t", "x1"]
    for _ in 0..<2_000 {
      let text = (0..<random.int(0...8)).map { _ in random.pick(pieces) }.joined()
      #expect(
        Slug.make(from: text)
          == Slug.make(scalars: text.decomposedStringWithCanonicalMapping.unicodeScalars),
        "\(text.debugDescription)")
    }
  }
}
