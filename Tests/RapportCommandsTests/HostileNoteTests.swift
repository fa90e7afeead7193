import Foundation
import RapportTestSupport
import Testing

/// Notes built to make extraction, checking or rendering slow: each about 1 MB, aimed at a part of
/// the pipeline that would turn quadratic (tags, themes, owners, attendees, diagnostics, snippets).
@Suite struct HostileNoteTests {
  static let front = "---\ndate: 2026-01-10\ninterviewer: Sam Lee\ncontact: jane-doe\n"

  /// Name, file text, and the rules `check` must report for it (empty: none).
  static let cases: [(name: String, text: String, rules: Set<String>)] = [
    ("same-tag", front + "---\n" + String(repeating: "#pricing ", count: 110_000), []),
    (
      "distinct-tags", front + "---\n" + (0..<90_000).map { "#t\($0)" }.joined(separator: " "),
      ["note.too-many-themes"]
    ),
    (
      "theme-list",
      front + "themes: [" + (0..<90_000).map { "t\($0)" }.joined(separator: ", ") + "]\n---\n",
      ["note.too-many-themes"]
    ),
    (
      "attendees",
      front + "attendees: [" + (0..<90_000).map { "p\($0)" }.joined(separator: ", ")
        + "]\n---\nNotes.\n",
      ["note.attendee.unknown"]
    ),
    (
      "owners",
      front + "---\n- [ ] " + (0..<100_000).map { "@o\($0)" }.joined(separator: " ") + "\n",
      ["commitment.due.missing", "commitment.owner.unknown"]
    ),
    ("long-line", front + "---\n" + String(repeating: "x", count: 1_000_000) + "\n", []),
    (
      "unknown-keys", front + (0..<60_000).map { "k\($0): 5\n" }.joined() + "---\nNotes.\n",
      ["yaml.unknown-key"]
    ),
    (
      // Each closing bracket once trimmed the whole line again.
      "nested-flow",
      front + "x: " + String(repeating: "{a: ", count: 110_000) + "1"
        + String(repeating: "}", count: 110_000) + "\n---\nNotes.\n",
      ["yaml.invalid"]
    ),
    (
      "quotes",
      front + "---\n" + (0..<25_000).map { "> quote \($0) #pricing\n> — Jane Doe\n\n" }.joined(),
      []
    ),
  ]

  @Test func everyHostileNoteEndsWithItsDiagnosticsAndTheReportIsBuilt() throws {
    var files = [
      "acme/account.md":
        "---\nname: Acme\ncontacts:\n  - { id: jane-doe, name: Jane Doe, level: staff }\nteam:\n  - { handle: sam, name: Sam Lee }\n---\n"
    ]
    for (name, text, _) in Self.cases { files["acme/\(name).md"] = text }
    let notebook = try TemporaryNotebook(files)
    for (name, text, _) in Self.cases {
      #expect(text.utf8.count > 500_000 && text.utf8.count < 1_048_576, "\(name) is not ~1 MB")
    }
    let report = try RapportProcess.run(
      ["report", notebook.root, "--out", notebook.root + "-out", "--as-of", "2026-11-20"],
      timeout: 300)
    defer { try? FileManager.default.removeItem(atPath: notebook.root + "-out") }
    #expect(!report.timedOut)
    #expect(report.status == 1, "errors are reported and the report is still built")
    for (name, _, rules) in Self.cases {
      #expect(Self.rules(in: report.stderr, file: "\(name).md") == rules, "\(name)")
    }
    // A bounded number of diagnostics per file are listed; the rest are counted.
    #expect(report.stderr.contains("attendees.md: note: 89950 more in this file not shown"))
    #expect(report.stderr.utf8.count < 200_000)
    let page = try String(contentsOfFile: notebook.root + "-out/accounts/acme.md", encoding: .utf8)
    #expect(page.contains("pricing"))
  }

  /// Rule ids that text output reports for `file`, listed or counted.
  static func rules(in output: String, file: String) -> Set<String> {
    var found = Set<String>()
    for line in output.split(separator: "\n") where !line.hasPrefix(" ") {
      guard let colon = line.firstIndex(of: ":"), line[..<colon].hasSuffix("/" + file) else {
        continue
      }
      if line.hasSuffix("]"), let open = line.lastIndex(of: "[") {
        found.insert(String(line[line.index(after: open)..<line.index(before: line.endIndex)]))
      } else if let counts = line.split(separator: "(").last?.split(separator: ")").first {
        for part in counts.split(separator: ",") {
          found.insert(String(part.split(separator: " ").last ?? ""))
        }
      }
    }
    return found
  }

  @Test func extremeSettingsAndScoresAreReportedNotCrashedOn() throws {
    let notebook = try TemporaryNotebook([
      "rapport.yml":
        "scales:\n  huge: { min: -1e300, max: 1e300 }\nlimits: { max_nesting: 9223372036854775807, max_brackets: 9223372036854775807, max_themes: 9223372036854775807 }\n",
      "acme/account.md": "---\nname: Acme\n---\n",
      "acme/2026-01-10-jane.md":
        "---\ndate: 2026-01-10\ninterviewer: Sam Lee\ncontact: Jane Doe\nscores: { huge: 1e20 }\n---\n> > > deep\n",
      "acme/2026-01-11-jane.md":
        "---\ndate: 2026-01-11\ninterviewer: Sam Lee\ncontact: Jane Doe\nscores: { huge: -1e300 }\n---\n",
    ])
    let out = notebook.root + "-out"
    defer { try? FileManager.default.removeItem(atPath: out) }
    let report = try RapportProcess.run(
      ["report", notebook.root, "--out", out, "--as-of", "2026-11-20"], timeout: 120)
    #expect(report.status == 0, "\(report.stderr)")
    let page = try String(contentsOfFile: out + "/accounts/acme.md", encoding: .utf8)
    #expect(page.contains("1e+20"))
    let export = try RapportProcess.run(["export", notebook.root, "--as-of", "2026-11-20"])
    #expect(export.status == 0)
    #expect(export.stdout.contains("1e+20"))
  }
}
