import Foundation
import RapportTestSupport
import Testing

/// The git-based workflow: diff for reviewers, check --changed and the pre-commit hook, new notes,
/// and --watch.
@Suite struct WorkflowTests {
  /// Runs git in `folder` with a fixed identity; returns its output.
  @discardableResult
  static func git(
    _ arguments: [String], in folder: String, environment: [String: String] = [:]
  ) throws -> String {
    let process = Process()
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      [
        "git", "-c", "user.name=Sam Lee", "-c", "user.email=sam@example.com", "-c",
        "commit.gpgsign=false",
      ]
      + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    guard process.terminationStatus == 0 else {
      throw WorkflowError(message: "git \(arguments): \(text)")
    }
    return text
  }

  /// A git repository whose `research/notebooks` folder holds a copy of the sample notebook.
  func repository() throws -> TemporaryNotebook {
    let repo = try TemporaryNotebook([:])
    try repo.copySample(to: "research/notebooks")
    try Self.git(["init", "-q", "-b", "main"], in: repo.root)
    try Self.git(["add", "-A"], in: repo.root)
    try Self.git(["commit", "-q", "-m", "Notebook"], in: repo.root)
    try Self.git(["checkout", "-q", "-b", "review"], in: repo.root)
    return repo
  }

  func edit(_ repo: TemporaryNotebook, _ path: String, _ change: (String) -> String) throws {
    let file = repo.root + "/research/notebooks/" + path
    try change(try String(contentsOfFile: file, encoding: .utf8)).write(
      toFile: file, atomically: true, encoding: .utf8)
  }

  @Test func diffSummarisesAReviewableChange() throws {
    let repo = try repository()
    let notebook = repo.root + "/research/notebooks"
    try edit(repo, "northwind-logistics/2026-03-17-tomas-berg.md") {
      $0.replacing("scores: { nps: 9, health: 4 }", with: "scores: { nps: 6, health: 4 }")
        .replacing(
          "- [ ] Build the export-to-warehouse connector for fleet analytics @lena due:2026-12-18",
          with:
            "- [x] Build the export-to-warehouse connector for fleet analytics @lena due:2026-12-18 done:2026-11-19"
        )
    }
    try Self.git(
      ["mv", "pinecrest-outfitters/2025-05-20-amy-lin.md", "pinecrest-outfitters/amy-lin.md"],
      in: notebook)
    try edit(repo, "northwind-logistics/2025-12-03-victor-ramos.md") {
      $0.replacing("due:2026-", with: "due:2027-")
    }
    try repo.write(
      "research/notebooks/brightline-dental/2026-11-19-maria-santos.md",
      "---\ndate: 2026-11-19\ninterviewer: Hannah Ruiz\ncontact: maria-santos\nscores: { nps: 3 }\n---\n"
        + "The #warehouse sync failed twice.\n\n- [ ] Fix the sync @hannah due:2026-11-10\n")
    try repo.write(
      "research/notebooks/brightline-dental/2026-11-18-daniel-fairbanks.md",
      "---\ndate: 2026-11-18\ninterviewer: Hannah Ruiz\ncontact: daniel-fairbanks\n---\nFirst conversation.\n"
    )
    try Self.git(["add", "-A"], in: repo.root)
    try Self.git(["commit", "-q", "-m", "Review"], in: repo.root)
    let run = try RapportProcess.run(
      ["diff", "main", "--notebook", ".", "--as-of", "2026-11-20"], in: notebook)
    #expect(run.status == 0, "\(run.stderr)")
    let text = run.stdout
    #expect(
      text.contains("| added | Brightline Dental Group | Maria Santos | 2026-11-19 | Hannah Ruiz |")
    )
    #expect(text.contains("| moved | Pinecrest Outfitters | Amy Lin |"))
    #expect(text.contains("(was `pinecrest-outfitters/2025-05-20-amy-lin.md`)"))
    #expect(text.contains("Tomas Berg (Northwind Logistics): nps 9 → 6 (**promoter → detractor**)"))
    #expect(
      text.contains("Maria Santos (Brightline Dental Group): nps 8 → 3 (**passive → detractor**)"))
    #expect(text.contains("- completed: Build the export-to-warehouse connector"))
    #expect(text.contains("- newly-overdue: Fix the sync @hannah due 2026-11-10"))
    #expect(
      text.contains("- re-dated: *(confidential note)*"),
      "the confidential note's change shows without its words")
    #expect(text.contains("#warehouse in `brightline-dental/2026-11-19-maria-santos.md`"))
    #expect(text.contains("- Brightline Dental Group, executive: 0/1 → 1/1"))
    #expect(ConfidentialSample.leaks(in: text) == [] && !text.contains("Lighthouse"))
    #expect(
      !text.contains("Send Amy the weekend support options"),
      "a moved note's commitments are not new")
    let json = try RapportProcess.run(
      ["diff", "main", "HEAD", "--notebook", ".", "--format", "json"], in: notebook)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
    #expect((object["interviews"] as! [Any]).count == 5)
  }

  @Test func diffShowsWhatWasRemovedRewordedOrLost() throws {
    let repo = try repository()
    let notebook = repo.root + "/research/notebooks"
    // Deleting an overdue promise, rewording another, removing a score and the only mentions of
    // a theme: each must be visible to a reviewer.
    try edit(repo, "northwind-logistics/2025-04-10-oliver-kent.md") {
      $0.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.contains("Offer Oliver and Ben Okoro") }.joined(separator: "\n")
    }
    try edit(repo, "northwind-logistics/2025-02-20-jonas-weber.md") {
      $0.replacing(
        "Prototype rule-based vehicle assignment with Jonas's team",
        with: "Demo rule-based assignment to Jonas's team")
    }
    try edit(repo, "fernwood-foods/2026-04-21-rob-finch.md") {
      $0.replacing("scores: { nps: 7, health: 3 }", with: "scores: { nps: 7 }")
    }
    try edit(repo, "keystone-integration/2025-03-11-keira-walsh.md") {
      $0.replacing("(#channel-conflict)", with: "(a conflict)").replacing(
        " #channel-conflict", with: "")
    }
    try Self.git(["commit", "-qam", "Edits"], in: repo.root)
    let run = try RapportProcess.run(
      ["diff", "main", "--notebook", ".", "--as-of", "2026-11-20"], in: notebook)
    #expect(run.status == 0, "\(run.stderr)")
    let text = run.stdout
    #expect(
      text.contains(
        "- removed: Offer Oliver and Ben Okoro a call about the 2026 API changes #api @ines due 2025-05-15 — it was overdue"
      ), "\(text)")
    #expect(
      text.contains(
        "- reworded: Demo rule-based assignment to Jonas's team #automation @lena (was: Prototype rule-based vehicle assignment with Jonas's team #automation)"
      ), "\(text)")
    #expect(!text.contains("(was: *(confidential note)*)"), "an untouched note has no changes")
    #expect(
      text.contains(
        "- removed: health 3 → none for Rob Finch in `fernwood-foods/2026-04-21-rob-finch.md`"))
    #expect(text.contains("### Themes no note mentions any more\n\n- #channel-conflict"), "\(text)")
  }

  @Test func diffCountsConfidentialNotesWithoutNamingThem() throws {
    let repo = try repository()
    let notebook = repo.root + "/research/notebooks"
    try repo.write(
      "research/notebooks/fernwood-foods/2026-11-01-secret-buyout.md",
      "---\ndate: 2026-11-01\ninterviewer: Hannah Ruiz\ncontact: rob-finch\nconfidential: true\nscores: { nps: 4 }\nthemes: [zephyr]\n---\nZephyr talks.\n\n- [ ] Zephyr follow-up @hannah due:2026-11-05\n"
    )
    try Self.git(["add", "-A"], in: repo.root)
    try Self.git(["commit", "-qm", "Confidential"], in: repo.root)
    for format in ["markdown", "json"] {
      let run = try RapportProcess.run(
        ["diff", "main", "--notebook", ".", "--as-of", "2026-11-20", "--format", format],
        in: notebook)
      #expect(run.status == 0, "\(run.stderr)")
      #expect(!run.stdout.contains("secret-buyout"), "\(format) names the note")
      #expect(!run.stdout.lowercased().contains("zephyr"), "\(format) shows its words")
      if format == "markdown" {
        #expect(run.stdout.contains("- 1 note added in Fernwood Foods"), "\(run.stdout)")
      }
    }
  }

  @Test func diffExplainsWhatIsWrong() throws {
    let repo = try repository()
    let unknown = try RapportProcess.run(
      ["diff", "no-such-branch", "--notebook", "research/notebooks"], in: repo.root)
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("unknown revision `no-such-branch`"))
    let outside = try TemporaryNotebook(["nb/a/account.md": "---\nname: A\n---\n"])
    let run = try RapportProcess.run(["diff", "--notebook", "nb"], in: outside.root)
    #expect(run.status != 0)
    #expect(run.stderr.contains("not inside a git repository"))
  }

  /// The pages rendered and kept, as `report` says them.
  static func counts(_ output: String) -> (rendered: Int, unchanged: Int)? {
    guard let match = output.firstMatch(of: /(\d+) pages? rendered, (\d+) unchanged/),
      let rendered = Int(match.1), let unchanged = Int(match.2)
    else { return nil }
    return (rendered, unchanged)
  }

  @Test func anEditOrACommitRewritesOnlyThePagesWhoseInputsChanged() throws {
    let repo = try repository()
    let notebook = repo.root + "/research/notebooks"
    let report = { (out: String, extra: [String]) throws -> String in
      let run = try RapportProcess.run(
        ["report", notebook, "--out", repo.root + "/" + out, "--as-of", "2026-11-20"] + extra,
        in: repo.root)
      #expect(run.status == 0, "\(run.stderr)")
      return run.stdout + run.stderr
    }
    let first = try #require(Self.counts(try report("out", [])))
    #expect(first.unchanged == 0)
    // An uncommitted edit: the company pages say so, and only Northwind's pages are rewritten
    // with them (its account page and its 13 people's pages, each in two formats, then the
    // company pages and the style sheet).
    try edit(repo, "northwind-logistics/2026-03-17-tomas-berg.md") {
      $0.replacing("scores: { nps: 9, health: 4 }", with: "scores: { nps: 6, health: 4 }")
    }
    let people = try FileManager.default.contentsOfDirectory(
      atPath: repo.root + "/out/people/northwind-logistics"
    ).count
    let edited = try #require(Self.counts(try report("out", [])))
    #expect(edited.rendered == 2 + people + 3)
    #expect(edited.rendered + edited.unchanged == first.rendered)
    let index = try String(contentsOfFile: repo.root + "/out/index.md", encoding: .utf8)
    #expect(index.contains("(with uncommitted changes)"))
    // A commit of that edit changes what the company pages say, and nothing else.
    try Self.git(["commit", "-q", "-am", "Tomas's score"], in: repo.root)
    let committed = try #require(Self.counts(try report("out", [])))
    #expect(committed.rendered == 3)
    let commit = try Self.git(["rev-parse", "--short=12", "HEAD"], in: repo.root)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let after = try String(contentsOfFile: repo.root + "/out/index.md", encoding: .utf8)
    #expect(after.contains("`\(commit)`") && !after.contains("uncommitted"))
    // A new note changes the notebook's count of notes, which only the company pages show: the
    // other accounts' pages stay.
    try repo.write(
      "research/notebooks/brightline-dental/2026-11-18-maria-santos.md",
      "---\ndate: 2026-11-18\ninterviewer: Hannah Ruiz\ncontact: maria-santos\nscores: { nps: 7 }\n---\n"
        + "A short call about the #warehouse sync.\n")
    let brightline = try FileManager.default.contentsOfDirectory(
      atPath: repo.root + "/out/people/brightline-dental"
    ).count
    let added = try #require(Self.counts(try report("out", [])))
    #expect(added.rendered == 2 + brightline + 3)
    // The pages kept are those a report made from nothing would write.
    _ = try report("fresh", ["--no-cache"])
    let pages = try FileManager.default.subpathsOfDirectory(atPath: repo.root + "/fresh")
      .filter { $0.hasSuffix(".md") || $0.hasSuffix(".html") }
    #expect(pages.count > 40)
    for page in pages {
      let kept = try Data(contentsOf: URL(fileURLWithPath: repo.root + "/out/" + page))
      let fresh = try Data(contentsOf: URL(fileURLWithPath: repo.root + "/fresh/" + page))
      #expect(kept == fresh, "\(page)")
    }
  }

  @Test func checkChangedReportsOnlyWhatChanged() throws {
    let repo = try repository()
    let notebook = repo.root + "/research/notebooks"
    try repo.write(
      "research/notebooks/fernwood-foods/old-bad.md",
      "---\ndate: 2026-13-01\ninterviewer: X\ncontact: rob-finch\n---\n")
    try Self.git(["add", "-A"], in: repo.root)
    try Self.git(["commit", "-q", "-m", "A bad note already there"], in: repo.root)
    try repo.write(
      "research/notebooks/fernwood-foods/new-bad.md",
      "---\ndate: 2026-11-31\ninterviewer: X\ncontact: rob-finch\n---\n")
    // git quotes non-ASCII names unless told not to; the note must still count as changed.
    try repo.write(
      "research/notebooks/fernwood-foods/2026-11-20-josé.md",
      "---\ndate: 2026-11-20\ninterviewer: X\n---\n")
    let run = try RapportProcess.run(
      ["check", ".", "--changed", "HEAD", "--no-cache"], in: notebook)
    #expect(run.status == 1)
    #expect(run.stdout.contains("fernwood-foods/new-bad.md:2:7: error:"))
    #expect(run.stdout.contains("fernwood-foods/2026-11-20-josé.md:1:1: error:"))
    #expect(!run.stdout.contains("old-bad.md"))
    let all = try RapportProcess.run(["check", ".", "--no-cache"], in: notebook)
    #expect(all.stdout.contains("old-bad.md"))
    let defaultBase = try RapportProcess.run(
      ["check", ".", "--changed", "--no-cache"], in: notebook)
    #expect(defaultBase.stdout.contains("old-bad.md") && defaultBase.stdout.contains("new-bad.md"))
  }

  @Test func thePreCommitHookRefusesBrokenNotes() throws {
    let repo = try repository()
    let hook = repo.root + "/.git/hooks/pre-commit"
    try FileManager.default.copyItem(
      atPath: RepositoryPaths.root.appendingPathComponent("examples/pre-commit").path, toPath: hook)
    // The hook reads these; they go to git's environment only (tests run in parallel).
    let hookEnvironment = [
      "RAPPORT": RapportProcess.executable.path, "RAPPORT_NOTEBOOK": "research/notebooks",
      "NO_COLOR": "1",
    ]
    try repo.write(
      "research/notebooks/fernwood-foods/2026-11-20-rob-finch.md",
      "---\ndate: 20/11/2026\ninterviewer: X\ncontact: rob-finch\n---\n")
    try Self.git(["add", "-A"], in: repo.root)
    #expect(throws: WorkflowError.self) {
      try Self.git(["commit", "-q", "-m", "Broken"], in: repo.root, environment: hookEnvironment)
    }
    try repo.write(
      "research/notebooks/fernwood-foods/2026-11-20-rob-finch.md",
      "---\ndate: 2026-11-20\ninterviewer: X\ncontact: rob-finch\n---\n")
    // The working copy is fixed but the fix is not staged: the commit would still be broken.
    #expect(throws: WorkflowError.self) {
      try Self.git(
        ["commit", "-q", "-m", "Still broken"], in: repo.root, environment: hookEnvironment)
    }
    try Self.git(["add", "-A"], in: repo.root)
    try Self.git(["commit", "-q", "-m", "Fixed"], in: repo.root, environment: hookEnvironment)
  }

  @Test func newNotesAndAccountsAreCleanOnceFilledIn() throws {
    let folder = try TemporaryNotebook([:])
    try folder.copySample()
    let created = try RapportProcess.run(
      ["new", "note", "northwind-logistics", "Tomas Berg", "--date", "2026-11-21"], in: folder.root)
    #expect(created.status == 0, "\(created.stderr)")
    #expect(created.stdout == "notebooks/northwind-logistics/2026-11-21-tomas-berg.md\n")
    let path = folder.root + "/" + created.stdout.trimmingCharacters(in: .newlines)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("contact: tomas-berg") && text.contains("due:2026-12-05 #tell-back"))
    // Northwind has been a customer since 2019: the loyal cohort's opening question.
    #expect(text.contains("What is it about us that keeps you coming back?"))
    // Unfilled, it says it records nothing yet (its empty scores go without saying), and is left
    // out of the reports: Tomas Berg is not heard from until something is written.
    let unfilled = try RapportProcess.run(["check", "--no-cache"], in: folder.root)
    #expect(unfilled.stdout.components(separatedBy: "[score.empty]").count - 1 == 0)
    #expect(unfilled.stdout.components(separatedBy: "[note.unfilled]").count - 1 == 1)
    let report = try RapportProcess.run(
      ["report", "--out", "reports", "--as-of", "2026-11-21"], in: folder.root)
    #expect(report.status == 0)
    let page = try String(
      contentsOfFile: folder.root + "/reports/accounts/northwind-logistics.md", encoding: .utf8)
    #expect(page.contains("1 note was left out of this account's report"))
    #expect(!page.contains("2026-11-21-tomas-berg.md"))
    let filled = text.replacing("  nps:  #", with: "  nps: 8  #").replacing(
      "  health:  #", with: "  health: 4  #"
    )
    .replacing(
      try #require(
        text.split(separator: "@").dropFirst().first?.split(separator: " ").first.map { "@" + $0 }),
      with: "@sam")
    try filled.write(toFile: path, atomically: true, encoding: .utf8)
    let check = try RapportProcess.run(["check", "--no-cache"], in: folder.root)
    #expect(check.stdout.hasSuffix("0 errors, 0 warnings\n"), "\(check.stdout)")
    let again = try RapportProcess.run(
      ["new", "note", "northwind-logistics", "tomas-berg", "--date", "2026-11-21"], in: folder.root)
    #expect(again.status == 1 && again.stderr.contains("already exists"))
    let typo = try RapportProcess.run(
      ["new", "note", "northwind-logistic", "tomas-berg"], in: folder.root)
    #expect(typo.status == 64 && typo.stderr.contains("did you mean `northwind-logistics`?"))
    let stranger = try RapportProcess.run(
      ["new", "note", "northwind-logistics", "tomas"], in: folder.root)
    #expect(stranger.status == 1 && stranger.stderr.contains("did you mean `tomas-berg`?"))
    let account = try RapportProcess.run(["new", "account", "globex-corp"], in: folder.root)
    #expect(account.status == 0 && account.stdout == "notebooks/globex-corp/account.md\n")
    // Only its roster's placeholder is left to fill in.
    let final = try RapportProcess.run(["check", "--no-cache"], in: folder.root)
    #expect(final.stdout.hasSuffix("11 accounts: 0 errors, 1 warning\n"), "\(final.stdout)")
    #expect(final.stdout.contains("[roster.contact.placeholder]"), "\(final.stdout)")
    #expect(
      try RapportProcess.run(["new", "account", "Globex Corp"], in: folder.root).status == 64)
  }

  @Test func everyCommandWorksFromInsideTheNotebook() throws {
    let folder = try TemporaryNotebook([:])
    try folder.copySample()
    let inside = folder.root + "/notebooks"
    let check = try RapportProcess.run(["check", "--no-cache"], in: inside)
    #expect(check.status == 0, "\(check.stderr)")
    // The reports go beside the notebook, never among its notes.
    let report = try RapportProcess.run(["report", "--as-of", "2026-11-20"], in: inside)
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stderr.contains("wrote reports to ../reports"), "\(report.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder.root + "/reports/index.html"))
    #expect(!FileManager.default.fileExists(atPath: inside + "/reports"))
    let explicit = try RapportProcess.run(["report", "--out", "reports"], in: inside)
    #expect(explicit.status == 64)
  }

  @Test func theExampleWorkflowIsValidYAML() throws {
    let text = try String(
      contentsOf: RepositoryPaths.root.appendingPathComponent("examples/github-workflow.yml"),
      encoding: .utf8)
    #expect(text.contains("rapport check \"$NOTEBOOK\" --format github"))
    #expect(text.contains("rapport diff"))
    #expect(text.contains("rapport report"))
    #expect(YAMLCheck.isValid(text))
  }
}

struct WorkflowError: Error { let message: String }
