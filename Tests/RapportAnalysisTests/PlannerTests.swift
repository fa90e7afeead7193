import RapportNotebook
import Testing

@testable import RapportAnalysis

/// Each planner rule: a case that puts someone on the list, and the nearest one that does not.
@Suite struct PlannerTests {
  typealias M = MemoryNotebook

  func plan(_ notebook: MemoryNotebook) -> [String] {
    notebook.analyse().nextConversations.map {
      "\($0.priority) \($0.reason.rawValue) \($0.contactID ?? "-") \($0.level ?? "-")"
    }
  }

  /// A loyal customer heard at every level recently.
  func healthy() -> MemoryNotebook {
    var notebook = MemoryNotebook()
    notebook.account(
      "acme", since: "2020-01-01", [M.person("eve", level: "executive"), M.person("max")])
    notebook.interview("acme", "2026-06-01", "eve", nps: 9)
    notebook.interview("acme", "2026-06-02", "max", nps: 9)
    return notebook
  }

  @Test func nobodyToCallAtAHealthyAccount() { #expect(plan(healthy()) == []) }

  @Test func executiveNeverHeard() {
    var notebook = healthy()
    notebook.account(
      "acme", since: "2020-01-01",
      [M.person("eve", level: "executive"), M.person("ann", level: "executive"), M.person("max")])
    notebook.interview("acme", "2026-06-01", "eve", nps: 9)
    notebook.interview("acme", "2026-06-02", "max", nps: 9)
    #expect(plan(notebook) == ["1 executive-never-heard ann executive"])
    #expect(plan(healthy()).isEmpty)
  }

  @Test func invitedNotInterviewed() {
    var notebook = healthy()
    notebook.account(
      "acme", since: "2020-01-01",
      [
        M.person("eve", level: "executive"), M.person("max"),
        M.person("ivy", invited: "2026-05-01"),
      ])
    notebook.interview("acme", "2026-06-01", "eve", nps: 9)
    notebook.interview("acme", "2026-06-02", "max", nps: 9)
    #expect(plan(notebook) == ["1 invited-not-interviewed ivy manager"])
    notebook.interview("acme", "2026-06-03", "ivy", nps: 9)
    #expect(plan(notebook).isEmpty)
  }

  @Test func silentPassive() {
    var notebook = healthy()
    notebook.account(
      "acme", since: "2020-01-01",
      [M.person("eve", level: "executive"), M.person("max"), M.person("pat")])
    notebook.interview("acme", "2026-06-01", "eve", nps: 9)
    notebook.interview("acme", "2026-06-02", "max", nps: 9)
    notebook.interview("acme", "2025-10-01", "pat", nps: 8)
    #expect(plan(notebook) == ["1 silent-passive pat manager"])
    notebook.interview("acme", "2026-06-03", "pat", nps: 8)
    #expect(plan(notebook).isEmpty)
  }

  @Test func detractorFollowUp() {
    var notebook = healthy()
    notebook.interview(
      "acme", "2026-06-10", "max", nps: 4,
      commitments: [M.promise("Fix exports", due: "2026-06-20")])
    #expect(plan(notebook) == ["1 detractor-follow-up max manager"])
    // A promise not yet due is no reason to go back: there is nothing to show yet.
    var early = healthy()
    early.interview(
      "acme", "2026-06-10", "max", nps: 4,
      commitments: [M.promise("Fix exports", due: "2026-07-15")])
    #expect(plan(early).isEmpty)
    // A loyal account's question ("what keeps you coming back?") is not put to them: they are
    // asked about what was done, in the words `questions.follow_up` gives.
    let asked = notebook.analyse().nextConversations.first
    #expect(asked?.cohort == .loyal)
    #expect(asked?.question == QuestionBank.followUpDefault)
    var worded = notebook
    worded.settings.questions["follow_up"] = "Did we keep our word?"
    #expect(worded.analyse().nextConversations.first?.question == "Did we keep our word?")
    // A promise kept is what the conversation shows: they stay listed until they are
    // interviewed again.
    var kept = healthy()
    kept.interview(
      "acme", "2026-06-10", "max", nps: 4,
      commitments: [M.promise("Fix exports", due: "2026-06-15", done: "2026-06-14")])
    #expect(plan(kept) == ["1 detractor-follow-up max manager"])
    #expect(kept.analyse().nextConversations.first?.daysOverdue == nil)
    kept.interview("acme", "2026-06-20", "max", nps: 5, commitments: [])
    #expect(plan(kept).isEmpty)
    // Interviewed again before the promise was done: they have not seen it yet.
    var between = healthy()
    between.interview(
      "acme", "2026-06-05", "max", nps: 4,
      commitments: [M.promise("Fix exports", due: "2026-06-28", done: "2026-06-25")])
    between.interview("acme", "2026-06-15", "max", nps: 5, commitments: [])
    #expect(plan(between) == ["1 detractor-follow-up max manager"])
    // Done before the window: an old promise is no reason to go back now.
    var old = healthy()
    old.interview(
      "acme", "2025-03-10", "max", nps: 4,
      commitments: [M.promise("Fix exports", due: "2025-04-15", done: "2025-04-14")])
    #expect(plan(old).isEmpty)
  }

  @Test func aDetractorWaitingOnlyForTheTellBackIsToldWhatWeLearned() {
    var notebook = healthy()
    notebook.interview(
      "acme", "2026-06-10", "max", nps: 4,
      commitments: [
        M.promise("Tell back", due: "2026-06-20", tags: [notebook.settings.tellBackTag])
      ])
    #expect(plan(notebook) == ["1 detractor-tell-back max manager"])
    let entry = notebook.analyse().nextConversations.first
    #expect(entry?.question == QuestionBank.tellBackDefault)
    #expect(entry?.daysOverdue == 10)
    // With another promise late too, it is a follow-up: there is more to show than what we heard.
    var both = healthy()
    both.interview(
      "acme", "2026-06-10", "max", nps: 4,
      commitments: [
        M.promise("Tell back", due: "2026-06-20", tags: [both.settings.tellBackTag]),
        M.promise("Fix exports", due: "2026-06-25"),
      ])
    #expect(plan(both) == ["1 detractor-follow-up max manager"])
    // A promise done and the tell-back late: the days are not the promise's, which is not late.
    var done = healthy()
    done.interview(
      "acme", "2026-06-10", "max", nps: 4,
      commitments: [
        M.promise("Tell back", due: "2026-06-20", tags: [done.settings.tellBackTag]),
        M.promise("Fix exports", due: "2026-06-25", done: "2026-06-24"),
      ])
    #expect(plan(done) == ["1 detractor-follow-up max manager"])
    #expect(done.analyse().nextConversations.first?.daysOverdue == nil)
  }

  @Test func aSilentPartnerHasSomeoneToCall() {
    var notebook = MemoryNotebook()
    notebook.account(
      "ally", relationship: .partner, [M.person("eve", level: "executive"), M.person("max")])
    notebook.interview("ally", "2025-06-01", "eve", nps: 9)
    notebook.interview("ally", "2025-06-02", "max", nps: 9)
    #expect(plan(notebook) == ["1 silent-account eve executive"])
    #expect(notebook.analyse().nextConversations.first?.daysSilent == 393)
    notebook.interview("ally", "2026-06-01", "eve", nps: 9)
    notebook.interview("ally", "2026-06-02", "max", nps: 9)
    #expect(plan(notebook).isEmpty)
  }

  @Test func theDetractorWhoHasWaitedLongestComesFirst() {
    var notebook = healthy()
    notebook.interview(
      "acme", "2026-06-10", "max", nps: 4,
      commitments: [
        M.promise("Fix exports", due: "2026-06-25"), M.promise("Call back", due: "2026-07-20"),
      ])
    notebook.account(
      "zeta", since: "2020-01-01", [M.person("eve", level: "executive"), M.person("max")])
    notebook.interview("zeta", "2026-06-01", "eve", nps: 9)
    notebook.interview(
      "zeta", "2026-05-02", "max", nps: 3,
      commitments: [
        M.promise("Send the plan", due: "2026-05-20"), M.promise("Visit", due: "2026-06-01"),
      ])
    let plan = notebook.analyse().nextConversations.filter { $0.reason == .detractorFollowUp }
    // Zeta's detractor has waited 41 days on the older of two promises; Acme's 5.
    #expect(plan.map(\.accountID) == ["zeta", "acme"])
    #expect(plan.map(\.daysOverdue) == [41, 5])
  }

  @Test func singleSourceAsksForTheNextLevelDown() {
    var notebook = MemoryNotebook()
    notebook.account(
      "acme", since: "2020-01-01",
      [M.person("eve", level: "executive"), M.person("zed"), M.person("amy")])
    notebook.interview("acme", "2026-06-01", "eve", nps: 9)
    // The roster contact at the highest level not heard, then by id.
    #expect(plan(notebook) == ["1 single-source amy manager"])
    var empty = MemoryNotebook()
    empty.account("solo", since: "2020-01-01", [M.person("eve", level: "executive")])
    empty.interview("solo", "2026-06-01", "eve", nps: 9)
    #expect(plan(empty) == ["1 single-source - manager"])
  }

  @Test func lostCustomerAndNewCustomer() {
    var lost = MemoryNotebook()
    lost.account(
      "gone", status: .lost, [M.person("max"), M.person("eve", level: "executive")])
    lost.interview("gone", "2025-03-01", "eve", nps: 3)
    lost.interview("gone", "2025-03-02", "max", nps: 3)
    let lostPlan = lost.analyse().nextConversations
    #expect(lostPlan.map(\.reason) == [.lostCustomer])
    #expect(lostPlan.first?.contactID == "eve")
    #expect(lostPlan.first?.question == QuestionBank.defaults[.lost])
    var recent = lost
    recent.interview("gone", "2026-06-01", "eve", nps: 3)
    #expect(!recent.analyse().nextConversations.map(\.reason).contains(.lostCustomer))

    var new = MemoryNotebook()
    new.account("fresh", since: "2026-03-01", [M.person("eve", level: "executive")])
    let newPlan = new.analyse().nextConversations
    #expect(newPlan.map(\.reason).contains(.newCustomer))
    #expect(newPlan.first?.question == QuestionBank.defaults[.new])
    var old = MemoryNotebook()
    old.account("old", since: "2020-03-01", [M.person("eve", level: "executive")])
    #expect(!old.analyse().nextConversations.map(\.reason).contains(.newCustomer))
  }

  @Test func actAccountsComeFirstAndEachPersonOnce() {
    var notebook = healthy()
    notebook.account(
      "beta", since: "2020-01-01",
      [
        M.person("bo", level: "executive"),
        M.person("bea", level: "executive", invited: "2026-05-01"),
      ])
    notebook.interview("beta", "2026-06-01", "bo", nps: 2)
    notebook.account(
      "acme", since: "2020-01-01",
      [
        M.person("eve", level: "executive"), M.person("max"),
        M.person("ivy", invited: "2026-05-01"),
      ])
    notebook.interview("acme", "2026-06-01", "eve", nps: 9)
    notebook.interview("acme", "2026-06-02", "max", nps: 9)
    let entries = notebook.analyse().nextConversations
    #expect(entries.first?.accountID == "beta")
    #expect(entries.filter { $0.contactID == "bea" }.count == 1)
    #expect(entries.map(\.priority) == Array(1...entries.count))
  }
}
