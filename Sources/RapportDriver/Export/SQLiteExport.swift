import Foundation
import RapportNotebook
import RapportRendering
import RapportSystem

/// Writes the export tables into a new SQLite database, with keys, indexes and figure views.
enum SQLiteExport {
  /// Writes a new database at `path`, replacing any file there only once the new one is complete.
  static func write(_ tables: ExportTables, settings: Settings, asOf: Day, to path: String) throws {
    let temporary = path + ".\(getpid()).tmp"
    unlink(temporary)
    let token = Termination.register(temporary)
    defer { Termination.unregister(token) }
    do {
      let database = try SQLiteDatabase(path: temporary)
      try database.execute(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON; BEGIN")
      try database.execute(SQLiteSchema.metaTable)
      try database.insert(
        "INSERT INTO meta VALUES (?, ?, ?, ?)",
        rows: [SQLiteSchema.metaRow(settings: settings, asOf: asOf).map(\.sqlite)])
      for table in tables.tables {
        try database.execute(SQLiteSchema.create(table))
        try database.insert(SQLiteSchema.insert(table), rows: table.rows.map { $0.map(\.sqlite) })
      }
      for statement in SQLiteSchema.indexes + SQLiteSchema.views {
        try database.execute(statement)
      }
      try database.execute("COMMIT")
    } catch let error as SQLiteError {
      unlink(temporary)
      throw DriverError("cannot write \(path): \(error.description)")
    }
    guard rename(temporary, path) == 0 else {
      unlink(temporary)
      throw DriverError("cannot write \(path): \(String(cString: strerror(errno)))")
    }
  }
}

extension ExportValue {
  /// The value as SQLite binds it.
  var sqlite: SQLiteValue {
    switch self {
    case .null: return .null
    case .text(let text): return .text(text)
    case .integer(let number): return .integer(number)
    case .real(let number): return .real(number)
    }
  }
}
