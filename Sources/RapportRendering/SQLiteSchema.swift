import RapportNotebook

/// The SQL that builds the SQLite export from the export tables: tables with keys, indexes and
/// views for the headline figures. Text only; the driver runs it.
public enum SQLiteSchema {
  /// The metadata table, and its one row's values.
  public static let metaTable =
    "CREATE TABLE meta (as_of TEXT NOT NULL, window_days INTEGER NOT NULL, nps_scale TEXT, generated_by TEXT NOT NULL)"

  /// The `meta` row for a notebook's settings and as-of date.
  public static func metaRow(settings: Settings, asOf: Day) -> [ExportValue] {
    [
      .text(asOf.description), .integer(settings.thresholds.windowDays),
      settings.npsScale.map { .text($0.name) } ?? .null,
      .text("rapport \(RapportVersion.current)"),
    ]
  }

  /// `CREATE TABLE` for an export table, with its primary and foreign keys.
  public static func create(_ table: ExportTables.Table) -> String {
    let columns = table.columns.map { "\($0.name) \($0.type)\($0.nullable ? "" : " NOT NULL")" }
    let keys =
      ["PRIMARY KEY (\(table.primaryKey.joined(separator: ", ")))"]
      + table.foreignKeys.map {
        "FOREIGN KEY (\($0.columns.joined(separator: ", "))) REFERENCES \($0.table)(\($0.references.joined(separator: ", ")))"
      }
    return "CREATE TABLE \(table.name) (\((columns + keys).joined(separator: ", ")))"
  }

  /// `INSERT` with one placeholder per column.
  public static func insert(_ table: ExportTables.Table) -> String {
    let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
    return "INSERT INTO \(table.name) VALUES (\(placeholders))"
  }

  /// Indexes on the columns people filter by.
  public static let indexes = [
    "CREATE INDEX interviews_account_date ON interviews(account_id, date)",
    "CREATE INDEX interviews_contact ON interviews(account_id, contact_id)",
    "CREATE INDEX scores_scale ON scores(scale)",
    "CREATE INDEX themes_theme ON themes(theme)",
    "CREATE INDEX commitments_owner_status ON commitments(owner, status)",
    "CREATE INDEX contacts_level ON contacts(level)",
  ]
  /// Views for the headline figures, computed like the reports: latest score per contact in the window.
  public static let views = [
    """
    CREATE VIEW contact_latest_nps AS
    SELECT account_id, contact_id, value, date FROM (
      SELECT i.account_id, i.contact_id, s.value, i.date,
        row_number() OVER (PARTITION BY i.account_id, i.contact_id ORDER BY i.date DESC, i.position DESC) AS n
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
}
