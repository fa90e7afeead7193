import RapportAnalysis
import RapportNotebook

/// A notebook's changes as a Markdown pull-request comment, or as JSON for tools.
public enum ChangesSummary {
  /// A category move as text, such as "passive → promoter".
  static func describe(_ move: CategoryMove) -> String {
    "\(move.from.rawValue) → \(move.to.rawValue)"
  }

  /// The Markdown summary; `base` and `head` name the two versions compared.
  public static func markdown(
    _ changes: NotebookChanges, base: String, head: String, asOf: Day
  ) -> String {
    var lines = ["## rapport: notebook changes", ""]
    let counts = NotebookChanges.NoteChange.Kind.allKinds.map { kind in
      "\(changes.notes.filter { $0.kind == kind }.count) \(kind.rawValue)"
    }
    lines.append(
      "Comparing \(base) with \(head), as of \(asOf). Interviews: \(counts.joined(separator: ", "))."
    )
    if changes.isEmpty {
      lines += [
        "", "No interviews, scores, commitments, themes, coverage or check results changed.",
      ]
      return lines.joined(separator: "\n") + "\n"
    }
    lines += interviews(changes.notes) + scores(changes) + commitments(changes.commitments)
    lines += themes(changes) + coverage(changes.coverage) + checks(changes)
    return lines.joined(separator: "\n") + "\n"
  }

  static func interviews(_ notes: [NotebookChanges.NoteChange]) -> [String] {
    guard !notes.isEmpty else { return [] }
    var lines: [String] = []
    let open = notes.filter { !$0.confidential }
    if !open.isEmpty {
      lines += [
        "", "### Interviews", "", "| Change | Account | Contact | Date | Interviewer | Note |",
        "|---|---|---|---|---|---|",
      ]
      for note in open {
        let file =
          Escaping.codeSpan(note.file) + (note.from.map { " (was \(Escaping.codeSpan($0)))" } ?? "")
        // A removed note's state is the one it had: it was left out, it is not now.
        let kind =
          note.kind.rawValue
          + (note.leftOut
            ? (note.kind == .removed ? " (was left out of reports)" : " (left out of reports)")
            : "")
        lines.append(
          "| \(kind) | \(cell(note.account)) | \(cell(note.contact ?? "—")) | \(note.date?.description ?? "—") | \(cell(note.interviewer ?? "—")) | \(file) |"
        )
      }
    }
    // Confidential notes: how many, where, and what happened; nothing else.
    var hidden: [String: Int] = [:]
    for note in notes where note.confidential {
      hidden["\(note.kind.rawValue) in \(note.account)", default: 0] += 1
    }
    if !hidden.isEmpty {
      lines += ["", "Confidential notes (counted, never shown):"]
      for (what, count) in hidden.sorted(by: { $0.key < $1.key }) {
        lines.append("- \(Formatting.count(count, "note")) \(Escaping.markdown(what))")
      }
    }
    return lines
  }

  static func scores(_ changes: NotebookChanges) -> [String] {
    var lines: [String] = []
    if !changes.scores.isEmpty {
      lines += ["", "### Score changes (each person's latest)", ""]
      for score in changes.scores {
        let move = score.move.map { " (**\(Self.describe($0))**)" } ?? ""
        lines.append(
          "- \(Escaping.markdown(score.contact)) (\(Escaping.markdown(score.account))): \(score.scale) \(number(score.old)) → \(number(score.new))\(move)"
        )
      }
    }
    if !changes.noteScores.isEmpty {
      lines += ["", "### Scores edited in existing notes", ""]
      for score in changes.noteScores {
        let verb = score.new == nil ? "removed" : score.old == nil ? "added" : "changed"
        let place = score.file.map { Escaping.codeSpan($0) } ?? "a confidential note"
        lines.append(
          "- \(verb): \(score.scale) \(number(score.old)) → \(number(score.new)) for \(Escaping.markdown(score.contact)) in \(place) (\(Escaping.markdown(score.account)))"
        )
      }
    }
    return lines
  }

  static func commitments(_ commitments: [NotebookChanges.CommitmentChange]) -> [String] {
    guard !commitments.isEmpty else { return [] }
    var lines = ["", "### Commitments", ""]
    for item in commitments {
      let text = item.text.map(Escaping.markdown) ?? "*(confidential note)*"
      let owner = item.owner.map { $0 == Withheld.owner ? " " + $0 : " @\($0)" } ?? ""
      var detail: String
      switch item.kind {
      case .redated:
        detail = " due \(item.oldDue?.description ?? "none") → \(item.due?.description ?? "none")"
      case .reworded:
        let before = item.oldText.map(Escaping.markdown) ?? "*(confidential note)*"
        detail = " (was: \(before))" + (item.due.map { " due \($0)" } ?? "")
      case .removed:
        detail =
          (item.due.map { " due \($0)" } ?? "")
          + (item.oldStatus.map {
            $0.isOpen ? " — it was \($0 == .overdue ? "overdue" : "open")" : ""
          }
            ?? "")
      default:
        detail = item.due.map { " due \($0)" } ?? ""
      }
      let place = item.file.map { Escaping.codeSpan("\($0):\(item.line)") } ?? "a confidential note"
      lines.append(
        "- \(item.kind.rawValue): \(text)\(owner)\(detail) (\(Escaping.markdown(item.account)), \(place))"
      )
    }
    return lines
  }

  static func themes(_ changes: NotebookChanges) -> [String] {
    var lines: [String] = []
    if !changes.newThemes.isEmpty {
      lines += ["", "### Themes raised for the first time", ""]
      for (theme, file) in changes.newThemes {
        lines.append(
          "- #\(Escaping.markdown(theme)) in \(file.map { Escaping.codeSpan($0) } ?? "a confidential note")"
        )
      }
    }
    if !changes.goneThemes.isEmpty {
      lines += ["", "### Themes no note mentions any more", ""]
      for theme in changes.goneThemes { lines.append("- #\(Escaping.markdown(theme))") }
    }
    return lines
  }

  static func coverage(_ coverage: [NotebookChanges.CoverageChange]) -> [String] {
    guard !coverage.isEmpty else { return [] }
    var lines = ["", "### Coverage (heard in the window / on the roster)", ""]
    for change in coverage {
      lines.append(
        "- \(Escaping.markdown(change.account)), \(change.level): \(change.old.heard)/\(change.old.roster) → \(change.new.heard)/\(change.new.roster)"
      )
    }
    return lines
  }

  static func checks(_ changes: NotebookChanges) -> [String] {
    guard !changes.introduced.isEmpty || !changes.fixed.isEmpty else { return [] }
    var lines = ["", "### rapport check", ""]
    for diagnostic in changes.introduced { lines.append("- introduced: " + describe(diagnostic)) }
    for diagnostic in changes.fixed { lines.append("- fixed: " + describe(diagnostic)) }
    return lines
  }

  static func describe(_ diagnostic: Diagnostic) -> String {
    let place =
      diagnostic.withholdsSource
      ? "a confidential note"
      : Escaping.codeSpan(diagnostic.file + (diagnostic.position.map { ":\($0.line)" } ?? ""))
    return
      "\(place) \(diagnostic.severity.rawValue): \(Escaping.markdown(diagnostic.message)) [\(diagnostic.rule)]"
  }

  static func number(_ value: Double?) -> String { value.map(Formatting.number) ?? "none" }

  static func cell(_ text: String) -> String { Escaping.markdown(text) }
}

extension NotebookChanges.NoteChange.Kind {
  /// Every kind, in the order summaries list them.
  static let allKinds: [Self] = [.added, .changed, .moved, .removed]
}
