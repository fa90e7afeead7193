import ArgumentParser
import Foundation
import RapportDriver
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
        rapport check                      # the notebook in ./notebooks
        rapport check ~/research/notebook --warnings-as-errors
        rapport check --format github      # annotations for GitHub Actions
        rapport check --changed            # notes changed since the default branch
        rapport check --changed HEAD       # uncommitted changes only
        rapport check --staged             # what `git commit` would record
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
    let scope: CheckScope =
      staged
      ? .staged
      : changed.map { .changed(since: $0 == Rapport.defaultBase ? nil : $0) } ?? .everything
    let progress = ProgressLine()
    var outcome = try driven { try options.workspace(progress: progress).check(scope) }
    progress.finish()
    if warningsAsErrors {
      for index in outcome.diagnostics.indices { outcome.diagnostics[index].severity = .error }
    }
    let summary = CheckSummary(
      notes: outcome.noteCount, accounts: outcome.accountCount, errors: outcome.errors,
      warnings: outcome.warnings, changed: outcome.changedFiles)
    let printer = DiagnosticPrinter(
      format: format, paths: DisplayPath(notebook: options.notebook), root: outcome.root,
      color: Terminal.usesColor(terminal: Terminal.stdoutIsTerminal), perFile: maxPerFile)
    Terminal.out(printer.render(outcome.diagnostics, summary: summary))
    if summary.errors > 0 { throw ExitCode(1) }
  }
}

extension DiagnosticPrinter.Format: ExpressibleByArgument {}
