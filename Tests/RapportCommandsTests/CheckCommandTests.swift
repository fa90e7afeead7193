import Foundation
import RapportTestSupport
import Testing

@testable import RapportCommands

/// `rapport check` as a user runs it: output, formats and exit codes, against golden files.
@Suite struct CheckCommandTests {
  static let fixtures = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/check")

  /// Runs check on fixture `name` from the fixtures folder, so paths print as `name/...`.
  func check(_ name: String, _ extra: [String] = []) throws -> RapportProcess.Output {
    try RapportProcess.run(["check", name] + extra, in: Self.fixtures.path)
  }

  @Test(arguments: ["mistakes", "clean"])
  func textOutputMatchesGolden(name: String) throws {
    let output = try check(name)
    let mismatch = Golden.mismatch(
      output.stdout, file: Self.fixtures.appendingPathComponent("\(name).expected.txt"))
    #expect(mismatch == nil, "\(mismatch ?? "")")
    #expect(output.status == (name == "clean" ? 0 : 1))
  }

  @Test func githubAnnotationsMatchGolden() throws {
    let output = try check("mistakes", ["--format", "github"])
    let mismatch = Golden.mismatch(
      output.stdout, file: Self.fixtures.appendingPathComponent("mistakes.github.txt"))
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }

  @Test func jsonOutputParsesAndCountsMatch() throws {
    let output = try check("mistakes", ["--format", "json"])
    let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as! [String: Any]
    let diagnostics = json["diagnostics"] as! [[String: Any]]
    let summary = json["summary"] as! [String: Int]
    #expect(summary["errors"] == diagnostics.filter { $0["severity"] as? String == "error" }.count)
    #expect(
      summary["warnings"] == diagnostics.filter { $0["severity"] as? String == "warning" }.count)
    #expect(diagnostics.allSatisfy { ($0["file"] as? String)?.hasPrefix("mistakes/") == true })
  }

  @Test func warningsAsErrorsFailsOnWarnings() throws {
    #expect(try check("warnings-only").status == 0)
    let strict = try check("warnings-only", ["--warnings-as-errors"])
    #expect(strict.status == 1)
    #expect(strict.stdout.contains(": error: "))
    #expect(!strict.stdout.contains(": warning: "))
  }

  @Test func everyLongOptionIsKnownToTheMissingFolderHint() throws {
    for command in ["check", "report", "export", "diff", "plan", "tellback", "lsp", "new note"] {
      let help = try RapportProcess.run(command.split(separator: " ").map(String.init) + ["--help"])
      #expect(help.stdout.contains("--help"), "\(command) printed its help")
      for match in help.stdout.matches(of: #/--[a-z][a-z-]+/#) {
        #expect(
          NotebookOptions.knownOptions.contains(String(match.output)), "\(command): \(match.output)"
        )
      }
    }
  }

  @Test func badUsageExits64WithAHint() throws {
    let missing = try check("no-such-folder")
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("no notebook folder"))
    // `--notebook` is an option of lsp and tellback: its value is the folder that is missing.
    for arguments in [
      ["lsp", "--notebook", "/no/such/dir"], ["tellback", "x", "--notebook", "/no/such/dir"],
      ["report", "--strict", "/no/such/dir"], ["check", "--no-cache", "/no/such/dir"],
    ] {
      let run = try RapportProcess.run(arguments)
      #expect(
        run.status == 64 && run.stderr.contains("no notebook folder at '/no/such/dir'"),
        "\(run.stderr)")
    }
    #expect(try check("clean", ["--format", "xml"]).status == 64)
    #expect(try check("clean", ["--jobs", "0"]).status == 64)
  }

  @Test func aNoteDatedAfterTodayIsAWarningInEveryFormat() throws {
    let folder = try TemporaryNotebook([
      "nb/acme/account.md":
        "---\nname: Acme\ncontacts:\n  - { id: jane-doe, name: Jane Doe }\n---\n",
      "nb/acme/2062-03-14-jane.md":
        "---\ndate: 2062-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\n---\nJane is happy.\n",
    ])
    let environment = [
      "RAPPORT_TODAY": "2026-11-26", "RAPPORT_CACHE_DIR": folder.root + "/cache",
    ]
    let text = try RapportProcess.run(["check", "nb"], in: folder.root, environment: environment)
    #expect(text.status == 0)
    #expect(
      text.stdout == """
        nb/acme/2062-03-14-jane.md:2:7: warning: date 2062-03-14 is after today, 2026-11-26: did you mean 2026-03-14? Reports leave a note out until its date [note.date.future]
         2 | date: 2062-03-14
           |       ^~~~~~~~~~
        checked 1 note in 1 account: 0 errors, 1 warning

        """)
    let github = try RapportProcess.run(
      ["check", "nb", "--format", "github"], in: folder.root, environment: environment)
    #expect(
      github.stdout.hasPrefix(
        "::warning file=nb/acme/2062-03-14-jane.md,line=2,col=7,title=note.date.future::date 2062-03-14"
      ))
    let json = try RapportProcess.run(
      ["check", "nb", "--format", "json"], in: folder.root, environment: environment)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
    let diagnostics = object["diagnostics"] as! [[String: Any]]
    #expect(diagnostics.map { $0["rule"] as? String } == ["note.date.future"])
    #expect((object["summary"] as! [String: Int])["warnings"] == 1)
    #expect(
      try RapportProcess.run(
        ["check", "nb", "--warnings-as-errors"], in: folder.root, environment: environment
      ).status == 1)
    // The same cached outcome, on the day itself.
    var onTheDay = environment
    onTheDay["RAPPORT_TODAY"] = "2062-03-14"
    let later = try RapportProcess.run(["check", "nb"], in: folder.root, environment: onTheDay)
    #expect(later.stdout == "checked 1 note in 1 account: 0 errors, 0 warnings\n")
  }

  @Test func aFileNameOrValueCannotStartALineOfItsOwn() throws {
    let folder = try TemporaryNotebook([
      "nb/acme/account.md": "---\nname: Acme\ncontacts:\n  - { id: ann, name: Ann }\n---\n",
      "nb/acme/2026-03-01-a\n::warning::FROMNAME.md":
        "---\ndate: 2026-03-01\ninterviewer: Sam\ncontact: \"Bob\\n::notice::FAKE \\e[2J\\r\"\n---\nHi.\n",
    ])
    let output = try RapportProcess.run(["check", "nb"], in: folder.root)
    #expect(output.stdout.contains("FROMNAME"), "\(output.stdout)")
    for line in output.stdout.split(separator: "\n") {
      #expect(!line.hasPrefix("::"), "a line of its own: \(line)")
    }
    #expect(!output.stdout.contains("\u{1B}") && !output.stdout.contains("\r"))
  }

  @Test func noColourWhenNotATerminal() throws {
    let output = try RapportProcess.run(
      ["check", "mistakes"], in: Self.fixtures.path, environment: ["NO_COLOR": ""])
    #expect(!output.stdout.contains("\u{1B}["))
  }
}

/// The sample notebook the README runs on is clean.
@Suite struct SampleNotebookTests {
  @Test func sampleNotebookHasNoErrorsOrWarnings() throws {
    let output = try RapportProcess.run(
      ["check", "notebooks", "--no-cache"], in: RepositoryPaths.root.path)
    #expect(output.status == 0)
    #expect(output.stdout.hasSuffix("accounts: 0 errors, 0 warnings\n"), "\(output.stdout)")
    let notes = output.stdout.split(separator: " ")[1]
    #expect(Int(notes) ?? 0 >= 30)
  }
}

/// Help, completions and usage errors: every subcommand explains itself.
@Suite struct HelpTests {
  @Test(arguments: ["check", "report", "export", "diff", "plan", "new note", "new account"])
  func everySubcommandHasHelpWithAnExample(command: String) throws {
    let run = try RapportProcess.run(command.split(separator: " ").map(String.init) + ["--help"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("Examples:"), "\(command) --help has no example")
    #expect(run.stdout.contains("rapport \(command)"))
  }

  @Test(arguments: ["check", "report", "export", "diff", "plan", "new note", "new account"])
  func examplesFitEightyColumnsUnwrapped(command: String) throws {
    let run = try RapportProcess.run(
      command.split(separator: " ").map(String.init) + ["--help"], environment: ["COLUMNS": "80"])
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(lines.firstIndex(of: "Examples:"))
    for line in lines[(start + 1)...].prefix(while: { !$0.isEmpty }) {
      #expect(line.hasPrefix("  rapport ") || line.hasPrefix("  #"), "wrapped: \(line)")
      #expect(line.count <= 80, "too long: \(line)")
    }
  }

  @Test func versionNamesTheCmarkLibrary() throws {
    let run = try RapportProcess.run(["--version"])
    #expect(run.status == 0)
    #expect(
      run.stdout.hasPrefix("rapport ") && run.stdout.contains("(libcmark 0."), "\(run.stdout)")
  }

  @Test func noCommandIsAUsageErrorWithTheHelpOnStandardError() throws {
    let run = try RapportProcess.run([])
    #expect(run.status == 64)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("USAGE: rapport <subcommand>"))
  }

  @Test func newNoteCompletesAccountsAndTheirContacts() throws {
    let root = RepositoryPaths.root.path
    let accounts = try RapportProcess.run(
      [
        "---completion", "new", "note", "--", "positional@0", "3", "0", "rapport", "new", "note",
        "",
      ],
      in: root)
    #expect(accounts.stdout.split(separator: "\n").contains("northwind-logistics"))
    let contacts = try RapportProcess.run(
      [
        "---completion", "new", "note", "--", "positional@1", "4", "1", "rapport", "new", "note",
        "northwind-logistics", "t",
      ], in: root)
    #expect(contacts.stdout == "tomas-berg\n", "\(contacts.stdout)")
  }

  @Test(
    "the manual page generated from the command line has no mdoc warnings",
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: "/usr/bin/mandoc")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"),
      "mandoc or python3 is not installed (scripts/ensure-deps --all installs them)"))
  func manualPageIsCleanMdoc() throws {
    let dump = try RapportProcess.run(["--experimental-dump-help"])
    let folder = try TemporaryNotebook(["help.json": dump.stdout])
    let script = RepositoryPaths.root.appendingPathComponent("scripts/generate-manual").path
    #expect(shell("python3 \(script) < help.json > rapport.1", in: folder.root) == 0)
    let page = try String(contentsOfFile: folder.root + "/rapport.1", encoding: .utf8)
    #expect(page.contains(".Ss rapport new note"))
    #expect(page.contains(".Bd -literal"))
    #expect(shell("mandoc -T lint -W warning rapport.1 > lint.txt 2>&1", in: folder.root) == 0)
    #expect(try String(contentsOfFile: folder.root + "/lint.txt", encoding: .utf8) == "")
  }

  @Test func thePreCommitHookDefinitionRunsAStagedCheck() throws {
    let text = try String(
      contentsOf: RepositoryPaths.root.appendingPathComponent(".pre-commit-hooks.yaml"),
      encoding: .utf8)
    #expect(YAMLCheck.isValid(text))
    #expect(text.contains("id: rapport-check"))
    #expect(text.contains("entry: rapport check --staged"))
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func completionScriptsAreGenerated(shell: String) throws {
    let run = try RapportProcess.run(["--generate-completion-script", shell])
    #expect(run.status == 0)
    #expect(run.stdout.contains("report") && run.stdout.contains("diff"))
  }
}
