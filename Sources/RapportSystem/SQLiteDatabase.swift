internal import CSQLite

#if canImport(Glibc)
  import Glibc
#endif

/// A SQLite database file, open for as long as this object lives (closed in `deinit`).
///
/// The system library is enough for rapport's one writer and its tests' readers: a few C calls,
/// no package to build.
public final class SQLiteDatabase {
  private let handle: OpaquePointer

  /// Opens (creating if needed) the database at `path`.
  public init(path: String) throws {
    var opened: OpaquePointer?
    let status = sqlite3_open(path, &opened)
    guard status == SQLITE_OK, let opened else {
      let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      if let opened { sqlite3_close(opened) }
      throw SQLiteError(description: "cannot open \(path): \(message)")
    }
    handle = opened
  }

  deinit { sqlite3_close(handle) }

  /// Runs one or more statements that return no rows.
  public func execute(_ sql: String) throws {
    var message: UnsafeMutablePointer<CChar>?
    guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
      let text = message.map { String(cString: $0) } ?? lastError
      sqlite3_free(message)
      throw SQLiteError(description: "SQLite: \(text)")
    }
  }

  /// Runs one prepared statement once per row of bound values.
  public func insert(_ sql: String, rows: [[SQLiteValue]]) throws {
    let statement = try prepare(sql)
    defer { sqlite3_finalize(statement) }
    for row in rows {
      sqlite3_reset(statement)
      bind(row, to: statement)
      guard sqlite3_step(statement) == SQLITE_DONE else {
        throw SQLiteError(description: "SQLite: \(lastError)")
      }
    }
  }

  /// The rows a query returns, each value read as text, integer, real or null.
  public func query(_ sql: String) throws -> [[SQLiteValue]] {
    let statement = try prepare(sql)
    defer { sqlite3_finalize(statement) }
    var rows: [[SQLiteValue]] = []
    while true {
      let step = sqlite3_step(statement)
      if step == SQLITE_DONE { break }
      guard step == SQLITE_ROW else { throw SQLiteError(description: "SQLite: \(lastError)") }
      rows.append(
        (0..<sqlite3_column_count(statement)).map { column in
          switch sqlite3_column_type(statement, column) {
          case SQLITE_INTEGER: return .integer(Int(sqlite3_column_int64(statement, column)))
          case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, column))
          case SQLITE_NULL: return .null
          default:
            return .text(sqlite3_column_text(statement, column).map { String(cString: $0) } ?? "")
          }
        })
    }
    return rows
  }

  private var lastError: String { String(cString: sqlite3_errmsg(handle)) }

  private func prepare(_ sql: String) throws -> OpaquePointer {
    var prepared: OpaquePointer?
    guard sqlite3_prepare_v2(handle, sql, -1, &prepared, nil) == SQLITE_OK, let prepared else {
      throw SQLiteError(description: "SQLite: \(lastError)")
    }
    return prepared
  }

  private func bind(_ row: [SQLiteValue], to statement: OpaquePointer) {
    // SQLite copies bound text (SQLITE_TRANSIENT), so Swift strings need not outlive the call.
    let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    for (index, value) in row.enumerated() {
      let position = Int32(index + 1)
      switch value {
      case .null: sqlite3_bind_null(statement, position)
      case .text(let text): sqlite3_bind_text(statement, position, text, -1, transient)
      case .integer(let number): sqlite3_bind_int64(statement, position, Int64(number))
      case .real(let number): sqlite3_bind_double(statement, position, number)
      }
    }
  }
}

/// A value bound to or read from a SQLite statement.
public enum SQLiteValue: Sendable, Hashable {
  case null
  case text(String)
  case integer(Int)
  case real(Double)
}

/// A SQLite call that failed, with SQLite's own message.
public struct SQLiteError: Error, CustomStringConvertible {
  public let description: String
}
