import RapportAnalysis
import RapportNotebook

extension ChangesSummary {
  /// The same content as JSON, keys in a fixed order; confidential notes have no path.
  public static func json(
    _ changes: NotebookChanges, base: String, head: String, asOf: Day
  ) -> JSONValue {
    let interviews: [JSONValue] = changes.notes.map { note in
      .object([
        ("change", .string(note.kind.rawValue)),
        ("file", .optional(note.confidential ? nil : note.file)),
        ("from", .optional(note.confidential ? nil : note.from)),
        ("account", .string(note.account)),
        ("contact", .optional(note.confidential ? nil : note.contact)),
        ("date", .optional(note.confidential ? nil : note.date?.description)),
        ("interviewer", .optional(note.confidential ? nil : note.interviewer)),
        ("confidential", .bool(note.confidential)),
        ("left_out", note.confidential ? .null : .bool(note.leftOut)),
      ])
    }
    let scores: [JSONValue] = changes.scores.map { score in
      .object([
        ("account", .string(score.account)), ("contact", .string(score.contact)),
        ("scale", .string(score.scale)), ("old", number(score.old)), ("new", number(score.new)),
        ("move", .optional(score.move.map(describe))),
      ])
    }
    let noteScores: [JSONValue] = changes.noteScores.map { score in
      .object([
        ("account", .string(score.account)), ("contact", .string(score.contact)),
        ("scale", .string(score.scale)), ("old", number(score.old)), ("new", number(score.new)),
        ("file", .optional(score.file)),
      ])
    }
    let commitments: [JSONValue] = changes.commitments.map(commitment)
    let newThemes: [JSONValue] = changes.newThemes.map {
      .object([("theme", .string($0.theme)), ("file", .optional($0.file))])
    }
    let coverage: [JSONValue] = changes.coverage.map {
      .object([
        ("account", .string($0.account)), ("level", .string($0.level)),
        ("old", .object([("heard", .integer($0.old.heard)), ("roster", .integer($0.old.roster))])),
        ("new", .object([("heard", .integer($0.new.heard)), ("roster", .integer($0.new.roster))])),
      ])
    }
    return .object([
      ("base", .string(base)), ("head", .string(head)), ("as_of", .string(asOf.description)),
      ("interviews", .array(interviews)), ("scores", .array(scores)),
      ("note_scores", .array(noteScores)), ("commitments", .array(commitments)),
      ("new_themes", .array(newThemes)),
      ("gone_themes", .array(changes.goneThemes.map { .string($0) })),
      ("coverage", .array(coverage)),
      ("introduced", .array(changes.introduced.map(diagnostic))),
      ("fixed", .array(changes.fixed.map(diagnostic))),
    ])
  }

  static func commitment(_ item: NotebookChanges.CommitmentChange) -> JSONValue {
    .object([
      ("change", .string(item.kind.rawValue)), ("account", .string(item.account)),
      ("text", .optional(item.text)), ("old_text", .optional(item.oldText)),
      ("owner", .optional(item.owner)), ("old_due", .optional(item.oldDue?.description)),
      ("due", .optional(item.due?.description)),
      ("old_status", .optional(item.oldStatus?.rawValue)), ("file", .optional(item.file)),
      ("line", item.file == nil ? .null : .integer(item.line)),
    ])
  }

  static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
    .object([
      ("file", diagnostic.withholdsSource ? .null : .string(diagnostic.file)),
      ("line", diagnostic.position.map { .integer($0.line) } ?? .null),
      ("severity", .string(diagnostic.severity.rawValue)), ("rule", .string(diagnostic.rule)),
      ("message", .string(diagnostic.message)),
    ])
  }

  static func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
}
