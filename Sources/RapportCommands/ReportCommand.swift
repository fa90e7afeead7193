import ArgumentParser
import Dispatch
import Foundation
import RapportAnalysis
import RapportNotebook
import RapportRendering
import RapportSystem

/// `rapport report`: per-account and company-wide reports in Markdown and HTML.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write the per-account and company-wide reports, in Markdown and HTML.",
    discussion: """
      Checks the notebook first: problems are printed, and reports are built from the notes that \
      have no errors (each page says how many were left out). Exits 1 when there were errors.

      Examples:
        rapport report                              # ./notebooks into ./reports, as of today
        rapport report ~/notebook --out ~/site --as-of 2026-06-30
        rapport report --strict                     # refuse to build on any error
        rapport report --watch                      # rebuild on every save
      """)

  @OptionGroup var options: NotebookOptions
  @OptionGroup var asOf: AsOfOption

  @Option(help: "The folder to write reports into.", completion: .directory)
  var out: String = "reports"

  @Option(
    help: "A folder of templates that replace the built-in ones, file by file.",
    completion: .directory)
  var templates: String?

  @Flag(help: "Refuse to write reports when the notebook has any error.")
  var strict = false

  func validate() throws {
    try OutputFolder.validate(out: out, notebook: options.notebook)
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
      let result = try build(strict: strict)
      Terminal.err(result.summary + "\n")
      if result.errors > 0 { throw ExitCode(1) }
      return
    }
    var folders = [options.notebook]
    if let templates { folders.append(templates) }
    Terminal.err("watching \(folders.joined(separator: " and ")) (Ctrl-C to stop)\n")
    try Watcher(folders: folders).run { [self] in
      let started = DispatchTime.now()
      do {
        // While notes have errors the last good reports stay as they are.
        let result = try build(strict: true)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        Terminal.err(
          "[\(Watcher.clock())] \(result.summary) in \(String(format: "%.2f", seconds)) s\n")
      } catch {
        Terminal.err("[\(Watcher.clock())] error: \(error)\n")
      }
    }
    Terminal.err("stopped watching\n")
  }

  /// What one build did.
  struct BuildResult {
    var errors: Int
    var summary: String
  }

  /// Checks the notebook and writes the reports that changed; with `strict`, writes nothing on errors.
  func build(strict: Bool) throws -> BuildResult {
    let reporter = DiagnosticReporter(notebook: options.notebook)
    let sources = templateSources()
    let session = NotebookSession(options: options)
    let writer = PageWriter(
      out: out, notebookPath: options.notebook, templatesFingerprint: sources.fingerprint,
      jobs: options.threads, asOf: asOf.day)
    // Nothing changed since the last run: say what it said, and leave the reports alone. (The
    // templates parsed then, since their texts are part of what is compared.)
    if sources.isReadable, let (inputs, last) = session.unchanged(), writer.isUpToDate(inputs) {
      reporter.print(last.diagnostics + sources.diagnostics)
      let summary = PageWriter.Outcome(upToDate: true).summary(
        notes: last.noteCount, skipped: last.skippedNotes.count, accounts: last.accountCount,
        out: out, asOf: asOf.day)
      return BuildResult(
        errors: last.diagnostics.filter { $0.severity == .error }.count, summary: summary)
    }
    let (templateSet, templateDiagnostics) = sources.parse()
    guard let templateSet else {
      reporter.print(templateDiagnostics)
      return BuildResult(
        errors: 1, summary: "error: no reports written: fix the template error(s) above")
    }
    let loaded = session.load()
    let notebook = loaded.notebook
    reporter.print(notebook.diagnostics + templateDiagnostics)
    let errors = notebook.diagnostics.filter { $0.severity == .error }.count
    if strict && errors > 0 {
      return BuildResult(
        errors: errors,
        summary:
          "\(errors) error(s): reports in \(out) left as they were until the errors are fixed")
    }
    let outcome = try writer.write(loaded, templates: templateSet)
    for warning in outcome.warnings { Terminal.err("warning: \(warning)\n") }
    let summary = outcome.summary(
      notes: notebook.noteCount, skipped: notebook.skippedNotes.count,
      accounts: notebook.accounts.count, out: out,
      asOf: asOf.day)
    return BuildResult(errors: errors, summary: summary)
  }

  /// The templates: built-in, replaced by `--templates` or a `templates` folder in the notebook.
  func templateSources() -> TemplateSources {
    if let templates { return TemplateSources.read(overrides: templates, displayFolder: templates) }
    let inNotebook = options.notebook + "/templates"
    if FileSystem.isDirectory(inNotebook) {
      return TemplateSources.read(overrides: inNotebook, displayFolder: inNotebook)
    }
    return TemplateSources.read(overrides: nil)
  }
}
