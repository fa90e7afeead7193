import Testing

@testable import RapportAnalysis
@testable import RapportNotebook

/// NPS and its parts, with hand-computed expectations.
@Suite struct NPSTests {
  @Test func categoriesAndScore() {
    let summary = NPSSummary(scores: [10, 9, 8, 6, 3])
    #expect((summary.promoters, summary.passives, summary.detractors) == (2, 1, 2))
    #expect(summary.score == 0)
    #expect(NPSSummary(scores: [9, 9, 7]).score == 66.7)  // 2/3 - 0 = 66.67 -> 66.7
    #expect(NPSSummary(scores: [0, 7, 7]).score == -33.3)
    #expect(NPSSummary(scores: [10]).score == 100)
    #expect(NPSSummary(scores: []).score == nil)
    #expect(NPSSummary(scores: [6, 7, 8, 9]).distribution == [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0])
  }

  @Test func eachContactCountsOnceWithTheLatestScoreInTheWindow() throws {
    var fixture = AnalysisFixture()
    fixture.profile(
      "contacts:\n  - { id: ann, name: Ann, level: executive }\n  - { id: bob, name: Bob, level: manager }\n  - { id: cy, name: Cy, level: staff }"
    )
    fixture.note("2026-01-10", "ann", scores: "nps: 4")
    fixture.note("2026-05-10", "ann", scores: "nps: 9")  // Ann's latest: promoter
    // Bob's latest is outside the 365-day window.
    fixture.note("2025-01-10", "bob", scores: "nps: 2")
    fixture.note("2026-02-01", "cy", scores: "nps: 7")
    fixture.note("2026-08-01", "cy", scores: "nps: 0")  // after the as-of date: ignored
    let (company, _) = try fixture.analyse()
    #expect(company.nps.respondents == 2)
    #expect((company.nps.promoters, company.nps.passives, company.nps.detractors) == (1, 1, 0))
    #expect(company.nps.score == 50)
    #expect(company.accounts[0].nps.score == 50)
    #expect(company.interviewsInWindow == 3)
  }

  @Test func noRespondentsGivesNoScore() throws {
    var fixture = AnalysisFixture()
    fixture.profile("contacts:\n  - { id: ann, name: Ann, level: executive }")
    fixture.note("2026-03-01", "ann")
    let (company, _) = try fixture.analyse()
    #expect(company.nps.respondents == 0)
    #expect(company.nps.score == nil)
  }

  @Test func internalSideInterviewsNeverCountAsCustomers() throws {
    var fixture = AnalysisFixture()
    fixture.profile(
      "relationship: partner\nteam:\n  - { handle: raf, name: Rafael }\ncontacts:\n  - { id: kim, name: Kim, level: manager }"
    )
    fixture.note("2026-03-01", "kim", scores: "nps: 5, health: 2", extra: "themes: [margin]")
    fixture.note(
      "2026-03-02", "raf", scores: "nps: 10, health: 5", extra: "side: internal\nthemes: [margin]")
    let (company, _) = try fixture.analyse()
    #expect(company.nps.respondents == 1)
    #expect(company.nps.score == -100)
    #expect(company.interviewsInWindow == 1)
    let gap = try #require(company.accounts[0].partnerGap)
    #expect(gap.scales.first { $0.label == "nps" }?.gap == 5)
    #expect(gap.scales.first { $0.label == "health" }?.gap == 3)
    #expect(gap.themes.map(\.label) == ["margin"])
    #expect(gap.themes.first?.external == 5 && gap.themes.first?.internal == 10)
  }
}
