import ArgumentParser
import Foundation
import RapportNotebook
import RapportRendering

/// `rapport export`: the notebook's figures as data for other tools.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the notebook's figures as JSON for other tools.",
    discussion: """
      Writes one JSON document with a stable key order (see docs/export.md) to standard output, or \
      to --out. Confidential notes' words are never exported.

      Examples:
        rapport export --format json > figures.json
        rapport export ~/notebook --as-of 2026-06-30 --out figures.json
      """)

  /// Export formats.
  enum Format: String, CaseIterable, ExpressibleByArgument {
    case json
  }

  @OptionGroup var options: NotebookOptions
  @OptionGroup var asOf: AsOfOption

  @Option(help: "Output format: json.")
  var format: Format = .json

  @Option(help: "Write to this file instead of standard output.", completion: .file())
  var out: String?

  func run() throws {
    let loaded = NotebookSession(options: options).load()
    let notebook = loaded.notebook
    DiagnosticReporter(notebook: options.notebook).print(
      notebook.diagnostics.filter { $0.severity == .error })
    let build = ReportBuild(notebook: notebook, asOf: asOf.day, jobs: options.threads)
    let context = RenderContext(
      asOf: asOf.day, commit: GitInfo.commit(of: options.notebook),
      skippedNotes: notebook.skippedNotes.count,
      noteCount: notebook.noteCount, notebookFromOutput: "")
    let text = JSONExport.document(build.company, context: context).rendered()
    if let out {
      var copy = text
      try copy.withUTF8 { try ReportWriter.writeFile(out, $0) }
    } else {
      Terminal.out(text)
    }
  }
}
