import Testing

@testable import RapportAnalysis
@testable import RapportNotebook

/// Coverage, single source, split opinion, converts, indifference, trend and response rate.
@Suite struct PeopleTests {
  func roster() -> AnalysisFixture {
    var fixture = AnalysisFixture()
    fixture.profile(
      """
      contacts:
        - { id: ann, name: Ann, level: executive, invited: 2026-01-01 }
        - { id: abe, name: Abe, level: executive, reports_to: ann }
        - { id: bob, name: Bob, level: manager, reports_to: ann, invited: 2026-01-01 }
        - { id: cy, name: Cy, level: staff, reports_to: bob, invited: 2026-05-01 }
        - { id: dee, name: Dee, level: staff, reports_to: bob }
        - { id: eve, name: Eve, level: staff, reports_to: bob, status: left }
      """)
    return fixture
  }

  @Test func coverageCountsRosterContactsHeardInTheWindowByLevel() throws {
    var fixture = roster()
    fixture.note("2026-02-01", "ann", scores: "nps: 10")
    fixture.note("2026-02-02", "bob", scores: "nps: 5")
    fixture.note("2026-02-03", "cy", scores: "nps: 6")  // invited later (2026-05-01): no response
    fixture.note("2024-02-03", "dee", scores: "nps: 8")
    let account = try fixture.analyse().company.accounts[0]
    #expect(
      account.coverage.map { "\($0.level) \($0.heard)/\($0.roster)" } == [
        "executive 1/2", "manager 1/1", "staff 1/2",
      ])
    #expect(!account.isSingleSource)
    #expect(account.notHeard.map(\.id) == ["abe", "dee"])
    #expect(account.response.invited == 3 && account.response.interviewed == 2)
  }

  @Test func oneContactOrOneLevelIsSingleSource() throws {
    var one = roster()
    one.note("2026-02-01", "ann", scores: "nps: 10")
    #expect(try one.analyse().company.accounts[0].isSingleSource)
    var sameLevel = roster()
    sameLevel.note("2026-02-01", "ann", scores: "nps: 10")
    sameLevel.note("2026-02-01", "abe", scores: "nps: 9")
    #expect(try sameLevel.analyse().company.accounts[0].isSingleSource)
    var silent = roster()
    silent.note("2024-02-01", "ann", scores: "nps: 10")
    #expect(try !silent.analyse().company.accounts[0].isSingleSource)
  }

  @Test func splitOpinionWhenExecutivesAndOthersDifferBySplitGap() throws {
    var fixture = roster()
    fixture.note("2026-02-01", "ann", scores: "nps: 10")
    fixture.note("2026-02-01", "abe", scores: "nps: 9")
    fixture.note("2026-02-01", "bob", scores: "nps: 5")
    fixture.note("2026-02-01", "cy", scores: "nps: 7")
    let split = try #require(try fixture.analyse().company.accounts[0].split)
    #expect(split.executiveMean == 9.5 && split.othersMean == 6 && split.gap == 3.5)
    var close = roster()
    close.note("2026-02-01", "ann", scores: "nps: 9")
    close.note("2026-02-01", "bob", scores: "nps: 7")
    #expect(try close.analyse().company.accounts[0].split == nil)
  }

  @Test func convertsAndTrends() throws {
    var fixture = roster()
    fixture.note("2025-08-01", "bob", scores: "nps: 4")
    fixture.note("2026-02-01", "bob", scores: "nps: 6")
    fixture.note("2026-05-01", "bob", scores: "nps: 9")
    fixture.note("2025-09-01", "ann", scores: "nps: 10")
    fixture.note("2026-04-01", "ann", scores: "nps: 3")
    fixture.note("2025-09-01", "cy", scores: "nps: 5")
    fixture.note("2026-04-01", "cy", scores: "nps: 8")
    let account = try fixture.analyse().company.accounts[0]
    #expect(
      account.converts.map { "\($0.contactName) \($0.isImprovement)" } == ["Ann false", "Bob true"])
    #expect(account.contacts.first { $0.id == "bob" }?.trend == 5)
    #expect(account.contacts.first { $0.id == "cy" }?.trend == 3)
    #expect(account.contacts.first { $0.id == "dee" }?.trend == nil)
  }

  @Test func indifferenceListsSilentPassivesNeverInterviewedAndSilentAccounts() throws {
    var fixture = roster()
    fixture.note("2025-10-01", "bob", scores: "nps: 7")  // 272 days before as-of: silent passive
    fixture.note("2025-11-01", "ann", scores: "nps: 9")  // promoter: not listed even though silent
    let account = try fixture.analyse().company.accounts[0]
    let listed = account.indifference.map { "\($0.reason.rawValue) \($0.contactName ?? "-")" }
    #expect(
      listed == [
        "silent-account -", "never-interviewed Abe", "silent-passive Bob", "never-interviewed Cy",
        "never-interviewed Dee",
      ])
    #expect(account.indifference[0].daysSilent == 241)
  }

  @Test func anAccountNeverInterviewedIsListedLostOrNot() throws {
    var fixture = AnalysisFixture()
    fixture.profile("acme", "status: active")
    fixture.profile("gone", "status: lost")
    let accounts = try fixture.analyse().company.accounts
    let listed = accounts.map {
      $0.indifference.map { "\($0.reason.rawValue) \($0.daysSilent ?? -1) \($0.accountLost)" }
    }
    #expect(listed == [["silent-account -1 false"], ["silent-account -1 true"]])
  }

  @Test func silenceStartsExactlySilenceDaysAgo() throws {
    // As of 2026-06-30 with silence_days 180: 2026-01-01 is exactly 180 days before.
    func silent(_ date: String) throws -> [String] {
      var fixture = roster()
      fixture.note(date, "bob", scores: "nps: 7")
      return try fixture.analyse().company.accounts[0].indifference.filter {
        $0.reason != .neverInterviewed
      }.map(\.reason.rawValue)
    }
    #expect(try silent("2026-01-01") == ["silent-account", "silent-passive"])
    #expect(try silent("2026-01-02") == [])
  }

  @Test func attendeesAreNotRespondentsButNotNeverHeardEither() throws {
    var fixture = roster()
    fixture.note("2026-02-01", "ann", scores: "nps: 9", extra: "attendees: [cy]")
    let account = try fixture.analyse().company.accounts[0]
    #expect(account.nps.respondents == 1)
    let cy = try #require(account.indifference.first { $0.contactName == "Cy" })
    #expect(cy.reason == .neverInterviewed)
    #expect(cy.lastPresent == Day("2026-02-01"))
  }

  @Test func everyInvitedContactCountsInTheResponseRateLeftOrNot() throws {
    var fixture = AnalysisFixture()
    fixture.profile(
      """
      contacts:
        - { id: ann, name: Ann, level: executive, invited: 2026-01-10 }
        - { id: bob, name: Bob, level: manager, invited: 2026-01-10, status: left }
      """)
    fixture.note("2026-02-01", "bob", scores: "nps: 8")
    let response = try fixture.analyse().company.response
    #expect(response.invited == 2)
    #expect(response.interviewed == 1)
  }

  @Test func orgChartFollowsReportsTo() throws {
    var fixture = roster()
    fixture.note("2026-02-01", "ann")
    let rows = try fixture.analyse().company.accounts[0].orgChart
    #expect(
      rows.map { "\($0.depth)\($0.contact.id)" } == ["0ann", "1abe", "1bob", "2cy", "2dee", "2eve"])
  }

  @Test func peopleNotOnTheRosterStillCount() throws {
    var fixture = roster()
    fixture.note("2026-02-01", "Zed Newcomer", scores: "nps: 10")
    let (company, notebook) = try fixture.analyse()
    #expect(notebook.diagnostics.map(\.rule) == ["note.contact.unknown"])
    #expect(company.nps.respondents == 1)
    #expect(company.accounts[0].contacts.last?.id == "zed-newcomer")
    #expect(company.accounts[0].contacts.last?.inRoster == false)
  }
}
