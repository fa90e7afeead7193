import RapportTestSupport
import Testing

@testable import RapportNotebook

/// Strings met before are found whether few or many were met, as a set finds them.
@Suite struct SeenStringsTests {
  @Test func agreesWithASetAcrossTheSwitchFromListToSet() {
    var random = SeededRandom(seed: 23)
    for _ in 0..<300 {
      let distinct = random.int(1...40)
      let values = (0..<random.int(0...80)).map { _ in "theme-\(random.int(1...distinct))" }
      var seen = SeenStrings()
      var reference = Set<String>()
      for value in values { #expect(seen.insert(value) == reference.insert(value).inserted) }
      let firstSeen = values.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
      #expect(unique(values) == firstSeen)
    }
  }
}
