import RapportTestSupport
import Testing

@testable import RapportAnalysis
@testable import RapportNotebook

/// People a confidential note names off the roster are listed by their number, (2) before (10).
@Suite struct PlaceholderOrderTests {
  @Test func numberedPlaceholdersAreListedInNumberOrder() throws {
    var fixture = AnalysisFixture()
    fixture.profile("contacts:\n  - { id: ann, name: Ann, level: executive }")
    for day in 1...12 {
      fixture.note(
        "2026-05-\(day < 10 ? "0" : "")\(day)", "Visitor \(day)", scores: "nps: 7",
        extra: "confidential: true")
    }
    let account = try fixture.analyse().company.accounts[0]
    let names = account.contacts.filter { !$0.inRoster }.map(\.name)
    #expect(names.count == 12)
    #expect(names == (1...12).map { "someone not on the roster (\($0))" })
    #expect(Withheld.number(inPlaceholder: "someone not on the roster (10)") == 10)
    #expect(Withheld.number(inPlaceholder: "someone not on the roster") == nil)
    #expect(Withheld.number(inPlaceholder: "Visitor (10)") == nil)
  }
}
