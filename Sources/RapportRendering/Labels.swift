import RapportAnalysis
import RapportNotebook

/// Labels for commitment statuses.
enum LedgerView {
  static func label(_ status: CommitmentStatus) -> String {
    switch status {
    case .overdue: return "overdue"
    case .open: return "open"
    case .doneLate: return "done late"
    case .done: return "done"
    }
  }
}

/// Labels for close-the-loop statuses.
enum LoopView {
  static func label(_ status: LoopStatus) -> String {
    switch status {
    case .onTime: return "told on time"
    case .late: return "told late"
    case .doneUndated: return "told (date unknown)"
    case .pending: return "pending"
    case .overdue: return "tell-back overdue"
    case .notPlanned: return "no tell-back planned"
    }
  }
}

/// Why someone is in the zone of mutual indifference, as a phrase.
enum PeopleView {
  static func reason(_ entry: IndifferenceEntry) -> String {
    switch entry.reason {
    case .silentPassive:
      return
        "passive (\(entry.latestScore.map(Formatting.number) ?? "—")), not heard from for \(entry.daysSilent ?? 0) days"
    case .neverInterviewed:
      return entry.lastPresent.map { "not interviewed on their own; attended \($0)" }
        ?? "on the roster, never interviewed"
    case .silentAccount:
      return
        (entry.daysSilent.map { "nobody at the account heard from for \($0) days" }
        ?? "nobody at the account ever interviewed") + (entry.accountLost ? " (lost account)" : "")
    }
  }
}

/// "62% (5 of 8 invited)" or a note that nobody was invited.
enum ResponseText {
  static func describe(_ response: ResponseRate) -> String {
    guard let rate = response.rate else { return "no invitations recorded" }
    return "\(Formatting.percent(rate)) (\(response.interviewed) of \(response.invited) invited)"
  }
}
