import RapportNotebook

/// Whether we told the customer what we learned after an interview, and how fast.
public enum LoopStatus: String, Sendable, CaseIterable {
  /// Tell-back done within `tell_back_days`.
  case onTime = "on-time"
  /// Tell-back done, but later than `tell_back_days`.
  case late
  /// Tell-back marked done with no date.
  case doneUndated = "done-undated"
  /// Tell-back not done yet, and `tell_back_days` have not passed.
  case pending
  /// Tell-back not done and `tell_back_days` have passed.
  case overdue
  /// No tell-back commitment in the note.
  case missing

  /// Whether the status needs attention.
  public var isFlagged: Bool { self == .late || self == .overdue || self == .missing }
}

/// The close-the-loop clock of one interview.
public struct LoopEntry: Sendable {
  public var date: Day
  public var contactID: String
  public var contactName: String
  public var status: LoopStatus
  /// Days from the interview to the tell-back's done date, when known.
  public var days: Int?
  public var file: String

  /// The entry for an interview, judged on `asOf` against `limit` days.
  init(_ interview: Interview, asOf: Day, limit: Int, tag: String) {
    date = interview.date
    contactID = interview.contactID
    contactName = interview.contactName
    file = interview.file
    let tellBacks = interview.commitments.filter { $0.tags.contains(tag) }
    let done = tellBacks.filter { $0.isDone(asOf: asOf) }
    let doneDays = done.compactMap { $0.done.map { interview.date.days(until: $0.value) } }
    if let first = doneDays.min() {
      days = first
      status = first <= limit ? .onTime : .late
    } else if !done.isEmpty {
      days = nil
      status = .doneUndated
    } else {
      days = nil
      let waited = interview.date.days(until: asOf)
      status =
        tellBacks.isEmpty
        ? (waited > limit ? .missing : .pending) : (waited > limit ? .overdue : .pending)
    }
  }
}

/// Close-the-loop counts over many interviews.
public struct LoopSummary: Sendable, Hashable {
  public var counts: [LoopStatus: Int] = [:]
  /// Median days from interview to tell-back, over tell-backs with a done date.
  public var medianDays: Double?

  public init(_ entries: [LoopEntry]) {
    for entry in entries { counts[entry.status, default: 0] += 1 }
    let days = entries.compactMap(\.days).sorted()
    if !days.isEmpty {
      medianDays =
        days.count % 2 == 1
        ? Double(days[days.count / 2]) : Double(days[days.count / 2 - 1] + days[days.count / 2]) / 2
    }
  }

  public var total: Int { counts.values.reduce(0, +) }
  public func count(_ status: LoopStatus) -> Int { counts[status] ?? 0 }
}
