import RapportNotebook

/// One win-loss interview: what the buyer said drove the decision.
public struct WinLossNote: Sendable {
  public var date: Day
  public var contactName: String
  public var outcome: Outcome?
  public var reasons: [String]
  public var file: String
}

/// For one reason our side assumed, how often buyers actually stated it.
public struct AssumptionCheck: Sendable, Hashable {
  public var reason: String
  /// Win-loss notes (of accounts assuming it) that state it.
  public var statedIn: Int
  /// Win-loss notes of the accounts assuming it.
  public var notes: Int
  /// Accounts that assume it.
  public var accounts: Int
  /// Accounts that assume it and have win-loss notes, none of which states it.
  public var neverStated: Int
  /// Accounts that assume it but have no win-loss note yet: the assumption is untested there.
  public var untested = 0
}

extension AssumptionCheck {
  /// The counts of two checks of the same reason added up.
  static func + (a: AssumptionCheck, b: AssumptionCheck) -> AssumptionCheck {
    AssumptionCheck(
      reason: a.reason, statedIn: a.statedIn + b.statedIn, notes: a.notes + b.notes,
      accounts: a.accounts + b.accounts, neverStated: a.neverStated + b.neverStated,
      untested: a.untested + b.untested)
  }
}

/// Stated reasons beside assumed ones, for an account or the whole company.
public struct WinLossAnalysis: Sendable {
  public var notes: [WinLossNote]
  /// Reasons buyers stated, most often first, with counts.
  public var statedReasons: [(reason: String, notes: Int)]
  public var assumptions: [AssumptionCheck]
  public var outcomes: [Outcome: Int]

  /// Win-loss notes (up to as-of) of the given accounts, each with its assumed reasons.
  init(_ accounts: [(account: Account, notes: [Interview])]) {
    var notes: [WinLossNote] = []
    var stated: [String: Int] = [:]
    var outcomes: [Outcome: Int] = [:]
    var checks: [String: AssumptionCheck] = [:]
    for (account, interviews) in accounts {
      for interview in interviews {
        notes.append(
          WinLossNote(
            date: interview.date, contactName: interview.contactName, outcome: interview.outcome,
            reasons: interview.reasons, file: interview.file))
        for reason in interview.reasons { stated[reason, default: 0] += 1 }
        if let outcome = interview.outcome { outcomes[outcome, default: 0] += 1 }
      }
      // An account that assumes a reason before any buyer was asked counts too, as untested: left
      // out, the table would show fewer accounts assuming it than their profiles say.
      // A reason listed twice, or under two aliases of one theme, is one assumption.
      var assumed: [String] = []
      for reason in account.profile.assumedReasons where !assumed.contains(reason) {
        assumed.append(reason)
      }
      for reason in assumed {
        var check =
          checks[reason]
          ?? AssumptionCheck(reason: reason, statedIn: 0, notes: 0, accounts: 0, neverStated: 0)
        let stating = interviews.filter { $0.reasons.contains(reason) }.count
        check.accounts += 1
        check.notes += interviews.count
        check.statedIn += stating
        if interviews.isEmpty {
          check.untested += 1
        } else if stating == 0 {
          check.neverStated += 1
        }
        checks[reason] = check
      }
    }
    self.init(notes: notes, stated: stated, outcomes: outcomes, checks: checks)
  }

  /// The analysis over every part's notes: the accounts' analyses add up to the company's.
  init(merging parts: [WinLossAnalysis]) {
    var notes: [WinLossNote] = []
    var stated: [String: Int] = [:]
    var outcomes: [Outcome: Int] = [:]
    var checks: [String: AssumptionCheck] = [:]
    for part in parts {
      notes += part.notes
      for (reason, count) in part.statedReasons { stated[reason, default: 0] += count }
      for (outcome, count) in part.outcomes { outcomes[outcome, default: 0] += count }
      for check in part.assumptions {
        checks[check.reason] = checks[check.reason].map { $0 + check } ?? check
      }
    }
    self.init(notes: notes, stated: stated, outcomes: outcomes, checks: checks)
  }

  /// Sorts what was counted: notes newest first, reasons most stated first.
  private init(
    notes: [WinLossNote], stated: [String: Int], outcomes: [Outcome: Int],
    checks: [String: AssumptionCheck]
  ) {
    self.notes = notes.sorted { ($0.date, $0.file) > ($1.date, $1.file) }
    statedReasons = stated.map { ($0.key, $0.value) }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
    assumptions = checks.values.sorted { $0.reason < $1.reason }
    self.outcomes = outcomes
  }

  /// Whether there are no win-loss notes (assumptions may still be recorded).
  public var isEmpty: Bool { notes.isEmpty }
}
