import ArgumentParser
import Foundation
import RapportNotebook
import RapportSystem

/// `rapport check`: reads a notebook and reports every problem, like a compiler.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a notebook's notes, profiles and settings, like a compiler checks code.",
    discussion: """
      Prints one line per problem, `path:line:col: error|warning: message [rule-id]`, with the \
      offending line under it, then a summary. Exits 0 when there are no errors, 1 when there are, \
      64 on bad usage.

      Examples:
        rapport check                       # the notebook in ./notebooks
        rapport check ~/research/notebook --warnings-as-errors
        rapport check --format github       # annotations for a GitHub Actions run
        rapport check --changed             # only notes changed since the default branch
        rapport check --changed HEAD        # only uncommitted changes (a pre-commit hook)
      """)

  @OptionGroup var options: NotebookOptions

  @Option(help: "Output format: text, github (Actions annotations) or json.")
  var format: DiagnosticPrinter.Format = .text

  @Flag(help: "Treat warnings as errors (exit 1 if there are any).")
  var warningsAsErrors = false

  @Option(
    help: "Diagnostics listed per file in text output before the rest are counted; 0 lists all.")
  var maxPerFile = DiagnosticPrinter.defaultPerFile

  @Option(
    name: .customLong("changed"),
    help: ArgumentHelp(
      "Only report notes changed since a git revision (default: the merge-base with the default branch), and what they affect.",
      valueName: "base"))
  var changed: String?

  @Flag(
    help: "Check what `git commit` would record: the staged files, reporting only staged changes.")
  var staged = false

  func validate() throws {
    if maxPerFile < 0 { throw ValidationError("--max-per-file must be 0 (no limit) or more.") }
  }

  func run() throws {
    var snapshot: String? = nil
    var changedFiles: ChangedFiles? = nil
    var scratch: ScratchFolder? = nil
    defer { scratch?.remove() }
    if staged {
      let repository = try GitRepository(folder: options.notebook)
      let folder = try ScratchFolder(purpose: "staged")
      scratch = folder
      try repository.exportStaged(into: folder.path + "/index")
      snapshot = repository.notebook(in: folder.path + "/index")
      changedFiles = ChangedFiles(paths: Set(repository.stagedFiles()))
    } else if let changed {
      let repository = try GitRepository(folder: options.notebook)
      let base =
        try changed == Rapport.defaultBase ? repository.defaultBase() : repository.commit(changed)
      changedFiles = ChangedFiles(paths: Set(repository.changedFiles(since: base)))
    }
    let session = NotebookSession(options: options, snapshot: snapshot)
    let result: (diagnostics: [Diagnostic], notes: Int, accounts: Int)
    if let (_, last) = session.unchanged() {
      result = (last.diagnostics, last.noteCount, last.accountCount)
    } else {
      let notebook = session.load().notebook
      result = (notebook.diagnostics, notebook.noteCount, notebook.accounts.count)
    }
    var diagnostics = result.diagnostics
    if let changedFiles { diagnostics = diagnostics.filter(changedFiles.affects) }
    if warningsAsErrors {
      for index in diagnostics.indices { diagnostics[index].severity = .error }
    }
    let summary = CheckSummary(
      notes: result.notes, accounts: result.accounts,
      errors: diagnostics.filter { $0.severity == .error }.count,
      warnings: diagnostics.filter { $0.severity == .warning }.count,
      changed: changedFiles?.paths.count)
    let printer = DiagnosticPrinter(
      format: format, paths: DisplayPath(notebook: options.notebook), root: session.root,
      color: Terminal.usesColor(terminal: Terminal.stdoutIsTerminal), perFile: maxPerFile)
    Terminal.out(printer.render(diagnostics, summary: summary))
    if summary.errors > 0 { throw ExitCode(1) }
  }
}

extension DiagnosticPrinter.Format: ExpressibleByArgument {}
