import Foundation
import RapportTestSupport
import Testing

/// Output safety and hostile input: nothing leaks, nothing runs, nothing foreign is deleted.
@Suite struct ReportSafetyTests {
  static let hostile =
    "<script>alert(1)</script> <img src=x onerror=alert(2)> {{name}} {{{html}}} [x](javascript:alert(3))"

  func hostileNotebook() throws -> TemporaryNotebook {
    try TemporaryNotebook([
      "nb/evil/account.md": """
      ---
      name: "Evil <script>alert(4)</script> {{name}}"
      segment: "<b>bold</b>"
      contacts:
        - { id: mal, name: "Mal <img src=x onerror=alert(5)>", title: "{{title}}", level: executive }
      ---
      About: \(Self.hostile)

      """,
      "nb/evil/2026-03-01-mal.md": """
      ---
      date: 2026-03-01
      interviewer: "<script>alert(6)</script>"
      contact: mal
      scores: { nps: 3 }
      themes: [reporting]
      ---
      ## Summary
      Summary \(Self.hostile)

      > Quote \(Self.hostile)
      > — mal

      - [ ] Commit \(Self.hostile) @ghost due:2026-04-01

      """,
      // No `<` and no `:`: the scheme is spelled with entities only.
      "nb/evil/2026-03-02-mal.md": """
      ---
      date: 2026-03-02
      interviewer: Sam
      contact: mal
      ---
      ## Summary
      Words \(Self.entitySchemes)

      """,
    ])
  }

  static let entitySchemes =
    "[a](javascript&#58;alert(7)) [b](javascript&colon;alert(8)) [c](JaVaScRiPt&#x3A;alert(9))"

  @Test func userTextIsInertInHTMLAndMarkdown() throws {
    let notebook = try hostileNotebook()
    let run = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: notebook.root)
    #expect(run.status == 0, "\(run.stderr)")
    for page in ["index.html", "accounts/evil.html", "people/evil/mal.html"] {
      let html = try String(contentsOfFile: notebook.root + "/out/" + page, encoding: .utf8)
      #expect(!html.contains("<script"), "\(page)")
      #expect(!html.contains("<img"), "\(page)")
      #expect(!html.contains("javascript:"), "\(page)")
    }
    let html = try String(
      contentsOfFile: notebook.root + "/out/accounts/evil.html", encoding: .utf8)
    #expect(html.contains("{{name}}"), "template syntax in notes must appear literally")
    #expect(html.contains("&lt;script&gt;alert(4)"))
    for page in ["index.md", "accounts/evil.md", "people/evil/mal.md"] {
      let markdown = try String(contentsOfFile: notebook.root + "/out/" + page, encoding: .utf8)
      // Every `<` that could open a tag is backslash-escaped, so no Markdown viewer renders it.
      let raw = markdown.split(separator: "<", omittingEmptySubsequences: false).dropFirst().filter
      { _ in true }
      #expect(
        raw.count == markdown.components(separatedBy: "\\<").count - 1, "\(page) has an unescaped <"
      )
      #expect(!markdown.contains("javascript:"), "\(page)")
      #expect(!markdown.lowercased().contains("javascript&"), "\(page)")
    }
    #expect(
      try String(contentsOfFile: notebook.root + "/out/accounts/evil.md", encoding: .utf8)
        .contains("Words"), "the entity-only summary is shown (so the check above means something)")
    let markdown = try String(
      contentsOfFile: notebook.root + "/out/accounts/evil.md", encoding: .utf8)
    #expect(markdown.contains("{{name}}"))
  }

  @Test func outputInsideTheNotebookIsRefused() throws {
    let notebook = try TemporaryNotebook(["nb/a/account.md": "---\nname: A\n---\n"])
    for out in ["nb", "nb/reports", "./nb/../nb/x"] {
      let run = try RapportProcess.run(["report", "nb", "--out", out], in: notebook.root)
      #expect(run.status == 64, "\(out)")
      #expect(run.stderr.contains("inside the notebook"), "\(out)")
    }
  }

  @Test func foreignFilesSurviveAndStalePagesGo() throws {
    let notebook = try TemporaryNotebook([
      "nb/a/account.md": "---\nname: A\n---\n", "nb/b/account.md": "---\nname: B\n---\n",
      "nb/a/2026-01-01-x.md": "---\ndate: 2026-01-01\ninterviewer: S\ncontact: X\n---\n",
    ])
    let root = notebook.root
    #expect(
      try RapportProcess.run(["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: root)
        .status == 0)
    try "keep me".write(toFile: root + "/out/NOTES.txt", atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(atPath: root + "/nb/b")
    #expect(
      try RapportProcess.run(["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: root)
        .status == 0)
    #expect(FileManager.default.fileExists(atPath: root + "/out/NOTES.txt"))
    #expect(!FileManager.default.fileExists(atPath: root + "/out/accounts/b.html"))
    #expect(FileManager.default.fileExists(atPath: root + "/out/accounts/a.html"))
  }

  @Test func aFailedRunLeavesThePreviousReportsIntact() throws {
    let notebook = try TemporaryNotebook([
      "nb/a/account.md": "---\nname: A\n---\n",
      "nb/a/2026-01-01-x.md": "---\ndate: 2026-01-01\ninterviewer: S\ncontact: X\n---\n",
    ])
    let root = notebook.root
    #expect(
      try RapportProcess.run(["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: root)
        .status == 0)
    let before = try String(contentsOfFile: root + "/out/index.html", encoding: .utf8)
    try notebook.write("nb/templates/index.html.mustache", "<p>{{#accounts}}unclosed</p>\n")
    try notebook.write(
      "nb/a/2026-02-01-y.md", "---\ndate: 2026-02-01\ninterviewer: S\ncontact: Y\n---\n")
    let broken = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: root)
    #expect(broken.status == 1)
    #expect(broken.stderr.contains("nb/templates/index.html.mustache:"))
    #expect(broken.stderr.contains("[template.invalid]"))
    #expect(try String(contentsOfFile: root + "/out/index.html", encoding: .utf8) == before)
  }

  @Test func templateMistakesPointAtTheTag() throws {
    let notebook = try TemporaryNotebook([
      "nb/a/account.md": "---\nname: Alpha\n---\n",
      // A partial that includes itself: an error naming the chain, never a crash.
      "nb/templates/style.mustache": "body {}\n{{> style}}\n",
    ])
    let recursive = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: notebook.root)
    #expect(recursive.status == 1, "\(recursive.stderr)")
    #expect(
      recursive.stderr.contains("nb/templates/style.mustache:2:1: error:"), "\(recursive.stderr)")
    #expect(recursive.stderr.contains("style → style"), "\(recursive.stderr)")
    #expect(!FileManager.default.fileExists(atPath: notebook.root + "/out/index.html"))
    try FileManager.default.removeItem(atPath: notebook.root + "/nb/templates/style.mustache")
    // A misspelt name: a warning at its line and column that lists what the page offers.
    try notebook.write(
      "nb/templates/index.md.mustache",
      "{{% CONTENT_TYPE: MARKDOWN}}\nAs of {{as_of}}\n{{#accounts}}- {{nmae}}\n{{/accounts}}\n")
    let typo = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: notebook.root)
    #expect(typo.status == 0, "\(typo.stderr)")
    #expect(
      typo.stderr.contains("nb/templates/index.md.mustache:3:16: warning:"), "\(typo.stderr)")
    #expect(typo.stderr.contains("`name`"), "\(typo.stderr)")
    #expect(typo.stderr.contains("[template.value.unknown]"))
    #expect(
      try String(contentsOfFile: notebook.root + "/out/index.md", encoding: .utf8)
        == "As of 2026-06-30\n- \n")
  }

  @Test func templatesCanBeReplacedFileByFile() throws {
    let notebook = try TemporaryNotebook([
      "nb/a/account.md": "---\nname: Alpha\n---\n",
      "nb/templates/index.md.mustache":
        "{{% CONTENT_TYPE: MARKDOWN}}\nCustom {{as_of}}{{#accounts}} {{name}}{{/accounts}}\n",
      "nb/templates/indx.html.mustache": "typo\n",
    ])
    let run = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: notebook.root)
    #expect(
      try String(contentsOfFile: notebook.root + "/out/index.md", encoding: .utf8)
        == "Custom 2026-06-30 Alpha\n")
    #expect(
      try String(contentsOfFile: notebook.root + "/out/index.html", encoding: .utf8).contains(
        "<!DOCTYPE html>"))
    #expect(run.stderr.contains("did you mean `index.html`?"))
  }

  @Test(
    "every HTML page is valid for tidy",
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tidy"),
      "tidy is not installed (scripts/ensure-deps --all installs it)"))
  func everyHTMLPageIsValidForTidy() throws {
    let copy = try TemporaryNotebook([:])
    try FileManager.default.copyItem(
      atPath: RepositoryPaths.root.appendingPathComponent("notebooks").path,
      toPath: copy.root + "/notebooks")
    _ = try RapportProcess.run(
      ["report", "notebooks", "--out", "reports", "--as-of", "2026-11-20"], in: copy.root)
    let hostile = try hostileNotebook()
    _ = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: hostile.root)
    let people = copy.root + "/reports/people"
    let pages =
      ["index.html"]
      + (try FileManager.default.contentsOfDirectory(atPath: copy.root + "/reports/accounts")).map {
        "accounts/" + $0
      }
      + (try FileManager.default.subpathsOfDirectory(atPath: people)).map { "people/" + $0 }
    for page in (pages.filter { $0.hasSuffix(".html") }.map { copy.root + "/reports/" + $0 }) + [
      hostile.root + "/out/accounts/evil.html"
    ] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/tidy")
      process.arguments = ["-q", "-e", page]
      let errors = Pipe()
      process.standardError = errors
      try process.run()
      let output = String(
        decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      // tidy 5.6 predates SVG 2's `href` on an org chart box's `<a>`; every other report counts.
      let reports = output.split(separator: "\n").filter {
        !$0.hasSuffix("<a> proprietary attribute \"href\"")
      }
      // The sample's pages are clean; the hostile page may warn about the link cmark emptied.
      if page.hasSuffix("evil.html") {
        #expect(process.terminationStatus <= 1, "tidy reports in \(page):\n\(output)")
      } else {
        #expect(reports.isEmpty, "tidy reports in \(page):\n\(output)")
      }
    }
  }
}

/// The output folder is shared with people: their files are never overwritten.
@Suite struct OutputOwnershipTests {
  @Test func filesRapportDidNotWriteAreNeverOverwritten() throws {
    let notebook = try TemporaryNotebook([
      "nb/a/account.md": "---\nname: A\n---\n", "out/index.md": "my own notes\n",
    ])
    let run = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: notebook.root)
    #expect(run.status != 0)
    #expect(run.stderr.contains("out/index.md exists and was not written by rapport"))
    #expect(
      try String(contentsOfFile: notebook.root + "/out/index.md", encoding: .utf8)
        == "my own notes\n")
  }
}

/// Note links work whatever the folders are called and wherever the reports go.
@Suite struct NoteLinkTests {
  @Test(arguments: ["My Notes", "nb)<img src=x onerror=alert(1)>(", "plain"])
  func everyNoteLinkResolvesFromAnyOutputFolder(notebook: String) throws {
    let folder = try TemporaryNotebook([:])
    try FileManager.default.copyItem(
      atPath: RepositoryPaths.root.appendingPathComponent("notebooks").path,
      toPath: folder.root + "/" + notebook)
    // Beside the notebook, in another top-level folder (an absolute path), and deeper.
    let other = try TemporaryNotebook([:])
    for out in ["reports", other.root + "/site", "a/b/c"] {
      let run = try RapportProcess.run(
        ["report", notebook, "--out", out, "--as-of", "2026-11-20"], in: folder.root)
      #expect(run.status == 0, "\(run.stderr)")
      let written = out.hasPrefix("/") ? out : folder.root + "/" + out
      #expect(PageLinks.broken(under: written) == [], "\(notebook) into \(out)")
      let markdown = try String(contentsOfFile: written + "/index.md", encoding: .utf8)
      #expect(!markdown.contains("<img"), "a folder name must not inject HTML")
      #expect(!PageLinks.relative(in: markdown, html: false).isEmpty)
    }
  }
}
