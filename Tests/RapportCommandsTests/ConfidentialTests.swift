import Foundation
import RapportTestSupport
import Testing

/// A confidential note keeps its counts and scores in the figures, and nothing else anywhere: a
/// marker word in every field and in its file name must reach no output.
@Suite struct ConfidentialTests {
  /// In every field of the confidential notes.
  static let marker = "zqx"
  /// In their file names.
  static let fileMarker = "qjvfile"

  func notebook() throws -> TemporaryNotebook {
    try TemporaryNotebook([
      "nb/rapport.yml": "team:\n  - { handle: sam, name: Sam Lee }\n",
      "nb/acme/account.md": """
      ---
      name: Acme
      contacts:
        - { id: ann, name: Ann Able, title: CIO, level: executive }
        - { id: bob, name: Bob Baker, title: Head of Ops, level: manager }
      ---

      """,
      "nb/acme/2026-05-01-ann.md": """
      ---
      date: 2026-05-01
      interviewer: Sam Lee
      contact: ann
      scores: { nps: 9 }
      themes: [reporting]
      ---
      Ann likes #reporting.

      """,
      // A valid confidential note: counted, never shown.
      "nb/acme/2026-05-02-qjvfile-one.md": """
      ---
      date: 2026-05-02
      interviewer: Zqxinterviewer Smith
      contact: Zqxcontact Person
      attendees: [zqxattendee]
      scores: { nps: 3 }
      themes: [zqxtheme, reporting]
      confidential: true
      ---
      ## Summary
      Zqxsummary text about #zqxtag and the zqxbuyout.

      > Zqxquote words.
      > — Zqxspeaker

      - [ ] Zqxpromise to do @zqxowner due:2026-05-20 #zqxpromisetag

      """,
      // Confidential with errors in every enumerated field.
      "nb/acme/2026-05-03-qjvfile-two.md": """
      ---
      date: 2026-05-03
      interviewer: Sam Lee
      contact: bob
      type: zqxtype
      channel: zqxchannel
      side: zqxside
      outcome: zqxoutcome
      reasons: [zqxreason]
      scores: { zqxscale: 4 }
      confidential: true
      ---
      Zqxbody.

      """,
      // Front matter that does not parse: treated as confidential until fixed.
      "nb/acme/2026-05-04-qjvfile-three.md": """
      ---
      date: 2026-05-04
      contact: [zqxbroken
      confidential: true
      ---
      Zqxbroken body #zqxbrokentag.

      """,
      // A misspelt confidential key.
      "nb/acme/2026-05-05-qjvfile-four.md": """
      ---
      date: 2026-05-05
      interviewer: Sam Lee
      contact: Zqxmisspelt
      confidentail: true
      ---
      Zqxmisspelt body.

      """,
    ])
  }

  /// The marker's occurrences in `text`, case-insensitively.
  func leaks(_ text: String) -> Bool { text.lowercased().contains(Self.marker) }

  @Test func noMarkerWordReachesAnyOutputAndNoFileNameAnyReportExportOrDiff() throws {
    let folder = try notebook()
    let root = folder.root
    let cache = root + "/cache"
    let environment = ["RAPPORT_CACHE_DIR": cache]
    var terminal: [(String, String)] = []
    var documents: [(String, String)] = []
    func run(_ arguments: [String]) throws -> RapportProcess.Output {
      let output = try RapportProcess.run(arguments, in: root, environment: environment)
      terminal.append((arguments.joined(separator: " "), output.stdout + output.stderr))
      return output
    }
    for format in ["text", "github", "json"] {
      _ = try run(["check", "nb", "--format", format])
    }
    let report = try run(["report", "nb", "--out", "out", "--as-of", "2026-06-30"])
    #expect(report.status == 1, "the broken notes are errors")
    let json = try run(["export", "nb", "--as-of", "2026-06-30"])
    documents.append(("export.json", json.stdout))
    _ = try run(["export", "nb", "--format", "csv", "--out", "tables", "--as-of", "2026-06-30"])
    _ = try run(["export", "nb", "--format", "sqlite", "--out", "db.sqlite"])
    _ = try run(["plan", "nb", "--as-of", "2026-06-30"])
    for folder in ["out", "tables"] {
      let walker = FileManager.default.enumerator(atPath: root + "/" + folder)!
      while let path = walker.nextObject() as? String {
        if let data = FileManager.default.contents(atPath: root + "/\(folder)/\(path)") {
          documents.append(("\(folder)/\(path)", String(decoding: data, as: UTF8.self)))
        }
      }
    }
    if let data = FileManager.default.contents(atPath: root + "/db.sqlite") {
      documents.append(("db.sqlite", String(decoding: data, as: UTF8.self)))
    }
    for name in (try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? [] {
      let data = FileManager.default.contents(atPath: cache + "/" + name) ?? Data()
      #expect(!leaks(String(decoding: data, as: UTF8.self)), "the cache \(name) holds a word")
    }
    #expect(!documents.isEmpty)
    for (name, text) in documents {
      #expect(!leaks(text), "\(name) leaks a confidential word")
      #expect(!text.contains(Self.fileMarker), "\(name) names a confidential note")
      // A sealed token is a hash of a name anyone could guess: outputs use labels instead.
      #expect(!(name + text).contains("sealed-"), "\(name) holds a sealed token")
    }
    // The contact and the attendee off the roster are two people; only the one interviewed is
    // listed, so the name needs no number.
    let contacts = documents.first { $0.0 == "tables/contacts.csv" }?.1 ?? ""
    #expect(contacts.contains("acme,someone-1,someone not on the roster,"), "\(contacts)")
    #expect(documents.contains { $0.0 == "out/people/acme/someone-1.html" })
    // Their name says they are off the roster: the people table does not say it twice.
    let account = documents.first { $0.0 == "out/accounts/acme.md" }?.1 ?? ""
    #expect(account.contains("(../people/acme/someone-1.md) |"), "\(account)")
    #expect(!account.contains("(../people/acme/someone-1.md) (not on the roster)"))
    let commitments = documents.first { $0.0 == "tables/commitments.csv" }?.1 ?? ""
    #expect(commitments.contains("acme/confidential-1,"), "\(commitments)")
    #expect(commitments.contains("(withheld)"), "\(commitments)")
    for (command, text) in terminal {
      // The person running a command may see a confidential note's path, never its words.
      let withoutPaths = text.replacingOccurrences(
        of: #"acme/2026-05-0\d-qjvfile-[a-z]+\.md"#, with: "PATH", options: .regularExpression)
      #expect(!leaks(withoutPaths), "`\(command)` prints a confidential word:\n\(text)")
      #expect(!text.contains("sealed-"), "`\(command)` prints a sealed token:\n\(text)")
    }
    // The figures still count it: Ann (9) and the confidential contact (3).
    #expect(json.stdout.contains("\"respondents\": 2"), "\(json.stdout.prefix(600))")
  }

  @Test func noMarkerWordReachesTheDiff() throws {
    let folder = try notebook()
    let root = folder.root
    for command in [
      "git init -q -b main", "git add nb/rapport.yml nb/acme/account.md nb/acme/2026-05-01-ann.md",
      "git -c user.email=a@b -c user.name=a commit -qm base", "git add -A",
      "git -c user.email=a@b -c user.name=a commit -qm more",
    ] {
      #expect(shell(command, in: root) == 0, "\(command)")
    }
    for format in ["markdown", "json"] {
      let run = try RapportProcess.run(
        [
          "diff", "HEAD~1", "HEAD", "--notebook", "nb", "--as-of", "2026-06-30", "--format", format,
        ],
        in: root)
      #expect(run.status == 0, "\(run.stderr)")
      #expect(!leaks(run.stdout + run.stderr), "diff (\(format)) leaks:\n\(run.stdout)")
      #expect(!run.stdout.contains(Self.fileMarker), "diff (\(format)) names a note")
      #expect(!run.stdout.contains("sealed-"), "diff (\(format)) holds a sealed token")
    }
  }

  @Test func someoneAnOpenNoteNamesOnlyAsAnAttendeeIsShownByTheNameItGives() throws {
    let folder = try TemporaryNotebook([
      "nb/lam/account.md":
        "---\nname: Lam\nteam:\n  - { handle: pat, name: Pat Reed }\ncontacts:\n  - { id: ann-roe, name: Ann Roe, title: CEO, level: executive }\n---\n",
      "nb/lam/2026-05-01-conf.md":
        "---\ndate: 2026-05-01\ninterviewer: Pat Reed\ncontact: Yolanda Secret\nscores: { nps: 5 }\nconfidential: true\n---\nPrivate.\n",
      "nb/lam/2026-06-01-ann.md":
        "---\ndate: 2026-06-01\ninterviewer: Pat Reed\ncontact: ann-roe\nattendees: [Yolanda Secret]\nscores: { nps: 9 }\n---\nAnn talked.\n",
    ])
    let run = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-11-20"], in: folder.root)
    #expect(run.status == 0, "\(run.stderr)")
    let page = try String(contentsOfFile: folder.root + "/out/accounts/lam.md", encoding: .utf8)
    #expect(page.contains("[Yolanda Secret](../people/lam/yolanda-secret.md) (not on the roster)"))
    #expect(!page.contains("[yolanda-secret]"), "the open note's name, not its id:\n\(page)")
  }
}
