import ArgumentParser
import Dispatch
import Foundation
import RapportDriver
import RapportNotebook
import RapportSystem

/// `rapport report`: per-account and company-wide reports in Markdown and HTML.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write the per-account and company-wide reports, in Markdown and HTML.",
    discussion: """
      Checks the notebook first: problems are printed, and reports are built from the notes that \
      have no errors and say what was heard (each page says how many were left out). Exits 1 \
      when there were errors.

      Examples:
        rapport report                     # ./notebooks into ./reports, as of today
        rapport report ~/notebook --out ~/site --as-of 2026-06-30
        rapport report --strict            # refuse to build on any error
        rapport report --watch             # rebuild on every save
      """)

  @OptionGroup var options: NotebookOptions
  @OptionGroup var asOf: AsOfOption

  @Option(
    name: .customLong("out"),
    help: ArgumentHelp(
      "The folder to write reports into (default: ./reports, or ../reports when run inside the notebook).",
      valueName: "out"),
    completion: .directory)
  var outOption: String?

  /// The output folder: as given, else `reports` here, or beside the notebook when here is the
  /// notebook itself (reports must never land among the notes).
  var out: String {
    if let outOption { return outOption }
    guard OutputFolder.problem(out: "reports", notebook: options.notebook) != nil else {
      return "reports"
    }
    let parent = (Paths.resolved(options.notebook) as NSString).deletingLastPathComponent
    return Paths.relative(parent + "/reports", from: Paths.resolved("."))
  }

  @Option(
    help: "A folder of templates that replace the built-in ones, file by file.",
    completion: .directory)
  var templates: String?

  @Flag(help: "Refuse to write reports when the notebook has any error.")
  var strict = false

  func validate() throws {
    if let problem = OutputFolder.problem(out: out, notebook: options.notebook) {
      throw ValidationError(problem)
    }
    if let templates, !FileSystem.isDirectory(templates) {
      throw ValidationError("no templates folder at '\(templates)'.")
    }
  }

  @Flag(
    help:
      "Keep running: rebuild whenever a note, profile, rapport.yml or template changes (Ctrl-C stops)."
  )
  var watch = false

  func run() throws {
    guard watch else {
      let (errors, summary) = try build(strict: strict)
      Terminal.err(summary + "\n")
      if errors > 0 { throw ExitCode(1) }
      return
    }
    var folders = [options.notebook]
    if let templates { folders.append(templates) }
    Terminal.err("watching \(folders.joined(separator: " and ")) (Ctrl-C to stop)\n")
    try Watcher(folders: folders).run { [self] in
      let started = DispatchTime.now()
      // A notebook that vanished (deleted, or mid-checkout) keeps the last reports.
      guard FileSystem.isDirectory(options.notebook) else {
        Terminal.err(
          "[\(Watcher.clock())] \(options.notebook) is gone: the reports in \(out) stay as they were until it is back\n"
        )
        return
      }
      do {
        // While notes have errors, or none are found, the last good reports stay as they are.
        let (_, summary) = try build(strict: true, keepIfEmpty: true)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        Terminal.err("[\(Watcher.clock())] \(summary) (\(String(format: "%.2f", seconds)) s)\n")
      } catch {
        Terminal.err("[\(Watcher.clock())] error: \(error)\n")
      }
    }
    Terminal.err("stopped watching\n")
  }

  /// Builds the reports once and prints the diagnostics; the error count and a summary line.
  func build(strict: Bool, keepIfEmpty: Bool = false) throws -> (errors: Int, summary: String) {
    let progress = ProgressLine()
    var request = ReportRequest(out: out, asOf: asOf.day, templates: templates, strict: strict)
    request.keepIfEmpty = keepIfEmpty
    let outcome = try driven { try options.workspace(progress: progress).report(request) }
    progress.finish()
    DiagnosticReporter(notebook: options.notebook).print(outcome.diagnostics)
    for warning in outcome.warnings { Terminal.err("warning: \(warning)\n") }
    return (outcome.errors, Self.summary(outcome, out: out, asOf: asOf.day))
  }

  /// The last line of a run: what was written, with the counts.
  static func summary(_ outcome: ReportOutcome, out: String, asOf: Day) -> String {
    let counts =
      "\(outcome.noteCount) notes, \(outcome.skippedCount) skipped, \(outcome.accountCount) accounts, as of \(asOf)"
    switch outcome.result {
    case .upToDate:
      return "reports in \(out) are up to date (\(counts))"
    case .written(let rendered, let reused):
      return "wrote reports to \(out): \(rendered) pages rendered, \(reused) unchanged (\(counts))"
    case .refused:
      return
        "\(outcome.errors == 1 ? "1 error" : "\(outcome.errors) errors"): reports in \(out) left as they were until \(outcome.errors == 1 ? "it is" : "they are") fixed"
    case .empty:
      return "no notes found: reports in \(out) left as they were"
    case .templateErrors:
      return
        "error: no reports written: fix the template \(outcome.errors == 1 ? "error" : "errors") above"
    }
  }
}
