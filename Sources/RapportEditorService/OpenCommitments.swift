import RapportAnalysis
import RapportNotebook

/// The commitments one of our people still has to do, as lines for a hover.
struct OpenCommitments {
  let notebook: NotebookState
  let today: Day

  /// What `handle` owns and has not done, by due date (undated last), in `accounts` (nil: all);
  /// a confidential note's commitment is listed without its words.
  func owned(by handle: String, accounts: [String]?) -> [String] {
    var found: [(due: Day?, line: String)] = []
    for id in accounts ?? Array(notebook.accounts.keys) {
      guard let account = notebook.accounts[id] else { continue }
      let name = account.profile.name ?? id
      for interview in account.interviews.values where interview.date <= today {
        for item in interview.commitments where item.owner?.value == handle {
          let status = CommitmentStatus(
            item, in: interview, settings: notebook.settings, asOf: today)
          guard status.isOpen else { continue }
          // A tell-back is due within the tell-back window even when its own date is later.
          var deadline = item.due?.value
          var label = "due"
          if item.tags.contains(notebook.settings.tellBackTag) {
            let window = interview.date.adding(days: notebook.settings.thresholds.tellBackDays)
            if deadline.map({ window < $0 }) ?? true {
              deadline = window
              label = "tell-back due"
            }
          }
          var line = status == .overdue ? "**overdue**, " : ""
          line += deadline.map { "\(label) \($0)" } ?? "no due date"
          line += " · " + (item.text.map { Self.short($0) } ?? "(in a confidential note)")
          found.append((deadline, line + " · " + name))
        }
      }
    }
    return found.sorted { a, b in
      switch (a.due, b.due) {
      case let (x?, y?): return x != y ? x < y : a.line < b.line
      case (_?, nil): return true
      case (nil, _?): return false
      case (nil, nil): return a.line < b.line
      }
    }.map(\.line)
  }

  /// A commitment's text on one line, shortened.
  static func short(_ text: String) -> String {
    let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return line.count > 80 ? String(line.prefix(79)) + "…" : line
  }
}
