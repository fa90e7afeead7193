import RapportNotebook

/// Whether we told the customer what we learned after an interview, and how fast.
///
/// A tell-back item's deadline is the earlier of its `due:` date and the interview date plus
/// `tell_back_days`; the same deadline decides its status in the ledger.
public enum LoopStatus: String, Sendable, CaseIterable {
  /// Tell-back done by its deadline.
  case onTime = "on-time"
  /// Tell-back done after its deadline.
  case late
  /// Tell-back marked done with no date.
  case doneUndated = "done-undated"
  /// Tell-back not done, and the as-of date is on or before its deadline.
  case pending
  /// Tell-back not done, and its deadline has passed.
  case overdue
  /// No tell-back item in the note at all (flagged at once: nothing is planned).
  case notPlanned = "not-planned"

  /// Whether the status needs attention.
  public var isFlagged: Bool { self == .late || self == .overdue || self == .notPlanned }
}

/// The close-the-loop clock of one interview.
public struct LoopEntry: Sendable {
  public var date: Day
  public var contactID: String
  public var contactName: String
  public var status: LoopStatus
  /// Days from the interview to the tell-back's done date, when known.
  public var days: Int?
  /// The earliest deadline among the interview's tell-back items.
  public var deadline: Day?
  public var file: String

  /// The entry for an interview, judged on `asOf` with tell-backs due within `limit` days.
  init(_ interview: Interview, asOf: Day, limit: Int, tag: String) {
    date = interview.date
    contactID = interview.contactID
    contactName = interview.contactName
    file = interview.file
    let tellBacks = interview.commitments.filter { $0.tags.contains(tag) }.map {
      (
        item: $0,
        deadline: Deadline.of($0, interview: interview.date, tellBackDays: limit, isTellBack: true)!
      )
    }
    deadline = tellBacks.map(\.deadline).min()
    let done = tellBacks.filter { $0.item.isDone(asOf: asOf) }
    // A done date before the interview is a mistyped date (`commitment.done.before-interview`):
    // counted as done, its days unknown, rather than as negative days.
    let dated = done.compactMap { entry in
      entry.item.done.flatMap { $0.value < interview.date ? nil : $0.value }.map {
        (day: $0, deadline: entry.deadline)
      }
    }
    if let first = dated.min(by: { $0.day < $1.day }) {
      days = interview.date.days(until: first.day)
      status = first.day <= first.deadline ? .onTime : .late
    } else if !done.isEmpty {
      days = nil
      status = .doneUndated
    } else if tellBacks.isEmpty {
      days = nil
      status = .notPlanned
    } else {
      days = nil
      status = tellBacks.contains { $0.deadline < asOf } ? .overdue : .pending
    }
  }
}

/// When a commitment must be done by.
enum Deadline {
  /// A commitment's deadline: its `due:` date; for a tell-back, the earlier of that and the
  /// interview date plus `tellBackDays`. Nil for an ordinary item without a due date.
  static func of(_ item: Commitment, interview: Day, tellBackDays: Int, isTellBack: Bool) -> Day? {
    guard isTellBack else { return item.due?.value }
    let clock = interview.adding(days: tellBackDays)
    return item.due.map { min($0.value, clock) } ?? clock
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
