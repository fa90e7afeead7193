import ArgumentParser
import Foundation
import RapportNotebook
import RapportRendering
import RapportSystem

/// `rapport export`: the notebook's data and figures for other tools.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the notebook as JSON figures, CSV tables or a SQLite database.",
    discussion: """
      json writes one document with a stable key order to standard output (or --out FILE). csv \
      writes one RFC 4180 file per table into a folder (--out, default ./export). sqlite writes a \
      database with the same tables, keys, indexes and NPS views (--out, default ./rapport.sqlite). \
      Confidential notes' words are never exported. The schema is in docs/export.md.

      Examples:
        rapport export --format json > figures.json
        rapport export --format csv --out tables
        rapport export --format sqlite --out research.sqlite --as-of 2026-06-30
      """)

  /// Export formats.
  enum Format: String, CaseIterable, ExpressibleByArgument {
    case json, csv, sqlite
  }

  @OptionGroup var options: NotebookOptions
  @OptionGroup var asOf: AsOfOption

  @Option(help: "Output format: json, csv or sqlite.")
  var format: Format = .json

  @Option(help: "Where to write: a file (json, sqlite) or a folder (csv).", completion: .file())
  var out: String?

  func validate() throws {
    if let out { try OutputFolder.validate(out: out, notebook: options.notebook, allowFile: true) }
  }

  func run() throws {
    let session = NotebookSession(options: options)
    let loaded = session.load()
    let notebook = loaded.notebook
    DiagnosticReporter(notebook: options.notebook).print(
      notebook.diagnostics.filter { $0.severity == .error })
    switch format {
    case .json:
      let build = ReportBuild(notebook: notebook, asOf: asOf.day, jobs: options.threads)
      let context = RenderContext(
        asOf: asOf.day, commit: GitInfo.commit(of: options.notebook),
        skippedNotes: notebook.skippedNotes.count,
        noteCount: notebook.noteCount, notebookFromOutput: "",
        tellBackTag: notebook.settings.tellBackTag)
      let text = JSONExport.document(build.company, context: context).rendered()
      if let out {
        var copy = text
        try copy.withUTF8 { try ReportWriter.writeFile(out, $0) }
      } else {
        Terminal.out(text)
      }
    case .csv:
      let folder = out ?? "export"
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      for table in ExportTables(notebook: notebook, asOf: asOf.day).tables {
        var text = CSV.text(table)
        try text.withUTF8 { try ReportWriter.writeFile(folder + "/" + table.name + ".csv", $0) }
      }
      Terminal.err(
        "wrote \(folder)/accounts.csv, contacts.csv, interviews.csv, scores.csv, themes.csv, quotes.csv, commitments.csv\n"
      )
    case .sqlite:
      let file = out ?? "rapport.sqlite"
      try SQLiteExport.write(
        ExportTables(notebook: notebook, asOf: asOf.day), settings: notebook.settings,
        asOf: asOf.day, to: file)
      Terminal.err("wrote \(file)\n")
    }
  }
}
