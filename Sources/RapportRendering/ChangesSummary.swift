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
    if !changes.notes.isEmpty {
      lines += [
        "", "### Interviews", "", "| Change | Account | Contact | Date | Interviewer | Note |",
        "|---|---|---|---|---|---|",
      ]
      for note in changes.notes {
        let file =
          Escaping.codeSpan(note.file) + (note.from.map { " (was \(Escaping.codeSpan($0)))" } ?? "")
        lines.append(
          "| \(note.kind.rawValue) | \(cell(note.account)) | \(cell(note.contact ?? "—")) | \(note.date?.description ?? "—") | \(cell(note.interviewer ?? "—")) | \(file) |"
        )
      }
    }
    if !changes.scores.isEmpty {
      lines += ["", "### Score changes", ""]
      for score in changes.scores {
        let move = score.move.map { " (**\(Self.describe($0))**)" } ?? ""
        lines.append(
          "- \(Escaping.markdown(score.contact)) (\(Escaping.markdown(score.account))): \(score.scale) \(number(score.old)) → \(number(score.new))\(move)"
        )
      }
    }
    if !changes.commitments.isEmpty {
      lines += ["", "### Commitments", ""]
      for item in changes.commitments {
        let text = item.text.map(Escaping.markdown) ?? "*(confidential note)*"
        let owner = item.owner.map { " @\($0)" } ?? ""
        let due: String
        switch item.kind {
        case .redated:
          due = " due \(item.oldDue?.description ?? "none") → \(item.due?.description ?? "none")"
        default: due = item.due.map { " due \($0)" } ?? ""
        }
        lines.append(
          "- \(item.kind.rawValue): \(text)\(owner)\(due) (\(Escaping.markdown(item.account)), \(Escaping.codeSpan("\(item.file):\(item.line)")))"
        )
      }
    }
    if !changes.newThemes.isEmpty {
      lines += ["", "### Themes raised for the first time", ""]
      for (theme, file) in changes.newThemes {
        lines.append("- #\(Escaping.markdown(theme)) in \(Escaping.codeSpan(file))")
      }
    }
    if !changes.coverage.isEmpty {
      lines += ["", "### Coverage (heard in the window / on the roster)", ""]
      for change in changes.coverage {
        lines.append(
          "- \(Escaping.markdown(change.account)), \(change.level): \(change.old.heard)/\(change.old.roster) → \(change.new.heard)/\(change.new.roster)"
        )
      }
    }
    if !changes.introduced.isEmpty || !changes.fixed.isEmpty {
      lines += ["", "### rapport check", ""]
      for diagnostic in changes.introduced { lines.append("- introduced: " + describe(diagnostic)) }
      for diagnostic in changes.fixed { lines.append("- fixed: " + describe(diagnostic)) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The same content as JSON, keys in a fixed order.
  public static func json(
    _ changes: NotebookChanges, base: String, head: String, asOf: Day
  ) -> JSONValue {
    func diagnostic(_ d: Diagnostic) -> JSONValue {
      .object([
        ("file", .string(d.file)), ("line", d.position.map { .integer($0.line) } ?? .null),
        ("severity", .string(d.severity.rawValue)), ("rule", .string(d.rule)),
        ("message", .string(d.message)),
      ])
    }
    return .object([
      ("base", .string(base)), ("head", .string(head)), ("as_of", .string(asOf.description)),
      (
        "interviews",
        .array(
          changes.notes.map {
            .object([
              ("change", .string($0.kind.rawValue)), ("file", .string($0.file)),
              ("from", .optional($0.from)),
              ("account", .string($0.account)), ("contact", .optional($0.contact)),
              ("date", .optional($0.date?.description)), ("interviewer", .optional($0.interviewer)),
            ])
          })
      ),
      (
        "scores",
        .array(
          changes.scores.map {
            .object([
              ("account", .string($0.account)), ("contact", .string($0.contact)),
              ("scale", .string($0.scale)),
              ("old", $0.old.map { .number($0) } ?? .null),
              ("new", $0.new.map { .number($0) } ?? .null),
              ("move", .optional($0.move.map(Self.describe))),
            ])
          })
      ),
      (
        "commitments",
        .array(
          changes.commitments.map {
            .object([
              ("change", .string($0.kind.rawValue)), ("account", .string($0.account)),
              ("text", .optional($0.text)),
              ("owner", .optional($0.owner)), ("old_due", .optional($0.oldDue?.description)),
              ("due", .optional($0.due?.description)), ("file", .string($0.file)),
              ("line", .integer($0.line)),
            ])
          })
      ),
      (
        "new_themes",
        .array(
          changes.newThemes.map {
            .object([("theme", .string($0.theme)), ("file", .string($0.file))])
          })
      ),
      (
        "coverage",
        .array(
          changes.coverage.map {
            .object([
              ("account", .string($0.account)), ("level", .string($0.level)),
              (
                "old",
                .object([("heard", .integer($0.old.heard)), ("roster", .integer($0.old.roster))])
              ),
              (
                "new",
                .object([("heard", .integer($0.new.heard)), ("roster", .integer($0.new.roster))])
              ),
            ])
          })
      ),
      ("introduced", .array(changes.introduced.map(diagnostic))),
      ("fixed", .array(changes.fixed.map(diagnostic))),
    ])
  }

  static func describe(_ diagnostic: Diagnostic) -> String {
    let place = Escaping.codeSpan(
      diagnostic.file + (diagnostic.position.map { ":\($0.line)" } ?? ""))
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
