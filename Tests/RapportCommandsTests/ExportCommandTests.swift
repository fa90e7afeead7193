import Foundation
import RapportSystem
import RapportTestSupport
import Testing

/// CSV and SQLite exports: parsed back, compared with the JSON export, and queried as documented.
@Suite struct ExportCommandTests {
  /// Exports the sample notebook in all three formats into a fresh folder.
  func exports(
    adding extra: [String: String] = [:]
  ) throws -> (
    folder: TemporaryNotebook, json: [String: Any]
  ) {
    let folder = try TemporaryNotebook([:])
    try folder.copySample()
    for (path, text) in extra { try folder.write(path, text) }
    for format in ["csv", "sqlite", "json"] {
      let out = ["csv": "tables", "sqlite": "db.sqlite", "json": "figures.json"][format]!
      let run = try RapportProcess.run(
        ["export", "notebooks", "--format", format, "--as-of", "2026-11-20", "--out", out],
        in: folder.root)
      #expect(run.status == 0, "\(run.stderr)")
      // Every format written to a file says where it went.
      #expect(run.stderr.hasPrefix("wrote \(out)"), "\(format): \(run.stderr)")
    }
    let json = try RapportProcess.run(
      ["export", "notebooks", "--as-of", "2026-11-20"], in: folder.root)
    return (
      folder, try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
    )
  }

  /// Rows of an RFC 4180 file (quoted fields may hold commas, quotes and line breaks).
  static func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            field.unicodeScalars.append(scalars.removeFirst())
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
      } else if scalar == "\"" {
        quoted = true
      } else if scalar == "," {
        row.append(field)
        field = ""
      } else if scalar == "\r", scalars.first == "\n" {
        scalars.removeFirst()
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.unicodeScalars.append(scalar)
      }
    }
    return rows
  }

  @Test func csvTablesParseBackAndAgreeWithJSON() throws {
    let (folder, json) = try exports()
    func table(_ name: String) throws -> [[String]] {
      Self.parseCSV(
        try String(contentsOfFile: folder.root + "/tables/\(name).csv", encoding: .utf8))
    }
    let accounts = json["accounts"] as! [[String: Any]]
    #expect(try table("accounts").count - 1 == accounts.count)
    let contacts = accounts.map { ($0["contacts"] as! [Any]).count }.reduce(0, +)
    #expect(try table("contacts").count - 1 == contacts)
    let commitments = accounts.map { ($0["commitments"] as! [Any]).count }.reduce(0, +)
    let csvCommitments = try table("commitments")
    #expect(csvCommitments.count - 1 == commitments)
    #expect(csvCommitments.allSatisfy { $0.count == csvCommitments[0].count })
    #expect(
      try table("interviews").count - 1 == json["notes"] as! Int - (json["skipped_notes"] as! Int))
    for name in ["accounts", "contacts", "interviews", "scores", "themes", "quotes", "commitments"]
    {
      let text = try String(contentsOfFile: folder.root + "/tables/\(name).csv", encoding: .utf8)
      #expect(ConfidentialSample.leaks(in: text) == [], "\(name).csv leaks confidential words")
    }
  }

  /// Two notes with Rob on one day: the reports take the later path's score as his latest, and
  /// so must the view, though the confidential one's row is named `…/confidential-1`.
  static let sameDay = [
    "notebooks/fernwood-foods/2026-11-19-a-rob-finch.md":
      "---\ndate: 2026-11-19\ninterviewer: Hannah Ruiz\ncontact: rob-finch\nconfidential: true\nscores: { nps: 0 }\n---\nSecret.\n",
    "notebooks/fernwood-foods/2026-11-19-b-rob-finch.md":
      "---\ndate: 2026-11-19\ninterviewer: Hannah Ruiz\ncontact: rob-finch\nscores: { nps: 10 }\n---\nOpen.\n",
  ]

  @Test(arguments: [false, true])
  func sqliteOpensAnswersTheDocumentedQueriesAndMatchesTheReports(sameDay: Bool) throws {
    let (folder, json) = try exports(adding: sameDay ? Self.sameDay : [:])
    let database = try SQLiteDatabase(path: folder.root + "/db.sqlite")
    func rows(_ sql: String) throws -> [[String]] {
      try database.query(sql).map { row in
        row.map { value in
          switch value {
          case .null: return "NULL"
          case .text(let text): return text
          case .integer(let number): return String(number)
          case .real(let number): return String(number)
          }
        }
      }
    }
    #expect(try rows("PRAGMA foreign_key_check").isEmpty)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: folder.root + "/db.sqlite"))
    #expect(ConfidentialSample.leaks(in: String(decoding: bytes, as: UTF8.self)) == [])
    // The account_nps view gives the reports' own figures.
    for account in json["accounts"] as! [[String: Any]] {
      let id = account["id"] as! String
      let view = try rows("SELECT nps, respondents FROM account_nps WHERE account_id = '\(id)'")
      let nps =
        (account["nps"] as? NSNumber).map { String(format: "%.1f", $0.doubleValue) } ?? "NULL"
      #expect(
        view.first.map {
          [$0[0] == "NULL" ? "NULL" : String(format: "%.1f", Double($0[0])!), $0[1]]
        } == [nps, "\(account["respondents"]!)"], "\(id)")
    }
    // Every query documented in docs/export.md runs and answers something.
    let docs = try String(
      contentsOf: RepositoryPaths.root.appendingPathComponent("docs/export.md"), encoding: .utf8)
    let block = try #require(
      docs.components(separatedBy: "```sql\n").last?.components(separatedBy: "```").first)
    let queries = block.components(separatedBy: ";").map {
      $0.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    .filter { !$0.isEmpty }
    #expect(queries.count == 3)
    for query in queries {
      #expect(try !rows(query).isEmpty, "no rows for: \(query)")
    }
  }

  @Test func notesWithErrorsAreLeftOutAndTheExitSaysSo() throws {
    let folder = try TemporaryNotebook([:])
    try folder.copySample()
    try folder.write(
      "notebooks/juniper-labs/2026-10-01-broken.md",
      "---\ndate: 2026-13-40\ninterviewer: Sam Lee\ncontact: nobody\n---\nText.\n")
    for format in ["json", "csv", "sqlite"] {
      let out = ["csv": "tables", "sqlite": "db.sqlite", "json": "figures.json"][format]!
      let run = try RapportProcess.run(
        ["export", "notebooks", "--format", format, "--as-of", "2026-11-20", "--out", out],
        in: folder.root)
      #expect(run.status == 1, "\(format): \(run.stderr)")
      #expect(run.stderr.contains("2026-10-01-broken.md:2:"), "\(format): \(run.stderr)")
      #expect(
        run.stderr.contains("1 error: 1 note with errors is left out of the export"),
        "\(format): \(run.stderr)")
      #expect(FileManager.default.fileExists(atPath: folder.root + "/" + out), "\(format)")
    }
    // An error in an account's profile leaves no note out, and the last line says so.
    try FileManager.default.removeItem(
      atPath: folder.root + "/notebooks/juniper-labs/2026-10-01-broken.md")
    let profile = folder.root + "/notebooks/juniper-labs/account.md"
    let text = try String(contentsOfFile: profile, encoding: .utf8)
    try text.replacingOccurrences(of: "status: active", with: "status: bogus")
      .write(toFile: profile, atomically: false, encoding: .utf8)
    let run = try RapportProcess.run(
      ["export", "notebooks", "--as-of", "2026-11-20", "--out", "again.json"], in: folder.root)
    #expect(run.status == 1, "\(run.stderr)")
    #expect(run.stderr.contains("(above); no note is left out of the export"), "\(run.stderr)")
  }
}
