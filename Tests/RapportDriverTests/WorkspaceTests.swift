import Foundation
import RapportNotebook
import RapportTestSupport
import Testing

@testable import RapportDriver

/// The driver in-process: reuse across runs, the output transaction and its manifest.
@Suite struct WorkspaceTests {
  static let asOf = Day("2026-11-20")!

  /// A copy of the sample notebook with a cache folder of its own.
  func sample() throws -> (folder: TemporaryNotebook, workspace: Workspace) {
    let folder = try TemporaryNotebook([:])
    try folder.copySample()
    let workspace = Workspace(
      notebook: folder.root + "/notebooks",
      options: Workspace.Options(
        jobs: 2,
        environment: [
          "RAPPORT_CACHE_DIR": folder.root + "/cache", "RAPPORT_TODAY": RapportProcess.today,
        ]))
    return (folder, workspace)
  }

  @Test func aSecondRunReusesEverythingAndAnEditRebuildsOnlyItsAccount() throws {
    let (folder, workspace) = try sample()
    let out = folder.root + "/reports"
    let request = ReportRequest(out: out, asOf: Self.asOf)
    let first = try workspace.report(request)
    let people = try FileManager.default.subpathsOfDirectory(atPath: out + "/people").filter {
      $0.hasSuffix(".md") || $0.hasSuffix(".html")
    }
    // 10 accounts and the company page, in two formats, the style sheet, and every person's
    // two pages.
    let pages = 23 + people.count
    #expect(first.result == .written(rendered: pages, reused: 0))
    #expect(people.count > 2 * 10)
    #expect(first.errors == 0)
    #expect(try workspace.report(request).result == .upToDate)
    let note = folder.root + "/notebooks/brightline-dental/2026-01-21-maria-santos.md"
    let text = try String(contentsOfFile: note, encoding: .utf8)
    try (text + "\nOne more line.\n").write(toFile: note, atomically: false, encoding: .utf8)
    // The edited account's two pages and its people's pages; the company's figures are as they
    // were, so its page and the style sheet are kept.
    let account = 2 + people.filter { $0.hasPrefix("brightline-dental/") }.count
    #expect(
      try workspace.report(request).result == .written(rendered: account, reused: pages - account))
    try expectCompanyPageAsMadeAfresh(folder)
    // A score changes the company's figures: its page is made again.
    try text.replacing("nps: 8", with: "nps: 3").write(
      toFile: note, atomically: false, encoding: .utf8)
    #expect(text.contains("nps: 8"))
    #expect(
      try workspace.report(request).result
        == .written(rendered: account + 3, reused: pages - account - 3))
    try expectCompanyPageAsMadeAfresh(folder)
  }

  /// The company page in `reports` is the one a run without a cache makes.
  func expectCompanyPageAsMadeAfresh(_ folder: TemporaryNotebook) throws {
    let fresh = Workspace(
      notebook: folder.root + "/notebooks",
      options: Workspace.Options(
        jobs: 1, usesCache: false, environment: ["RAPPORT_TODAY": RapportProcess.today]))
    _ = try fresh.report(ReportRequest(out: folder.root + "/fresh", asOf: Self.asOf))
    for page in ["index.md", "index.html", "style.css"] {
      let kept = try String(contentsOfFile: folder.root + "/reports/" + page, encoding: .utf8)
      let made = try String(contentsOfFile: folder.root + "/fresh/" + page, encoding: .utf8)
      #expect(kept == made, "\(page)")
    }
  }

  @Test func theCacheIsWrittenAsNotesAreReadAndLeavesNoTemporaryFile() throws {
    let (folder, workspace) = try sample()
    let cache = folder.root + "/cache"
    let checked = try workspace.check()
    var files = try FileManager.default.contentsOfDirectory(atPath: cache)
    #expect(files.count == 1 && files[0].hasSuffix(".bin"), "\(files)")
    let file = cache + "/" + files[0]
    // Only its owner can read it: it holds what notes say.
    let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
    let key = NoteCache.key(version: BuildIdentity.current, limits: Limits())
    let decoded = try #require(NoteCache.decode(bytes, key: key))
    #expect(decoded.entries.count == checked.noteCount)
    #expect(decoded.entries.allSatisfy { $0.value.note(file: $0.key) != nil })
    // A run that changes nothing, and one that only re-reads, leave no temporary file behind.
    _ = try workspace.check()
    let again = Workspace(notebook: workspace.notebook, options: workspace.options)
    _ = again.load()
    files = try FileManager.default.contentsOfDirectory(atPath: cache)
    #expect(files.count == 1, "\(files)")
    // Without the cache, nothing is written at all.
    try FileManager.default.removeItem(atPath: cache)
    var options = workspace.options
    options.usesCache = false
    _ = try Workspace(notebook: workspace.notebook, options: options).check()
    #expect(!FileManager.default.fileExists(atPath: cache))
  }

  @Test func temporaryCacheFilesOfKilledRunsAreRemovedAndLiveOnesKept() throws {
    let (folder, workspace) = try sample()
    let cache = folder.root + "/cache"
    _ = try workspace.check()
    let file = try #require(
      try FileManager.default.contentsOfDirectory(atPath: cache).first { $0.hasSuffix(".bin") })
    // Told by age: untouched for two hours is abandoned, whatever the process id says; a file
    // written a moment ago may belong to a run still going.
    let abandoned = cache + "/" + file + ".1-abc.tmp"
    let recent = cache + "/" + file + ".2000000000-def.tmp"
    let otherNotebook = cache + "/notes-other.bin.1-abc.tmp"
    for path in [abandoned, recent, otherNotebook] {
      #expect(FileManager.default.createFile(atPath: path, contents: Data([1, 2, 3])))
    }
    let twoHoursAgo = Date(timeIntervalSinceNow: -7200)
    for path in [abandoned, otherNotebook] {
      try FileManager.default.setAttributes([.modificationDate: twoHoursAgo], ofItemAtPath: path)
    }
    _ = Workspace(notebook: workspace.notebook, options: workspace.options).load()
    #expect(!FileManager.default.fileExists(atPath: abandoned))
    #expect(FileManager.default.fileExists(atPath: recent))
    #expect(FileManager.default.fileExists(atPath: otherNotebook))
    // A run's own temporary file never collides with one left behind, even with its process id.
    let leftOver = cache + "/" + file + ".\(getpid())-1.tmp"
    #expect(FileManager.default.createFile(atPath: leftOver, contents: Data([1])))
    try FileManager.default.removeItem(atPath: cache + "/" + file)
    _ = try Workspace(notebook: workspace.notebook, options: workspace.options).check()
    #expect(FileManager.default.fileExists(atPath: cache + "/" + file))
  }

  @Test func theManifestListsEveryPageRapportWrote() throws {
    let (folder, workspace) = try sample()
    _ = try workspace.report(ReportRequest(out: folder.root + "/reports", asOf: Self.asOf))
    let manifest = try String(
      contentsOfFile: folder.root + "/reports/.rapport-manifest", encoding: .utf8)
    let lines = manifest.split(separator: "\n")
    #expect(lines.first == "rapport-manifest 4")
    #expect(lines.last?.hasPrefix("end ") == true, "ends with the hash of the lines before")
    // key, size, modification time, content hash, path.
    let pages = lines.dropFirst(2).dropLast().map { $0.split(separator: " ", maxSplits: 4)[4] }
    #expect(pages.count > 20)
    #expect(pages.contains("index.html"))
    #expect(pages.contains("people/northwind-logistics/helen-cho.html"))
    #expect(pages.contains("accounts/northwind-logistics.md"))
  }

  @Test func aFileRapportDidNotWriteStopsTheRunAndLeavesTheReportsAsTheyWere() throws {
    let (folder, workspace) = try sample()
    let out = folder.root + "/reports"
    _ = try workspace.report(ReportRequest(out: out, asOf: Self.asOf))
    let before = try String(contentsOfFile: out + "/index.md", encoding: .utf8)
    try FileManager.default.removeItem(atPath: out + "/accounts/fernwood-foods.md")
    try "mine\n".write(
      toFile: out + "/accounts/fernwood-foods.md", atomically: true, encoding: .utf8)
    // The manifest still lists the page, so rapport takes it as its own: replace the manifest.
    try "rapport-manifest 1\nkey 1\n".write(
      toFile: out + "/.rapport-manifest", atomically: true, encoding: .utf8)
    #expect(throws: (any Error).self) {
      _ = try workspace.report(ReportRequest(out: out, asOf: Self.asOf.adding(days: 1)))
    }
    #expect(try String(contentsOfFile: out + "/index.md", encoding: .utf8) == before)
    #expect(
      try String(contentsOfFile: out + "/accounts/fernwood-foods.md", encoding: .utf8) == "mine\n")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.root)
      .filter { $0.contains("rapport-new") }
    #expect(leftovers == [])
    // The pages staged before the clash was found are gone too.
    #expect(!FileManager.default.fileExists(atPath: out + "/.rapport-staging"))
  }

  @Test func checkReportsTheSampleClean() throws {
    let (folder, workspace) = try sample()
    let outcome = try workspace.check()
    withExtendedLifetime(folder) {}
    #expect(outcome.errors == 0)
    #expect(outcome.noteCount == 48)
    #expect(outcome.accountCount == 10)
  }
}

/// Interviews set aside in a temporary file while a notebook is read, and read back by account.
@Suite struct InterviewsSetAsideTests {
  @Test func theyAreReadBackAsTheyWereAndGiveTheSameReports() throws {
    let (folder, workspace) = try WorkspaceTests().sample()
    let kept = workspace.load()
    let aside = workspace.load(settingInterviewsAside: true)
    #expect(aside.notebook.accounts.allSatisfy { $0.interviews.isEmpty })
    var confidential = 0
    for index in kept.notebook.accounts.indices {
      let whole = kept.notebook.accounts[index].interviews
      let back = try aside.account(at: index).interviews
      #expect(back.count == whole.count)
      // Every field equal, confidential notes' opened themes included.
      for (a, b) in zip(whole, back) {
        #expect(a == b, "\(a.file)")
        if a.confidential && !a.themes.isEmpty { confidential += 1 }
      }
    }
    #expect(confidential > 0, "the sample has a confidential note with themes")
    // A temporary folder that cannot be used: interviews are kept, and the reports are the same.
    let fallback = Workspace(
      notebook: workspace.notebook,
      options: Workspace.Options(
        jobs: 2, usesCache: false,
        environment: workspace.options.environment.merging(["TMPDIR": folder.root + "/missing"]) {
          $1
        }))
    let request = { (name: String) in
      ReportRequest(out: folder.root + "/" + name, asOf: WorkspaceTests.asOf)
    }
    _ = try workspace.report(request("aside"))
    _ = try fallback.report(request("kept"))
    try expectSameReports(folder.root + "/aside", folder.root + "/kept", atLeast: 41)
  }
}

/// A cache too large to read whole is read record by record, with the same results.
@Suite struct CacheReadByRecordTests {
  @Test func anEditedNotebookGivesTheSameReportsFromACacheReadByRecord() throws {
    let (folder, workspace) = try WorkspaceTests().sample()
    var options = workspace.options
    options.cacheReadWholeBytes = 0
    let byRecord = Workspace(notebook: workspace.notebook, options: options)
    let out = folder.root + "/by-record"
    _ = try byRecord.report(ReportRequest(out: out, asOf: WorkspaceTests.asOf))
    // Past the cache's margin for changes made as it was written, so the edit is seen by size.
    let note = try #require(
      try FileManager.default.subpathsOfDirectory(atPath: workspace.notebook).sorted().first {
        $0.hasSuffix(".md") && !$0.hasSuffix("account.md") && $0.contains("/")
      })
    let handle = try #require(FileHandle(forWritingAtPath: workspace.notebook + "/" + note))
    handle.seekToEndOfFile()
    handle.write(Data("\nOne more line.\n".utf8))
    try handle.close()
    let edited = try byRecord.report(ReportRequest(out: out, asOf: WorkspaceTests.asOf))
    guard case .written(let rendered, let reused) = edited.result else {
      Issue.record("the edit was not noticed: \(edited.result)")
      return
    }
    #expect(rendered > 0 && reused > 0)
    // The cache it left reads record by record, and every note comes from it.
    let store = CacheStore(notebook: workspace.notebook, environment: options.environment)
    let key = NoteCache.key(version: BuildIdentity.current, limits: Limits())
    let cache = try #require(store.load(key: key, readWholeBytes: 0))
    #expect(cache.entries.values.allSatisfy { if case .inFile = $0.record { true } else { false } })
    let reloaded = NotebookLoader(jobs: 2, cache: { _ in cache }).load(root: workspace.notebook)
    #expect(reloaded.parsedCount == 0 && reloaded.cache.entries.count == cache.entries.count)
    try expectSameAsFromNothing(
      out, workspace: workspace, fresh: folder.root + "/fresh", asOf: WorkspaceTests.asOf,
      atLeast: 41)
  }
}

/// A theme another account's note raises opens in a confidential note, and its page follows.
@Suite struct OpenedThemesTests {
  /// Replaces `old` with `new` in the notebook's file at `path`.
  func edit(_ path: String, _ old: String, _ new: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains(old))
    try text.replacingOccurrences(of: old, with: new).write(
      toFile: path, atomically: false, encoding: .utf8)
  }

  @Test func anAccountPageIsRewrittenWhenAnotherAccountOpensItsConfidentialTheme() throws {
    let (folder, workspace) = try WorkspaceTests().sample()
    let out = folder.root + "/out"
    let page = out + "/accounts/northwind-logistics.md"
    try edit(
      workspace.notebook + "/northwind-logistics/2025-12-03-victor-ramos.md",
      "themes: [reporting, automation]", "themes: [reporting, automation, onboarding-gap]")
    _ = try workspace.report(ReportRequest(out: out, asOf: WorkspaceTests.asOf))
    // Only the confidential note raises it: its name stays sealed, and unseen.
    #expect(!(try String(contentsOfFile: page, encoding: .utf8)).contains("onboarding-gap"))
    try edit(
      workspace.notebook + "/harborview-credit/2026-03-24-patricia-lowe.md",
      "themes: [integration, onboarding]", "themes: [onboarding-gap, integration, onboarding]")
    _ = try workspace.report(ReportRequest(out: out, asOf: WorkspaceTests.asOf))
    #expect((try String(contentsOfFile: page, encoding: .utf8)).contains("onboarding-gap"))
    try expectSameAsFromNothing(
      out, workspace: workspace, fresh: folder.root + "/fresh", asOf: WorkspaceTests.asOf,
      atLeast: 41)
  }
}

/// Each account's slimmed report is kept between runs, and reused while its pages are.
@Suite struct AccountRecordsTests {
  @Test func unchangedAccountsAreReusedAndADamagedFileIsIgnored() throws {
    let (folder, workspace) = try WorkspaceTests().sample()
    let out = folder.root + "/out"
    let first = try workspace.report(ReportRequest(out: out, asOf: WorkspaceTests.asOf))
    #expect(first.accountsReused == 0)
    let records = try #require(workspace.store.accountsFile)
    // The records hold what the company page shows: never a confidential note's words.
    let stored = try Data(contentsOf: URL(fileURLWithPath: records))
    #expect(ConfidentialSample.leaks(in: String(decoding: stored, as: UTF8.self)) == [])
    let note = workspace.notebook + "/northwind-logistics/2026-03-17-tomas-berg.md"
    func edit(_ score: String) throws {
      let text = try String(contentsOfFile: note, encoding: .utf8)
      try text.replacing(#/nps: \d+/#, with: "nps: " + score)
        .write(toFile: note, atomically: false, encoding: .utf8)
    }
    // An edit: every other account is reused, and the pages are those made from nothing.
    try edit("4")
    let edited = try workspace.report(ReportRequest(out: out, asOf: WorkspaceTests.asOf))
    #expect(edited.accountsReused == edited.accountCount - 1)
    #expect(edited.accountsUnread == edited.accountCount - 1)
    try expectSameAsFromNothing(
      out, workspace: workspace, fresh: folder.root + "/fresh", asOf: WorkspaceTests.asOf,
      atLeast: 41)
    // A damaged records file is not used: every account is analysed again, with the same pages.
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: records)))
    for index in stride(from: 40, to: bytes.count - 9, by: 97) { bytes[index] ^= 0x5A }
    try Data(bytes).write(to: URL(fileURLWithPath: records))
    try edit("2")
    let damaged = try workspace.report(ReportRequest(out: out, asOf: WorkspaceTests.asOf))
    #expect(damaged.accountsReused == 0 && damaged.accountsUnread == 0)
    try expectSameAsFromNothing(
      out, workspace: workspace, fresh: folder.root + "/fresh2", asOf: WorkspaceTests.asOf,
      atLeast: 41)
    // A footer that cannot be an offset at all is not trusted either.
    bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: records)))
    bytes[bytes.count - 1] = 0xFF
    try Data(bytes).write(to: URL(fileURLWithPath: records))
    try edit("3")
    let footer = try workspace.report(ReportRequest(out: out, asOf: WorkspaceTests.asOf))
    #expect(footer.accountsReused == 0)
    // Another as-of date makes every account new.
    let later = try workspace.report(ReportRequest(out: out, asOf: Day("2026-12-01")!))
    #expect(later.accountsReused == 0 && later.accountsUnread == 0)
  }
}
