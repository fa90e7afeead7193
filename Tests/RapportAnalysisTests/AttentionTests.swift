import RapportNotebook
import Testing

@testable import RapportAnalysis

/// Each attention rule: a case that raises it, and the nearest case that does not.
@Suite struct AttentionTests {
  typealias M = MemoryNotebook

  /// An active customer with an executive and two managers, all heard recently.
  func base() -> MemoryNotebook {
    var notebook = MemoryNotebook()
    notebook.account(
      "acme", since: "2020-01-01",
      [
        M.person("eve", level: "executive"), M.person("max", reportsTo: "eve"),
        M.person("mo", reportsTo: "eve"),
      ])
    notebook.interview("acme", "2026-06-01", "max", nps: 9)
    notebook.interview("acme", "2026-06-02", "mo", nps: 9)
    notebook.interview("acme", "2026-06-03", "eve", nps: 9)
    return notebook
  }

  func rules(_ notebook: MemoryNotebook) -> [String] {
    notebook.analyse().accounts[0].attention.reasons.map(\.rule.rawValue)
  }

  func level(_ notebook: MemoryNotebook) -> Attention.Level {
    notebook.analyse().accounts[0].attention.level
  }

  @Test func aHealthyAccountIsSteady() {
    #expect(rules(base()) == [])
    #expect(level(base()) == .steady)
  }

  @Test func executiveDetractor() {
    var raises = base()
    raises.interview("acme", "2026-06-10", "eve", nps: 6)
    #expect(rules(raises) == ["executive-detractor", "score-drop", "split-opinion"])
    #expect(level(raises) == .act)
    var quiet = base()
    quiet.interview("acme", "2026-06-10", "max", nps: 6)  // a manager: not the top level
    #expect(!rules(quiet).contains("executive-detractor"))
  }

  @Test func scoreDrop() {
    var raises = base()
    raises.interview("acme", "2026-06-10", "max", nps: 6)
    #expect(rules(raises).contains("score-drop"))
    var quiet = base()
    quiet.interview("acme", "2026-06-10", "max", nps: 7)  // two points: not a drop
    #expect(!rules(quiet).contains("score-drop"))
  }

  @Test func overdueToDetractor() {
    var raises = base()
    raises.interview(
      "acme", "2026-06-10", "mo", nps: 5, commitments: [M.promise("Fix it", due: "2026-06-20")])
    #expect(rules(raises).contains("overdue-to-detractor"))
    var quiet = base()
    quiet.interview(
      "acme", "2026-06-10", "mo", nps: 8, commitments: [M.promise("Fix it", due: "2026-06-20")])
    #expect(!rules(quiet).contains("overdue-to-detractor"))
  }

  @Test func silentAccount() {
    var raises = MemoryNotebook()
    raises.account("acme", [M.person("eve", level: "executive")])
    raises.interview("acme", "2026-01-01", "eve", nps: 9)  // exactly 180 days before 2026-06-30
    #expect(rules(raises).contains("silent-account"))
    var quiet = raises
    quiet.account("acme", relationship: .partner, [M.person("eve", level: "executive")])
    quiet.interview("acme", "2026-01-01", "eve", nps: 9)
    #expect(!rules(quiet).contains("silent-account"))
  }

  @Test func aLostAccountNobodyHasAskedIsWatched() {
    var lost = MemoryNotebook()
    lost.account("acme", status: .lost, [M.person("eve", level: "executive")])
    lost.interview("acme", "2025-01-10", "eve", nps: 9)
    #expect(rules(lost) == ["lost-unheard"])
    #expect(lost.analyse().accounts.first?.attention.level == .watch)
    #expect(lost.analyse().nextConversations.map(\.reason) == [.lostCustomer])
    var asked = lost
    asked.interview("acme", "2026-06-01", "eve", nps: 9)
    #expect(!rules(asked).contains("lost-unheard"))
    // Silence is `silence_days` (180), as the zone of mutual indifference counts it.
    var lately = MemoryNotebook()
    lately.account("acme", status: .lost, [M.person("eve", level: "executive")])
    lately.interview("acme", "2026-02-01", "eve", nps: 9)
    #expect(!rules(lately).contains("lost-unheard"), "silent 149 days")
    lately.interview("acme", "2025-12-01", "eve", nps: 9)
    #expect(!rules(lately).contains("lost-unheard"), "the latest interview counts")
    // A win/loss note that gave the buyer's reasons is the reason's evidence: why is known.
    var told = lost
    told.interview(
      "acme", "2025-01-12", "eve", type: "win-loss", outcome: .lost, reasons: ["price"])
    let reason = told.analyse().accounts[0].attention.reasons.first { $0.rule == .lostUnheard }
    #expect(reason?.file?.hasPrefix("acme/2025-01-12-eve") == true)
    #expect(lost.analyse().accounts[0].attention.reasons.first?.file == nil)
  }

  @Test func aLostAccountNeverInterviewedIsAskedWhyHoweverRecentlyItJoined() {
    var lost = MemoryNotebook()
    lost.account("acme", status: .lost, since: "2026-05-01", [M.person("eve", level: "executive")])
    #expect(rules(lost).contains("lost-unheard"))
    #expect(lost.analyse().nextConversations.map(\.reason) == [.lostCustomer])
  }

  @Test func aNewlyWonCustomerGoneQuietIsSilentToo() {
    var won = MemoryNotebook()
    won.account("acme", status: .won, since: "2025-06-01", [M.person("eve", level: "executive")])
    won.interview("acme", "2025-09-01", "eve", nps: 9)
    #expect(rules(won).contains("silent-account"))
  }

  @Test func aNewCustomerIsNotSilentBeforeSilenceDaysHavePassed() {
    var recent = MemoryNotebook()
    recent.account("acme", since: "2026-03-01", [M.person("eve", level: "executive")])
    #expect(!rules(recent).contains("silent-account"), "a customer for 121 days")
    var older = MemoryNotebook()
    older.account("acme", since: "2026-01-01", [M.person("eve", level: "executive")])
    #expect(rules(older).contains("silent-account"), "a customer for 180 days, never heard")
    var undated = MemoryNotebook()
    undated.account("acme", [M.person("eve", level: "executive")])
    #expect(rules(undated).contains("silent-account"), "no start date: never heard is silent")
  }

  @Test func singleSourceAndSplitOpinionAreWatch() {
    var single = MemoryNotebook()
    single.account("acme", [M.person("eve", level: "executive"), M.person("max")])
    single.interview("acme", "2026-06-01", "eve", nps: 9)
    #expect(rules(single) == ["single-source"])
    #expect(level(single) == .watch)
    var split = base()
    split.interview("acme", "2026-06-11", "max", nps: 5)
    split.interview("acme", "2026-06-12", "mo", nps: 5)
    #expect(rules(split).contains("split-opinion"))
    #expect(!rules(base()).contains("split-opinion"))
  }

  @Test func tellBackMissing() {
    var raises = base()
    raises.interview("acme", "2026-06-20", "max", nps: 9, commitments: [])
    #expect(rules(raises) == ["tell-back-missing"])
    #expect(!rules(base()).contains("tell-back-missing"))
    // Missing, it carries no days; told 20 days after the interview (the limit is 14), the days.
    let missing = raises.analyse().accounts[0].attention.reasons[0]
    #expect(missing.days == nil)
    var late = base()
    late.interview(
      "acme", "2026-06-05", "max", nps: 9,
      commitments: [M.promise("Tell back", done: "2026-06-25", tags: ["tell-back"])])
    let reason = late.analyse().accounts[0].attention.reasons.first {
      $0.rule == .tellBackMissing
    }
    #expect(reason?.days == 20)
  }

  @Test func silentPassiveAndExecutiveNeverHeard() {
    var raises = MemoryNotebook()
    raises.account(
      "acme", [M.person("eve", level: "executive"), M.person("max"), M.person("pat")])
    raises.interview("acme", "2025-10-01", "pat", nps: 7)
    raises.interview("acme", "2026-06-01", "max", nps: 9)
    let found = rules(raises)
    #expect(found.contains("silent-passive"))
    #expect(found.contains("executive-never-heard"))
    var quiet = raises
    quiet.interview("acme", "2026-06-05", "pat", nps: 7)
    quiet.interview("acme", "2026-06-06", "eve", nps: 9)
    #expect(!rules(quiet).contains("silent-passive"))
    #expect(!rules(quiet).contains("executive-never-heard"))
  }

  @Test func anExecutiveWhoOnlySatInIsNeverHeardWithTheDayTheyAttended() {
    var notebook = MemoryNotebook()
    notebook.account("acme", [M.person("eve", level: "executive"), M.person("max")])
    notebook.interview("acme", "2026-06-01", "max", nps: 9, attendees: ["eve"])
    let reason = notebook.analyse().accounts[0].attention.reasons.first {
      $0.rule == .executiveNeverHeard
    }
    #expect(reason?.contactID == "eve")
    #expect(reason?.date == Day("2026-06-01"), "the day they sat in, for the sentence")
  }

  @Test func npsDownAgainstThePreviousPeriod() {
    var raises = base()
    // A year earlier all three were promoters; now two are detractors: -100 → -33.3 is a fall.
    for (date, who) in [("2025-06-01", "eve"), ("2025-06-02", "max"), ("2025-06-03", "mo")] {
      raises.interview("acme", date, who, nps: 10)
    }
    raises.interview("acme", "2026-06-20", "max", nps: 8)
    raises.interview("acme", "2026-06-21", "mo", nps: 8)
    #expect(rules(raises).contains("nps-down"))
    var quiet = base()
    quiet.settings.thresholds.minGroupSize = 4  // too few people in either period to compare
    #expect(!rules(quiet).contains("nps-down"))
  }

  @Test func companyTableOrdersByAttentionThenReasonsThenName() {
    var notebook = base()
    notebook.account("beta", [M.person("bo", level: "executive")])
    notebook.interview("beta", "2026-06-01", "bo", nps: 3)
    notebook.account("calm", [M.person("cy", level: "executive")])
    notebook.interview("calm", "2026-06-01", "cy", nps: 9)
    notebook.account("dull", [M.person("di", level: "executive"), M.person("do")])
    notebook.interview("dull", "2026-06-01", "di", nps: 9)
    let order = notebook.analyse().accountsByAttention.map(\.id)
    // beta acts (an executive detractor); calm and dull watch (each heard from one person), by
    // name; acme is steady.
    #expect(order == ["beta", "calm", "dull", "acme"])
  }
}
