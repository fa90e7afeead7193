import Testing

@testable import RapportAnalysis
@testable import RapportNotebook

/// Themes, win/loss assumptions and cohorts.
@Suite struct ThemesAndCohortsTests {
  @Test func themeFrequencySharesAndPairs() throws {
    var fixture = AnalysisFixture()
    fixture.profile(
      "contacts:\n  - { id: ann, name: Ann, level: executive }\n  - { id: bob, name: Bob, level: manager }\n  - { id: cy, name: Cy, level: staff }"
    )
    fixture.note(
      "2026-02-01", "ann", scores: "nps: 10",
      body: "Loves #automation and #reporting.\n\n> Exports saved us. #automation\n")
    fixture.note(
      "2026-02-02", "bob", scores: "nps: 3", body: "Angry about #support and #reporting.\n")
    fixture.note(
      "2026-02-03", "cy", scores: "nps: 4", body: "More #support trouble, #reports too.\n")
    fixture.files["rapport.yml"]! += "themes:\n  reporting: { aliases: [reports] }\n"
    let themes = try fixture.analyse().company.themes
    #expect(
      themes.themes.map { "\($0.theme) \($0.notes)" } == [
        "reporting 3", "support 2", "automation 1",
      ])
    #expect(themes.promoterNotes == 1 && themes.detractorNotes == 2)
    let reporting = themes.themes[0]
    #expect(reporting.promoterShare == 1 && reporting.detractorShare == 1)
    let support = themes.themes[1]
    #expect(support.promoterShare == 0 && support.detractorShare == 1 && support.lean == -1)
    #expect(themes.pairs.map { "\($0.first)+\($0.second) \($0.notes)" } == ["reporting+support 2"])
    #expect(themes.themes[2].quotes.map(\.markdown) == ["Exports saved us. #automation"])
  }

  @Test func companyThemesAndWinLossAreTheSumOfTheAccounts() throws {
    var fixture = AnalysisFixture()
    fixture.profile("acme", "assumed_reasons: [price]\ncontacts:\n  - { id: ann, name: Ann }")
    fixture.profile(
      "beta", "assumed_reasons: [price, support]\ncontacts:\n  - { id: bo, name: Bo }")
    fixture.note(
      "acme", "2026-05-01", "ann", scores: "nps: 10",
      body: "#support and #price.\n\n> Fast answers. #support\n")
    fixture.note("acme", "2026-05-02", "ann", scores: "nps: 2", body: "#support #price #speed\n")
    fixture.note(
      "beta", "2026-05-03", "bo", scores: "nps: 9", body: "#price #support\n\n> Fair deal.\n")
    fixture.note(
      "beta", "2026-05-04", "bo", extra: "type: win-loss\noutcome: lost\nreasons: [price]")
    fixture.note(
      "acme", "2026-05-05", "ann", extra: "type: win-loss\noutcome: won\nreasons: [speed]")
    let (company, notebook) = try fixture.analyse()
    let period = ReportPeriod(
      asOf: AnalysisFixture.asOf, windowDays: notebook.settings.thresholds.windowDays)
    // The same figures made in one pass over every account's interviews.
    let whole = ThemeAnalysis(
      notebook.accounts.flatMap { account in
        account.interviews.filter { $0.side == .external && period.contains($0.date) }.map {
          ($0, account.id, account.name, Set(["ann", "bo"]))
        }
      }, npsScale: "nps")
    func themes(_ analysis: ThemeAnalysis) -> [String] {
      analysis.themes.map {
        "\($0.theme) \($0.notes) \($0.promoterShare) \($0.detractorShare) "
          + $0.quotes.map { "\($0.file):\($0.line)" }.joined(separator: ",")
      } + analysis.pairs.map { "\($0.first)+\($0.second) \($0.notes)" }
        + ["\(analysis.promoterNotes) \(analysis.detractorNotes)"]
    }
    #expect(themes(company.themes) == themes(whole))
    #expect(
      company.themes.pairs.map { "\($0.first)+\($0.second) \($0.notes)" } == ["price+support 3"])
    let winLoss = WinLossAnalysis(
      notebook.accounts.map { account in
        (account, account.interviews.filter { $0.type == "win-loss" })
      })
    #expect(company.winLoss.notes.map(\.file) == winLoss.notes.map(\.file))
    #expect(
      company.winLoss.statedReasons.map { "\($0.reason) \($0.notes)" } == ["price 1", "speed 1"])
    #expect(company.winLoss.assumptions == winLoss.assumptions)
    #expect(company.winLoss.outcomes == winLoss.outcomes)
  }

  @Test func assumedReasonsAgainstWhatBuyersSaid() throws {
    var fixture = AnalysisFixture()
    fixture.profile(
      "lost-co",
      "status: lost\nassumed_reasons: [price]\ncontacts:\n  - { id: ann, name: Ann, level: executive }"
    )
    fixture.profile(
      "gone-co",
      "status: lost\nassumed_reasons: [pricing, support]\ncontacts:\n  - { id: bo, name: Bo, level: executive }"
    )
    fixture.files["rapport.yml"]! += "themes:\n  price: { aliases: [pricing] }\n"
    fixture.note(
      "lost-co", "2026-03-01", "ann",
      extra: "type: win-loss\noutcome: lost\nreasons: [product-fit, support]")
    fixture.note(
      "lost-co", "2026-03-02", "ann",
      extra: "type: win-loss\noutcome: no-decision\nreasons: [support]")
    fixture.note(
      "gone-co", "2026-03-03", "bo", extra: "type: win-loss\noutcome: lost\nreasons: [pricing]")
    // An account that assumes a reason before any buyer was asked: counted, as untested.
    fixture.profile(
      "quiet-co",
      "status: lost\nassumed_reasons: [price]\ncontacts:\n  - { id: cy, name: Cy, level: executive }"
    )
    fixture.note("quiet-co", "2026-03-04", "cy")
    let winLoss = try fixture.analyse().company.winLoss
    let price = try #require(winLoss.assumptions.first { $0.reason == "price" })
    #expect(
      (price.accounts, price.notes, price.statedIn, price.neverStated, price.untested)
        == (3, 3, 1, 1, 1))
    let support = try #require(winLoss.assumptions.first { $0.reason == "support" })
    #expect((support.accounts, support.statedIn, support.neverStated) == (1, 0, 1))
    #expect(winLoss.statedReasons.map(\.reason) == ["support", "price", "product-fit"])
    #expect(winLoss.outcomes[.lost] == 2 && winLoss.outcomes[.noDecision] == 1)
  }

  @Test func aReasonListedUnderTwoAliasesCountsOnce() throws {
    var fixture = AnalysisFixture()
    fixture.profile(
      "acme",
      "assumed_reasons: [price, pricing, price]\ncontacts:\n  - { id: ann, name: Ann, level: executive }"
    )
    fixture.files["rapport.yml"]! += "themes:\n  price: { aliases: [pricing] }\n"
    fixture.note(
      "acme", "2026-03-01", "ann",
      extra: "type: win-loss\noutcome: lost\nreasons: [price, pricing]")
    let winLoss = try fixture.analyse().company.winLoss
    #expect(winLoss.assumptions.map(\.reason) == ["price"])
    let price = try #require(winLoss.assumptions.first)
    #expect((price.accounts, price.notes, price.statedIn, price.neverStated) == (1, 1, 1, 0))
    #expect(winLoss.statedReasons.map(\.notes) == [1])
  }

  @Test func cohortsWithholdSmallGroups() throws {
    var fixture = AnalysisFixture()
    fixture.profile(
      "big",
      "since: 2020-01-01\nsegment: enterprise\nvalue: high\ncontacts:\n  - { id: a, name: A, level: executive }\n  - { id: b, name: B, level: manager }\n  - { id: c, name: C, level: staff }"
    )
    fixture.profile(
      "new", "since: 2026-01-01\nsegment: smb\ncontacts:\n  - { id: d, name: D, level: executive }")
    for (id, score) in [("a", 10), ("b", 9), ("c", 2)] {
      fixture.note("big", "2026-02-01", id, scores: "nps: \(score)")
    }
    fixture.note("new", "2026-02-01", "d", scores: "nps: 10")
    let cohorts = try fixture.analyse().company.cohorts
    let tenure = try #require(cohorts.first { $0.title == "Tenure" })
    #expect(
      tenure.rows.map { "\($0.label) \($0.nps.respondents) \($0.isReportable)" } == [
        "new 1 false", "loyal 3 true",
      ])
    #expect(tenure.rows[1].nps.score == 33.3)
    let value = try #require(cohorts.first { $0.title == "Value" })
    #expect(value.rows.map(\.label) == ["high", "unknown"])
    let level = try #require(cohorts.first { $0.title == "Level" })
    #expect(
      level.rows.map { "\($0.label) \($0.nps.respondents)" } == [
        "executive 2", "manager 1", "staff 1",
      ])
  }

  @Test func tenureBoundaries() {
    let asOf = Day("2026-06-30")!
    #expect(Tenure(since: Day("2025-07-01")!, asOf: asOf) == .new)
    #expect(Tenure(since: Day("2025-06-30")!, asOf: asOf) == .established)
    #expect(Tenure(since: Day("2023-07-01")!, asOf: asOf) == .established)
    #expect(Tenure(since: Day("2023-06-30")!, asOf: asOf) == .loyal)
    #expect(Tenure(since: nil, asOf: asOf) == .unknown)
  }

  @Test func windowBoundaries() {
    let period = ReportPeriod(asOf: Day("2026-06-30")!, windowDays: 365)
    #expect(period.contains(Day("2026-06-30")!))
    #expect(!period.contains(Day("2026-07-01")!))
    #expect(period.contains(Day("2025-07-01")!))
    #expect(!period.contains(Day("2025-06-30")!))
    #expect(period.windowStart == Day("2025-07-01")!)
  }
}
