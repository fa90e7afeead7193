import CSQLite
import Foundation
import RapportNotebook
import RapportRendering

/// Writes the export tables into a new SQLite database, with keys, indexes and figure views.
///
/// The system SQLite library is enough for one writer: a few C calls, no extra package to build.
enum SQLiteExport {
  /// Indexes on the columns people filter by.
  static let indexes = [
    "CREATE INDEX interviews_account_date ON interviews(account_id, date)",
    "CREATE INDEX interviews_contact ON interviews(account_id, contact_id)",
    "CREATE INDEX scores_scale ON scores(scale)",
    "CREATE INDEX themes_theme ON themes(theme)",
    "CREATE INDEX commitments_owner_status ON commitments(owner, status)",
    "CREATE INDEX contacts_level ON contacts(level)",
  ]

  /// Views for the headline figures, computed like the reports: latest score per contact in the window.
  static let views = [
    """
    CREATE VIEW contact_latest_nps AS
    SELECT account_id, contact_id, value, date FROM (
      SELECT i.account_id, i.contact_id, s.value, i.date,
        row_number() OVER (PARTITION BY i.account_id, i.contact_id ORDER BY i.date DESC, i.file DESC) AS n
      FROM scores s JOIN interviews i ON i.file = s.interview_file, meta
      WHERE s.scale = meta.nps_scale AND i.side = 'external' AND i.date <= meta.as_of)
    WHERE n = 1
    """,
    """
    CREATE VIEW account_nps AS
    SELECT a.id AS account_id, a.name,
      count(l.value) AS respondents,
      coalesce(sum(l.value >= 9), 0) AS promoters,
      coalesce(sum(l.value >= 7 AND l.value < 9), 0) AS passives,
      coalesce(sum(l.value < 7), 0) AS detractors,
      CASE WHEN count(l.value) = 0 THEN NULL
        ELSE round(100.0 * (sum(l.value >= 9) - sum(l.value < 7)) / count(l.value), 1) END AS nps
    FROM accounts a
    LEFT JOIN (SELECT l.* FROM contact_latest_nps l, meta
      WHERE l.date > date(meta.as_of, '-' || meta.window_days || ' days')) l ON l.account_id = a.id
    GROUP BY a.id, a.name
    """,
    """
    CREATE VIEW company_nps AS
    SELECT count(value) AS respondents,
      CASE WHEN count(value) = 0 THEN NULL
        ELSE round(100.0 * (sum(value >= 9) - sum(value < 7)) / count(value), 1) END AS nps
    FROM contact_latest_nps, meta WHERE date > date(meta.as_of, '-' || meta.window_days || ' days')
    """,
  ]

  /// Writes a new database at `path` (replacing any file there only once the new one is complete).
  static func write(_ tables: ExportTables, settings: Settings, asOf: Day, to path: String) throws {
    let temporary = path + ".\(getpid()).tmp"
    unlink(temporary)
    var handle: OpaquePointer?
    guard sqlite3_open(temporary, &handle) == SQLITE_OK, let database = handle else {
      throw ExportError(
        "cannot create \(path): \(handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory")"
      )
    }
    do {
      try exec(
        database,
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON; BEGIN")
      try exec(
        database,
        "CREATE TABLE meta (as_of TEXT NOT NULL, window_days INTEGER NOT NULL, nps_scale TEXT, generated_by TEXT NOT NULL)"
      )
      try insert(
        database, "INSERT INTO meta VALUES (?, ?, ?, ?)",
        [
          .text(asOf.description), .integer(settings.thresholds.windowDays),
          .optionalText(settings.npsScale?.name),
          .text("rapport \(RapportVersion.current)"),
        ])
      for table in tables.tables {
        let columns = table.columns.map { "\($0.name) \($0.type)\($0.nullable ? "" : " NOT NULL")" }
        let keys =
          ["PRIMARY KEY (\(table.primaryKey.joined(separator: ", ")))"]
          + table.foreignKeys.map {
            "FOREIGN KEY (\($0.columns.joined(separator: ", "))) REFERENCES \($0.table)(\($0.references.joined(separator: ", ")))"
          }
        try exec(
          database, "CREATE TABLE \(table.name) (\((columns + keys).joined(separator: ", ")))")
        let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        try insertRows(database, "INSERT INTO \(table.name) VALUES (\(placeholders))", table.rows)
      }
      for statement in indexes + views { try exec(database, statement) }
      try exec(database, "COMMIT")
    } catch {
      sqlite3_close(database)
      unlink(temporary)
      throw error
    }
    sqlite3_close(database)
    guard rename(temporary, path) == 0 else {
      throw ExportError("cannot write \(path): \(String(cString: strerror(errno)))")
    }
  }

  static func exec(_ database: OpaquePointer, _ sql: String) throws {
    var message: UnsafeMutablePointer<CChar>?
    guard sqlite3_exec(database, sql, nil, nil, &message) == SQLITE_OK else {
      let text = message.map { String(cString: $0) } ?? "unknown error"
      sqlite3_free(message)
      throw ExportError("SQLite: \(text)")
    }
  }

  static func insert(_ database: OpaquePointer, _ sql: String, _ row: [ExportValue]) throws {
    try insertRows(database, sql, [row])
  }

  static func insertRows(_ database: OpaquePointer, _ sql: String, _ rows: [[ExportValue]]) throws {
    var prepared: OpaquePointer?
    guard sqlite3_prepare_v2(database, sql, -1, &prepared, nil) == SQLITE_OK,
      let statement = prepared
    else {
      throw ExportError("SQLite: \(String(cString: sqlite3_errmsg(database)))")
    }
    defer { sqlite3_finalize(statement) }
    // SQLite copies bound text (SQLITE_TRANSIENT), so Swift strings need not outlive the call.
    let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    for row in rows {
      sqlite3_reset(statement)
      for (index, value) in row.enumerated() {
        let position = Int32(index + 1)
        switch value {
        case .null: sqlite3_bind_null(statement, position)
        case .text(let text): sqlite3_bind_text(statement, position, text, -1, transient)
        case .integer(let number): sqlite3_bind_int64(statement, position, Int64(number))
        case .real(let number): sqlite3_bind_double(statement, position, number)
        }
      }
      guard sqlite3_step(statement) == SQLITE_DONE else {
        throw ExportError("SQLite: \(String(cString: sqlite3_errmsg(database)))")
      }
    }
  }
}

extension ExportValue {
  static func optionalText(_ text: String?) -> ExportValue { text.map(ExportValue.text) ?? .null }
}

/// An export that could not be written.
struct ExportError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
