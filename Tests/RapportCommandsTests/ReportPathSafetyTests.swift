import Foundation
import RapportTestSupport
import Testing

/// Links, FIFOs and long names where rapport reads and writes: nothing is read from elsewhere,
/// written elsewhere or waited on, and no name stops the report.
@Suite struct ReportPathSafetyTests {
  @Test func aTemplateLinkedFromOutsideItsFolderIsNotRead() throws {
    let notebook = try TemporaryNotebook([
      "nb/a/account.md": "---\nname: Alpha\n---\n",
      "nb/a/2026-03-01-x.md":
        "---\ndate: 2026-03-01\ninterviewer: Sam\ncontact: X\nconfidential: true\n---\nsecretword\n",
      "elsewhere/key.txt": "secretword\n",
      "nb/templates/own.txt": "x\n",
    ])
    let templates = notebook.root + "/nb/templates/"
    for (link, target) in [
      ("style.mustache", notebook.root + "/elsewhere/key.txt"),
      ("index.md.mustache", "../a/2026-03-01-x.md"),
    ] {
      try FileManager.default.createSymbolicLink(
        atPath: templates + link, withDestinationPath: target)
      let run = try RapportProcess.run(
        ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: notebook.root)
      #expect(run.status != 0, "\(link)")
      #expect(run.stderr.contains("link to a file outside its folder"), "\(run.stderr)")
      let written =
        (try? FileManager.default.subpathsOfDirectory(atPath: notebook.root + "/out"))
        ?? []
      for page in written {
        let text = (try? String(contentsOfFile: notebook.root + "/out/" + page, encoding: .utf8))
        #expect(text?.contains("secretword") != true, "\(page)")
      }
      try FileManager.default.removeItem(atPath: templates + link)
    }
    // A link to a file in the folder itself is read.
    try "{{% CONTENT_TYPE: MARKDOWN}}\nMine {{as_of}}\n".write(
      toFile: templates + "mine.txt", atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: templates + "index.md.mustache", withDestinationPath: "mine.txt")
    let run = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: notebook.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      try String(contentsOfFile: notebook.root + "/out/index.md", encoding: .utf8)
        == "Mine 2026-06-30\n")
  }

  @Test func pagesAreNeverMovedThroughALinkOutOfTheOutputFolder() throws {
    let notebook = try ReportSafetyTests().hostileNotebook()
    let root = notebook.root
    for folder in ["out", "victim", "victim2"] {
      try FileManager.default.createDirectory(
        atPath: root + "/" + folder, withIntermediateDirectories: true)
    }
    try FileManager.default.createSymbolicLink(
      atPath: root + "/out/accounts", withDestinationPath: "../victim")
    try FileManager.default.createSymbolicLink(
      atPath: root + "/out/people", withDestinationPath: root + "/victim2")
    let run = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: root)
    #expect(run.status == 1)
    #expect(run.stderr.contains("a link leading outside the output folder"), "\(run.stderr)")
    for folder in ["victim", "victim2"] {
      #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/" + folder).isEmpty)
    }
    // A dangling link would have the pages moved nowhere.
    try FileManager.default.removeItem(atPath: root + "/out/accounts")
    try FileManager.default.removeItem(atPath: root + "/out/people")
    try FileManager.default.createSymbolicLink(
      atPath: root + "/out/people", withDestinationPath: "gone")
    let dangling = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: root)
    #expect(dangling.status == 1 && dangling.stderr.contains("a link leading nowhere"))
    try FileManager.default.createDirectory(
      atPath: root + "/out/gone", withIntermediateDirectories: true)
    // A link to a folder inside the output folder is the output folder still.
    try FileManager.default.createDirectory(
      atPath: root + "/out/real-accounts", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: root + "/out/accounts", withDestinationPath: "real-accounts")
    let inside = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: root)
    #expect(inside.status == 0, "\(inside.stderr)")
    #expect(FileManager.default.fileExists(atPath: root + "/out/real-accounts/evil.md"))
    #expect(FileManager.default.fileExists(atPath: root + "/out/gone/evil/mal.md"))
  }

  @Test func aFIFOWhereTheManifestOrTheCacheShouldBeIsNotWaitedOn() throws {
    let notebook = try ReportSafetyTests().hostileNotebook()
    let root = notebook.root
    let cache = root + "/cache"
    let environment = ["RAPPORT_CACHE_DIR": cache]
    let first = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: root,
      environment: environment)
    #expect(first.status == 0, "\(first.stderr)")
    var fifos = [root + "/out/.rapport-manifest"]
    fifos += try FileManager.default.contentsOfDirectory(atPath: cache).map { cache + "/" + $0 }
    for path in fifos {
      try FileManager.default.removeItem(atPath: path)
      #expect(mkfifo(path, 0o644) == 0)
    }
    let edited = root + "/nb/evil/2026-03-02-mal.md"
    try (try String(contentsOfFile: edited, encoding: .utf8) + "\nMore.\n").write(
      toFile: edited, atomically: false, encoding: .utf8)
    let run = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: root,
      environment: environment, timeout: 60)
    #expect(run.status == 0, "\(run.stderr)")
    let check = try RapportProcess.run(
      ["check", "nb"], in: root, environment: environment, timeout: 60)
    #expect(check.status == 0, "\(check.stderr)")
  }

  @Test func longNamesAndFoldersStillMakePages() throws {
    let account = String(repeating: "a", count: 250)
    let name = Array(repeating: "Abcdefghij", count: 40).joined(separator: " ")
    let notebook = try TemporaryNotebook([
      "nb/\(account)/account.md": "---\nname: Long\n---\n",
      "nb/\(account)/2026-03-01-x.md":
        "---\ndate: 2026-03-01\ninterviewer: Sam\ncontact: \(name)\nscores: { nps: 9 }\n---\nHi.\n",
    ])
    let run = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: notebook.root)
    #expect(run.status == 0, "\(run.stderr)")
    let pages = try FileManager.default.subpathsOfDirectory(atPath: notebook.root + "/out")
    #expect(pages.filter { $0.hasPrefix("accounts/account-") }.count == 2, "\(pages)")
    #expect(pages.filter { $0.contains("/person-") }.count == 2, "\(pages)")
    // Every link to them leads to a page that is there.
    let index = try String(contentsOfFile: notebook.root + "/out/index.html", encoding: .utf8)
    let link = try #require(
      pages.first { $0.hasPrefix("accounts/account-") && $0.hasSuffix(".html") })
    #expect(index.contains("href=\"\(link)\""))
  }

  @Test func aNotebookTemplatesFolderLinkedFromElsewhereIsNotRead() throws {
    let notebook = try TemporaryNotebook([
      "nb/a/account.md": "---\nname: Alpha\n---\n",
      "elsewhere/index.md.mustache": "{{% CONTENT_TYPE: MARKDOWN}}\nsecretword\n",
    ])
    try FileManager.default.createSymbolicLink(
      atPath: notebook.root + "/nb/templates", withDestinationPath: notebook.root + "/elsewhere")
    let run = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: notebook.root)
    #expect(run.status != 0)
    #expect(run.stderr.contains("templates folder is a link leading out"), "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: notebook.root + "/out/index.md"))
    // Passed on purpose, the same folder is read.
    let chosen = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30", "--templates", "elsewhere"],
      in: notebook.root)
    #expect(chosen.status == 0, "\(chosen.stderr)")
  }
}
