import Foundation
import RapportSystem
import RapportTestSupport
import Testing

@testable import RapportCommands

/// Hostile machines: other local users, planted links, tampered output folders.
@Suite struct HardeningTests {
  @Test func scratchFoldersArePrivateFreshAndRemoved() throws {
    let first = try ScratchFolder(purpose: "test")
    let second = try ScratchFolder(purpose: "test")
    #expect(first.path != second.path)
    var info = stat()
    #expect(stat(first.path, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o700, "only the owner may enter a scratch folder")
    try "x".write(toFile: first.path + "/file", atomically: false, encoding: .utf8)
    first.remove()
    second.remove()
    #expect(!FileManager.default.fileExists(atPath: first.path))
    #expect(!FileManager.default.fileExists(atPath: second.path))
  }

  @Test func diffAndStagedCheckLeaveNoScratchFolderBehind() throws {
    let notebook = try TemporaryNotebook([
      "nb/rapport.yml": "levels: [executive]\n",
      "nb/acme/account.md": "---\nname: Acme\n---\n",
      "nb/acme/2026-01-01-a.md": "---\ndate: 2026-01-01\ninterviewer: S\ncontact: A\n---\nHi.\n",
    ])
    let tmp = notebook.root + "/tmp"
    try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
    for command in [
      "git init -q -b main", "git add -A",
      "git -c user.email=a@b -c user.name=a commit -qm base",
    ] {
      #expect(shell(command, in: notebook.root) == 0)
    }
    let environment = ["TMPDIR": tmp]
    let diff = try RapportProcess.run(
      ["diff", "HEAD", "HEAD", "--notebook", "nb"], in: notebook.root, environment: environment)
    #expect(diff.status == 0, "\(diff.stderr)")
    let staged = try RapportProcess.run(
      ["check", "nb", "--staged"], in: notebook.root, environment: environment)
    #expect(staged.status == 0 || staged.status == 1, "\(staged.stderr)")
    let left = try FileManager.default.contentsOfDirectory(atPath: tmp)
    #expect(left.filter { $0.hasPrefix("rapport-") } == [])
  }

  @Test func manifestEntriesOutsideTheOutputFolderAreIgnored() throws {
    let notebook = try TemporaryNotebook([
      "nb/acme/account.md": "---\nname: Acme\n---\n",
      "nb/acme/2026-01-01-a.md": "---\ndate: 2026-01-01\ninterviewer: S\ncontact: A\n---\nHi.\n",
      "precious.txt": "keep me\n",
      "folder/file": "keep me too\n",
      // A file rapport did not write makes the output be updated page by page.
      "out/README.txt": "ours\n",
      "out/.rapport-manifest":
        "rapport-manifest 1\nkey 1\n1 ../precious.txt\n1 ../folder\n1 /etc/hostname\n1 a/./b\n",
    ])
    let run = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: notebook.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(FileManager.default.fileExists(atPath: notebook.root + "/precious.txt"))
    #expect(FileManager.default.fileExists(atPath: notebook.root + "/folder/file"))
    #expect(FileManager.default.fileExists(atPath: notebook.root + "/out/README.txt"))
    #expect(run.stderr.contains("ignored .rapport-manifest entry '../precious.txt'"))
    #expect(run.stderr.contains("ignored .rapport-manifest entry '/etc/hostname'"))
  }

  @Test func stalePagesAreDeletedOnlyWhenTheyAreRegularFilesInside() throws {
    let notebook = try TemporaryNotebook([
      "nb/acme/account.md": "---\nname: Acme\n---\n",
      "nb/acme/2026-01-01-a.md": "---\ndate: 2026-01-01\ninterviewer: S\ncontact: A\n---\nHi.\n",
      "outside/accounts/gone.md": "not rapport's\n",
      "out/README.txt": "ours\n",
      "out/.rapport-manifest": "rapport-manifest 1\nkey 1\n1 linked/accounts/gone.md\n",
    ])
    // A folder in the output that now links elsewhere must not be followed.
    try FileManager.default.createSymbolicLink(
      atPath: notebook.root + "/out/linked", withDestinationPath: notebook.root + "/outside")
    let run = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: notebook.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(FileManager.default.fileExists(atPath: notebook.root + "/outside/accounts/gone.md"))
    #expect(run.stderr.contains("resolves outside the output folder"), "\(run.stderr)")
  }
}

/// Runs a shell command in a folder; its exit status.
func shell(_ command: String, in folder: String) -> Int32 {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/bin/sh")
  process.arguments = ["-c", command]
  process.currentDirectoryURL = URL(fileURLWithPath: folder)
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  guard (try? process.run()) != nil else { return -1 }
  process.waitUntilExit()
  return process.terminationStatus
}

/// The output folder belongs to the user: rapport replaces only its own pages, atomically.
@Suite struct OutputFolderTests {
  static let note = "---\ndate: 2026-01-01\ninterviewer: S\ncontact: A\n---\nHi.\n"

  func notebook(_ extra: [String: String] = [:]) throws -> TemporaryNotebook {
    try TemporaryNotebook(
      ["nb/acme/account.md": "---\nname: Acme\n---\n", "nb/acme/2026-01-01-a.md": Self.note]
        .merging(extra) { $1 })
  }

  func report(
    _ folder: TemporaryNotebook, out: String, asOf: String = "2026-06-30", _ extra: [String] = []
  )
    throws -> RapportProcess.Output
  {
    try RapportProcess.run(
      ["report", "nb", "--out", out, "--as-of", asOf] + extra, in: folder.root,
      environment: ["RAPPORT_CACHE_DIR": folder.root + "/cache"])
  }

  @Test func linksAndEmptyFoldersInTheOutputStayAndALinkedOutputIsWrittenThrough() throws {
    let folder = try notebook(["shared/file.txt": "precious\n", "www/reports/.keep": ""])
    let fm = FileManager.default
    try fm.createDirectory(atPath: folder.root + "/out/empty", withIntermediateDirectories: true)
    try fm.createSymbolicLink(
      atPath: folder.root + "/out/data", withDestinationPath: folder.root + "/shared")
    #expect(try report(folder, out: "out").status == 0)
    #expect(try report(folder, out: "out", asOf: "2026-07-01").status == 0)
    #expect(fm.fileExists(atPath: folder.root + "/out/empty"))
    #expect(
      try fm.destinationOfSymbolicLink(atPath: folder.root + "/out/data") == folder.root + "/shared"
    )
    try fm.createDirectory(atPath: folder.root + "/www/reports", withIntermediateDirectories: true)
    try fm.createSymbolicLink(atPath: folder.root + "/publish", withDestinationPath: "www/reports")
    #expect(try report(folder, out: "publish").status == 0)
    #expect(try report(folder, out: "publish", asOf: "2026-07-01").status == 0)
    #expect(try fm.destinationOfSymbolicLink(atPath: folder.root + "/publish") == "www/reports")
    #expect(fm.fileExists(atPath: folder.root + "/www/reports/index.html"))
  }

  @Test func anOutputInsideTheNotebookThroughALinkIsRefused() throws {
    let folder = try notebook()
    try FileManager.default.createSymbolicLink(
      atPath: folder.root + "/link", withDestinationPath: "nb")
    let run = try report(folder, out: "link/reports")
    #expect(run.status == 64)
    #expect(run.stderr.contains("is inside the notebook"), "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.root + "/nb/reports"))
  }

  @Test func damagedPagesAreRebuilt() throws {
    let folder = try notebook()
    #expect(try report(folder, out: "out").status == 0)
    let index = folder.root + "/out/index.html"
    let good = try String(contentsOfFile: index, encoding: .utf8)
    // Truncated: a different size is noticed by any run.
    try String(good.prefix(100)).write(toFile: index, atomically: false, encoding: .utf8)
    #expect(
      try report(folder, out: "out").stderr.contains("3 pages rendered"),
      "the company pages and the style sheet")
    #expect(try String(contentsOfFile: index, encoding: .utf8) == good)
    // Same size and time, other bytes: only a content check notices, which --no-cache makes.
    let time = try FileManager.default.attributesOfItem(atPath: index)[.modificationDate]!
    try good.replacingOccurrences(of: "<html", with: "<HTML").write(
      toFile: index, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: index)
    #expect(
      try report(folder, out: "out", ["--no-cache"]).stderr.contains("3 pages rendered"),
      "the company pages and the style sheet")
    #expect(try String(contentsOfFile: index, encoding: .utf8) == good)
  }

  @Test func aKilledRunIsFinishedOrDiscardedByTheNextOne() throws {
    let folder = try notebook()
    #expect(try report(folder, out: "out").status == 0)
    let fm = FileManager.default
    let staging = folder.root + "/out/.rapport-staging"
    // Killed before committing: the staged page is discarded, the reports stay as they were.
    try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
    try "half-written".write(toFile: staging + "/index.md", atomically: false, encoding: .utf8)
    let before = try String(contentsOfFile: folder.root + "/out/index.md", encoding: .utf8)
    #expect(try report(folder, out: "out").status == 0)
    #expect(!fm.fileExists(atPath: staging))
    #expect(try String(contentsOfFile: folder.root + "/out/index.md", encoding: .utf8) == before)
  }

  @Test func anOutputThatCannotBeMadeIsASentence() throws {
    let folder = try notebook(["file": "not a folder\n"])
    let run = try report(folder, out: "file/reports")
    #expect(run.status != 0)
    #expect(
      run.stderr.contains("error: cannot create the output folder file/reports: Not a directory"),
      "\(run.stderr)")
    #expect(!run.stderr.contains("NSError") && !run.stderr.contains("Domain="))
  }
}

/// What reaches a reviewer or a terminal: every note, and no escape sequence obeyed.
@Suite struct ReviewAndTerminalTests {
  @Test func exportIgnoreCannotHideANoteFromTheDiff() throws {
    let folder = try TemporaryNotebook([
      "nb/acme/account.md": "---\nname: Acme\ncontacts:\n  - { id: jo, name: Jo }\n---\n",
      "nb/acme/2026-01-01-jo.md": "---\ndate: 2026-01-01\ninterviewer: S\ncontact: jo\n---\nHi.\n",
    ])
    for command in [
      "git init -q -b main", "git add -A", "git -c user.email=a@b -c user.name=a commit -qm base",
      "git checkout -qb branch",
      "printf -- '---\\ndate: 2026-02-01\\ninterviewer: M\\ncontact: jo\\nscores: { nps: 0 }\\n---\\nx\\n' > nb/acme/2026-02-01-jo.md",
      "echo 'nb/acme/2026-02-01-jo.md export-ignore' > .gitattributes",
      "git add -A", "git -c user.email=a@b -c user.name=a commit -qm hide",
    ] {
      #expect(shell(command, in: folder.root) == 0, "\(command)")
    }
    let run = try RapportProcess.run(
      ["diff", "main", "HEAD", "--notebook", "nb", "--as-of", "2026-06-30"], in: folder.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("1 added"), "\(run.stdout)")
    #expect(run.stdout.contains("2026-02-01-jo.md"))
  }

  @Test func escapeSequencesInNotesArePrintedVisibly() throws {
    let folder = try TemporaryNotebook([
      "nb/acme/account.md": "---\nname: Acme\n---\n",
      "nb/acme/2026-01-01-x.md":
        "---\ndate: 2026-01-01\ninterviewer: S\ncontact: \"x\\e[2K\\rchecked: 0 errors\\e]0;title\\a\\u202E\"\n---\nHi.\n",
    ])
    let run = try RapportProcess.run(["check", "nb", "--no-cache"], in: folder.root)
    #expect(!run.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(!run.stdout.unicodeScalars.contains { $0.value == 0x0D || $0.value == 0x202E })
    #expect(run.stdout.contains("x^[[2K^Mchecked: 0 errors^[]0;title^G<U+202E>"), "\(run.stdout)")
    for format in ["github", "json"] {
      let other = try RapportProcess.run(
        ["check", "nb", "--no-cache", "--format", format], in: folder.root)
      #expect(!other.stdout.unicodeScalars.contains { $0.value == 0x1B }, "\(format)")
    }
  }
}
