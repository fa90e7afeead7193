import RapportTestSupport
import Testing

@testable import RapportAnalysis
@testable import RapportNotebook

/// The commitments ledger and the close-the-loop clock.
@Suite struct CommitmentAnalysisTests {
  func analysed(_ body: String, date: String = "2026-06-01") throws -> AccountReport {
    var fixture = AnalysisFixture()
    fixture.profile("contacts:\n  - { id: ann, name: Ann, level: executive }")
    fixture.note(date, "ann", body: "Ann spoke about the rollout.\n\n" + body)
    return try fixture.analyse().company.accounts[0]
  }

  @Test func statusesOnTheAsOfDate() throws {
    let account = try analysed(
      """
      - [ ] Due before as-of @sam due:2026-06-29
      - [ ] Due on the as-of date @sam due:2026-06-30
      - [ ] Due later @sam due:2026-07-15
      - [x] Done on time @sam due:2026-06-10 done:2026-06-10
      - [x] Done late @sam due:2026-06-10 done:2026-06-12
      - [x] Done, day unknown @sam due:2026-06-10

      """)
    #expect(account.ledger.map(\.status) == [.overdue, .open, .open, .doneLate, .done, .done])
    #expect(
      account.ledger.map(\.text) == [
        "Due before as-of", "Due on the as-of date", "Due later", "Done late", "Done on time",
        "Done, day unknown",
      ])
    #expect(account.ledger[0].daysOverdue == 1)
    #expect(
      (
        account.ledgerCounts.open, account.ledgerCounts.overdue, account.ledgerCounts.done,
        account.ledgerCounts.doneLate
      ) == (2, 1, 2, 1))
    #expect(account.ledgerCounts.notDone == 3)
  }

  @Test func doneAfterTheAsOfDateIsNotDoneYet() throws {
    // As of 2026-06-30 (the fixture's date), a completion dated in July has not happened.
    let account = try analysed(
      """
      - [x] Done in July, was due in June @sam due:2026-06-20 done:2026-07-03
      - [x] Done in July, due in July @sam due:2026-07-10 done:2026-07-03

      """)
    #expect(account.ledger.map(\.status) == [.overdue, .open])
    #expect(account.ledger.map(\.done) == [nil, nil])
    #expect(account.ledgerCounts.notDone == 2)
    let loop = try analysed(
      "- [x] Tell back @sam due:2026-06-10 done:2026-07-02 #tell-back\n", date: "2026-06-01"
    ).loop.first
    #expect(loop?.status == .overdue)
    #expect(loop?.days == nil)
  }

  @Test func closeTheLoopClock() throws {
    // Interview 2026-06-01, tell_back_days 14: the clock's deadline is 2026-06-15; a due date
    // before that moves the deadline earlier, one after it does not move it later.
    func status(
      _ body: String, date: String = "2026-06-01", asOf: String = "2026-06-30"
    ) throws -> LoopStatus? {
      var fixture = AnalysisFixture()
      fixture.profile("contacts:\n  - { id: ann, name: Ann, level: executive }")
      fixture.note(date, "ann", body: "Ann spoke about the rollout.\n\n" + body)
      return try fixture.analyse(asOf: Day(asOf)!).company.accounts[0].loop.first?.status
    }
    #expect(
      try status("- [x] Tell back @sam due:2026-06-20 done:2026-06-15 #tell-back\n") == .onTime)
    #expect(try status("- [x] Tell back @sam due:2026-06-20 done:2026-06-16 #tell-back\n") == .late)
    #expect(
      try status("- [x] Tell back @sam due:2026-06-10 done:2026-06-10 #tell-back\n") == .onTime)
    #expect(try status("- [x] Tell back @sam due:2026-06-10 done:2026-06-11 #tell-back\n") == .late)
    #expect(try status("- [x] Tell back @sam due:2026-06-10 #tell-back\n") == .doneUndated)
    // Done before the interview: a mistyped date, so told, on a day not known (not -5 days).
    let before = try analysed("- [x] Tell back @sam due:2026-06-10 done:2026-05-27 #tell-back\n")
    #expect(before.loop.first?.status == .doneUndated)
    #expect(before.loop.first?.days == nil)
    let open = "- [ ] Tell back @sam due:2026-06-10 #tell-back\n"
    #expect(try status(open, asOf: "2026-06-10") == .pending)
    #expect(try status(open, asOf: "2026-06-11") == .overdue)
    let undated = "- [ ] Tell back @sam #tell-back\n"
    #expect(try status(undated, asOf: "2026-06-15") == .pending)
    #expect(try status(undated, asOf: "2026-06-16") == .overdue)
    // No tell-back at all is flagged at once, not left "pending".
    #expect(try status("No commitments.\n", asOf: "2026-06-02") == .notPlanned)
    #expect(
      try analysed("- [x] Tell back @sam due:2026-06-10 done:2026-06-04 #tell-back\n").loop.first?
        .days == 3)
  }

  @Test func aTellBackHasOneStatusInEveryTable() throws {
    // Due 2026-06-25, so only the 14-day clock (2026-06-15) makes it overdue on 2026-06-20.
    var fixture = AnalysisFixture()
    fixture.profile("contacts:\n  - { id: ann, name: Ann, level: executive }")
    fixture.note(
      "2026-06-01", "ann",
      body: "Ann asked for the export.\n\n- [ ] Tell back @sam due:2026-06-25 #tell-back\n")
    let report = try fixture.analyse(asOf: Day("2026-06-20")!).company
    let account = report.accounts[0]
    #expect(account.loop.first?.status == .overdue)
    #expect(account.ledger.first?.status == .overdue)
    #expect(account.ledger.first?.daysOverdue == 5)
    #expect(report.overdueByOwner.first?.entries.count == 1)
  }

  @Test func tellBackTagSettingIsReadLikeATag() throws {
    var fixture = AnalysisFixture()
    fixture.files["rapport.yml", default: ""] += "tell_back_tag: '#Told-Back'\n"
    fixture.profile("contacts:\n  - { id: ann, name: Ann, level: executive }")
    fixture.note(
      "2026-06-01", "ann", body: "- [x] Told Ann @sam due:2026-06-05 done:2026-06-04 #told-back\n")
    let account = try fixture.analyse().company.accounts[0]
    #expect(account.loop.first?.status == .onTime)
    #expect(account.ledger.first?.isTellBack == true)
    let invalid = try TemporaryNotebook(["rapport.yml": "tell_back_tag: told back\n"]).load()
    #expect(invalid.diagnostics.map(\.rule).contains("settings.invalid"))
  }

  @Test func summaryMedian() {
    func entry(_ days: Int?) -> LoopEntry {
      var interview = LoopEntryFixture.interview
      interview.commitments =
        days.map {
          [
            Commitment(
              text: "x", isChecked: true, owner: nil, due: nil,
              done: Located(interview.date.adding(days: $0), at: .init(line: 1, column: 1)),
              tags: ["tell-back"], position: .init(line: 1, column: 1))
          ]
        } ?? []
      return LoopEntry(
        interview, asOf: interview.date.adding(days: 100), limit: 14, tag: "tell-back")
    }
    let summary = LoopSummary([entry(3), entry(10), entry(20), entry(nil)])
    #expect(summary.medianDays == 10)
    #expect(
      summary.count(.onTime) == 2 && summary.count(.late) == 1 && summary.count(.notPlanned) == 1)
    #expect(LoopSummary([entry(3), entry(10)]).medianDays == 6.5)
  }
}

/// A bare interview for unit tests of the loop clock.
enum LoopEntryFixture {
  static let interview = Interview(
    file: "a/x.md", date: Day("2026-01-01")!, interviewer: "Sam", type: "relationship",
    channel: nil, contactID: "ann",
    contactName: "Ann", contactInRoster: true, attendees: [], side: .external, scores: [],
    themes: [], outcome: nil,
    reasons: [], confidential: false, quotes: [], commitments: [], summary: nil)
}
