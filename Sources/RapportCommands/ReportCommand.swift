import ArgumentParser
import Foundation
import RapportAnalysis
import RapportNotebook
import RapportRendering

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
      """)

  @OptionGroup var options: NotebookOptions
  @OptionGroup var asOf: AsOfOption

  @Option(help: "The folder to write reports into (default: ./reports).", completion: .directory)
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

  func run() throws {
    let reporter = DiagnosticReporter(notebook: options.notebook)
    let (templateSet, templateDiagnostics) = loadTemplates()
    guard let templateSet else {
      reporter.print(templateDiagnostics)
      Terminal.err("error: no reports written: fix the template error(s) above.\n")
      throw ExitCode(1)
    }
    let session = NotebookSession(options: options)
    let writer = PageWriter(
      out: out, notebookPath: options.notebook, templates: templateSet, jobs: options.threads,
      asOf: asOf.day)
    // Nothing changed since the last run: say what it said, and leave the reports alone.
    if let (inputs, last) = session.unchanged(), writer.isUpToDate(inputs) {
      reporter.print(last.diagnostics + templateDiagnostics)
      let outcome = PageWriter.Outcome(upToDate: true)
      Terminal.err(
        outcome.summary(
          notes: last.noteCount, skipped: last.skippedNotes.count, accounts: last.accountCount,
          out: out,
          asOf: asOf.day) + "\n")
      if last.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
      return
    }
    let loaded = session.load()
    let notebook = loaded.notebook
    reporter.print(notebook.diagnostics + templateDiagnostics)
    let errors = notebook.diagnostics.filter { $0.severity == .error }.count
    if strict && errors > 0 {
      Terminal.err("error: no reports written: \(errors) error(s) and --strict is set.\n")
      throw ExitCode(1)
    }
    let outcome = try writer.write(loaded)
    Terminal.err(
      outcome.summary(
        notes: notebook.noteCount, skipped: notebook.skippedNotes.count,
        accounts: notebook.accounts.count, out: out,
        asOf: asOf.day) + "\n")
    if errors > 0 { throw ExitCode(1) }
  }

  /// The templates: built-in, replaced by `--templates` or a `templates` folder in the notebook.
  func loadTemplates() -> (TemplateSet?, [Diagnostic]) {
    if let templates { return TemplateSet.load(overrides: templates, displayFolder: templates) }
    let inNotebook = options.notebook + "/templates"
    if FileSystem.isDirectory(inNotebook) {
      return TemplateSet.load(overrides: inNotebook, displayFolder: "templates")
    }
    return TemplateSet.load(overrides: nil)
  }
}
