import RapportAnalysis
import RapportNotebook

/// The notebook as relational tables, the same for the CSV files and the SQLite database.
///
/// Confidential notes keep their rows (scores, themes and dates count) but never their words:
/// no quotes, and commitment text is empty.
public struct ExportTables: Sendable {
  /// A column: its name, SQL type, and whether it may be empty.
  public struct Column: Sendable {
    public let name: String
    public let type: String
    public let nullable: Bool
  }

  /// One table: its name, columns, primary key, foreign keys and rows.
  public struct Table: Sendable {
    public let name: String
    public let columns: [Column]
    public let primaryKey: [String]
    /// Column list to `table(columns)`.
    public let foreignKeys: [(columns: [String], table: String, references: [String])]
    public var rows: [[ExportValue]]
  }

  public var tables: [Table]

  /// How the tables name each of an account's notes: its path, or for a confidential note,
  /// whose file name may name the person, `<account>/confidential-N` in date order.
  static func noteIDs(of account: Account) -> [String] {
    var confidential = 0
    return account.interviews.map { interview in
      guard interview.confidential else { return interview.file }
      confidential += 1
      return "\(account.id)/confidential-\(confidential)"
    }
  }

  /// The tables of a loaded notebook, with statuses as of `asOf`.
  public init(notebook: Notebook, asOf: Day) {
    let settings = notebook.settings
    var accounts: [[ExportValue]] = []
    var contacts: [[ExportValue]] = []
    var interviews: [[ExportValue]] = []
    var scores: [[ExportValue]] = []
    var themes: [[ExportValue]] = []
    var quotes: [[ExportValue]] = []
    var commitments: [[ExportValue]] = []
    for account in notebook.accounts {
      let profile = account.profile
      accounts.append([
        .text(account.id), .text(account.name), .text(profile.relationship.rawValue),
        .text(profile.status.rawValue),
        .optional(profile.segment), .optional(profile.value), .optional(profile.since?.description),
      ])
      var known = Set<String>()
      for contact in profile.contacts {
        known.insert(contact.id)
        contacts.append([
          .text(account.id), .text(contact.id), .text(contact.name), .optional(contact.title),
          .optional(contact.level),
          .optional(contact.reportsTo), .integer(1), .integer(contact.hasLeft ? 1 : 0),
          .optional(contact.invited?.description),
        ])
      }
      for (position, (interview, id)) in zip(account.interviews, Self.noteIDs(of: account))
        .enumerated()
      {
        if interview.side == .external, !known.contains(interview.contactID) {
          known.insert(interview.contactID)
          contacts.append([
            .text(account.id), .text(interview.contactID), .text(interview.contactName), .null,
            .null, .null,
            .integer(0), .integer(0), .null,
          ])
        }
        interviews.append([
          .text(id), .text(account.id), .text(interview.date.description),
          .text(interview.interviewer),
          .text(interview.type), .optional(interview.channel), .text(interview.contactID),
          .text(interview.side.rawValue),
          .integer(interview.confidential ? 1 : 0), .optional(interview.outcome?.rawValue),
          .optional(interview.reasons.isEmpty ? nil : interview.reasons.joined(separator: ",")),
          .integer(position + 1),
        ])
        for score in interview.scores {
          scores.append([.text(id), .text(score.scale), .real(score.value)])
        }
        for theme in interview.themes {
          themes.append([.text(id), .text(theme)])
        }
        for quote in interview.quotes {
          quotes.append([
            .text(id), .integer(quote.position.line), .text(quote.speakerID),
            .text(quote.speakerName),
            .text(quote.markdown),
          ])
        }
        for item in interview.commitments {
          let status = CommitmentStatus(item, in: interview, settings: settings, asOf: asOf)
          commitments.append([
            .text(id), .integer(item.position.line), .optional(item.text),
            .optional(item.owner?.value),
            .optional(item.due?.value.description), .optional(item.done?.value.description),
            .integer(item.isChecked ? 1 : 0), .text(status.rawValue),
            .integer(item.tags.contains(settings.tellBackTag) ? 1 : 0),
          ])
        }
      }
    }
    func column(_ name: String, _ type: String, nullable: Bool = false) -> Column {
      Column(name: name, type: type, nullable: nullable)
    }
    tables = [
      Table(
        name: "accounts",
        columns: [
          column("id", "TEXT"), column("name", "TEXT"), column("relationship", "TEXT"),
          column("status", "TEXT"),
          column("segment", "TEXT", nullable: true), column("value", "TEXT", nullable: true),
          column("since", "TEXT", nullable: true),
        ], primaryKey: ["id"], foreignKeys: [], rows: accounts),
      Table(
        name: "contacts",
        columns: [
          column("account_id", "TEXT"), column("id", "TEXT"), column("name", "TEXT"),
          column("title", "TEXT", nullable: true), column("level", "TEXT", nullable: true),
          column("reports_to", "TEXT", nullable: true), column("in_roster", "INTEGER"),
          column("has_left", "INTEGER"),
          column("invited", "TEXT", nullable: true),
        ], primaryKey: ["account_id", "id"], foreignKeys: [(["account_id"], "accounts", ["id"])],
        rows: contacts),
      Table(
        name: "interviews",
        columns: [
          column("file", "TEXT"), column("account_id", "TEXT"), column("date", "TEXT"),
          column("interviewer", "TEXT"),
          column("type", "TEXT"), column("channel", "TEXT", nullable: true),
          column("contact_id", "TEXT"),
          column("side", "TEXT"), column("confidential", "INTEGER"),
          column("outcome", "TEXT", nullable: true),
          column("reasons", "TEXT", nullable: true), column("position", "INTEGER"),
        ], primaryKey: ["file"],
        foreignKeys: [(["account_id"], "accounts", ["id"])], rows: interviews),
      Table(
        name: "scores",
        columns: [
          column("interview_file", "TEXT"), column("scale", "TEXT"), column("value", "REAL"),
        ],
        primaryKey: ["interview_file", "scale"],
        foreignKeys: [(["interview_file"], "interviews", ["file"])],
        rows: scores),
      Table(
        name: "themes", columns: [column("interview_file", "TEXT"), column("theme", "TEXT")],
        primaryKey: ["interview_file", "theme"],
        foreignKeys: [(["interview_file"], "interviews", ["file"])],
        rows: themes),
      Table(
        name: "quotes",
        columns: [
          column("interview_file", "TEXT"), column("line", "INTEGER"), column("speaker_id", "TEXT"),
          column("speaker_name", "TEXT"), column("markdown", "TEXT"),
        ], primaryKey: ["interview_file", "line"],
        foreignKeys: [(["interview_file"], "interviews", ["file"])],
        rows: quotes),
      Table(
        name: "commitments",
        columns: [
          column("interview_file", "TEXT"), column("line", "INTEGER"),
          column("text", "TEXT", nullable: true),
          column("owner", "TEXT", nullable: true), column("due", "TEXT", nullable: true),
          column("done", "TEXT", nullable: true), column("checked", "INTEGER"),
          column("status", "TEXT"),
          column("tell_back", "INTEGER"),
        ], primaryKey: ["interview_file", "line"],
        foreignKeys: [(["interview_file"], "interviews", ["file"])],
        rows: commitments),
    ]
  }
}

/// One cell of an exported table.
public enum ExportValue: Sendable, Equatable {
  case null
  case text(String)
  case integer(Int)
  case real(Double)

  static func optional(_ text: String?) -> ExportValue { text.map(ExportValue.text) ?? .null }

  /// The value as CSV shows it: empty for null, numbers without needless decimals.
  var csvText: String {
    switch self {
    case .null: return ""
    case .text(let text): return text
    case .integer(let value): return String(value)
    case .real(let value): return NumberText.plain(value)
    }
  }
}

/// CSV per RFC 4180: comma-separated, CRLF line endings, fields quoted when they hold a comma,
/// quote or line break, quotes doubled.
public enum CSV {
  public static func text(_ table: ExportTables.Table) -> String {
    var lines = [table.columns.map { field($0.name) }.joined(separator: ",")]
    for row in table.rows { lines.append(row.map { field($0.csvText) }.joined(separator: ",")) }
    return lines.joined(separator: "\r\n") + "\r\n"
  }

  static func field(_ text: String) -> String {
    guard
      text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
    else {
      return text
    }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }
}
