import RapportNotebook

/// Where a commitment stands on the as-of date.
public enum CommitmentStatus: String, Sendable, CaseIterable, Comparable {
  /// Not done and past its due date (due before the as-of date).
  case overdue
  /// Not done, due on or after the as-of date, or with no due date.
  case open
  /// Done after its due date.
  case doneLate = "done-late"
  /// Done on or before its due date, or done on an unknown day.
  case done

  public static func < (a: CommitmentStatus, b: CommitmentStatus) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }

  /// The status of a commitment on `asOf` against its `deadline` (see `Deadline`); one marked
  /// done on a later day was not done yet.
  init(_ commitment: Commitment, asOf: Day, deadline: Day?) {
    if commitment.isDone(asOf: asOf) {
      if let done = commitment.done?.value, let deadline, done > deadline {
        self = .doneLate
      } else {
        self = .done
      }
    } else if let due = deadline, due < asOf {
      self = .overdue
    } else {
      self = .open
    }
  }

  /// The status on `asOf` of a commitment made in `interview`, with the tell-back deadline rule.
  public init(_ commitment: Commitment, in interview: Interview, settings: Settings, asOf: Day) {
    let deadline = Deadline.of(
      commitment, interview: interview.date, tellBackDays: settings.thresholds.tellBackDays,
      isTellBack: commitment.tags.contains(settings.tellBackTag))
    self.init(commitment, asOf: asOf, deadline: deadline)
  }

  /// Whether the commitment still has to be done.
  public var isOpen: Bool { self == .open || self == .overdue }
}

extension Commitment {
  /// Whether the item was done by `asOf`: checked, with no `done:` date or one not after it.
  func isDone(asOf: Day) -> Bool {
    isChecked && (done.map { $0.value <= asOf } ?? true)
  }
}

/// One line of the commitments ledger.
public struct LedgerEntry: Sendable {
  public var account: String
  public var accountName: String
  /// What was promised; nil when the note is confidential.
  public var text: String?
  public var owner: String?
  public var ownerName: String?
  public var due: Day?
  public var done: Day?
  public var status: CommitmentStatus
  public var isTellBack: Bool
  /// Made in an interview with our own people (a partner's internal side): our promise all the
  /// same, but not part of any customer figure.
  public var isInternal: Bool
  /// Whether the note is confidential: its text is nil, and its path is never shown.
  public var isConfidential: Bool = false
  /// When it must be done by: its due date, or for a tell-back the earlier of that and the
  /// interview date plus `tell_back_days`.
  public var deadline: Day?
  /// Days past due on the as-of date (overdue items), else nil.
  public var daysOverdue: Int?
  public var interviewDate: Day
  public var file: String
  public var line: Int
}

/// Counts of a ledger by status.
public struct LedgerCounts: Sendable, Hashable {
  public var open = 0
  public var overdue = 0
  public var done = 0
  public var doneLate = 0

  public init() {}

  init(_ entries: [LedgerEntry]) {
    for entry in entries {
      switch entry.status {
      case .open: open += 1
      case .overdue: overdue += 1
      case .done: done += 1
      case .doneLate: doneLate += 1
      }
    }
  }

  /// Not done yet, overdue included.
  public var notDone: Int { open + overdue }
}

extension LedgerEntry {
  /// The ledger of an account: every commitment in its notes up to the as-of date, overdue first.
  static func ledger(
    for account: Account, period: ReportPeriod, settings: Settings
  ) -> [LedgerEntry] {
    let names = Dictionary(
      (account.profile.team + settings.team).map { ($0.handle, $0.name) },
      uniquingKeysWith: { first, _ in first })
    var entries: [LedgerEntry] = []
    for interview in account.interviews where period.hasHappened(interview.date) {
      for item in interview.commitments {
        let isTellBack = item.tags.contains(settings.tellBackTag)
        let deadline = Deadline.of(
          item, interview: interview.date, tellBackDays: settings.thresholds.tellBackDays,
          isTellBack: isTellBack)
        let status = CommitmentStatus(item, asOf: period.asOf, deadline: deadline)
        entries.append(
          LedgerEntry(
            account: account.id, accountName: account.name, text: item.text,
            owner: item.owner?.value,
            ownerName: item.owner.flatMap {
              names[$0.value] ?? ($0.value == Withheld.owner ? Withheld.ownerName : nil)
            }, due: item.due?.value,
            done: item.isDone(asOf: period.asOf) ? item.done?.value : nil,
            status: status, isTellBack: isTellBack, isInternal: interview.side == .internal,
            isConfidential: interview.confidential, deadline: deadline,
            daysOverdue: status == .overdue ? deadline.map { period.daysSince($0) } : nil,
            interviewDate: interview.date, file: interview.file, line: item.position.line))
      }
    }
    // Sort small keys, not the large entries themselves.
    let keys = entries.map(\.sortKey)
    return entries.indices.sorted { keys[$0] < keys[$1] }.map { entries[$0] }
  }

  /// The ledger's order: overdue first (longest overdue first), then open by due date, then done
  /// late and done, newest interview first; ties by file and line.
  var sortKey: SortKey {
    let rank = CommitmentStatus.allCases.firstIndex(of: status)!
    let primary =
      status.isOpen ? (deadline?.daysSinceEpoch ?? .max) : -interviewDate.daysSinceEpoch
    return SortKey(rank: rank, primary: primary, file: file, line: line)
  }

  /// What ledger entries are sorted by.
  struct SortKey: Comparable {
    let rank: Int
    let primary: Int
    let file: String
    let line: Int

    static func < (a: SortKey, b: SortKey) -> Bool {
      (a.rank, a.primary, a.file, a.line) < (b.rank, b.primary, b.file, b.line)
    }
  }
}
