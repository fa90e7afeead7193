import ArgumentParser
import Foundation
import RapportDriver
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

  @OptionGroup var options: NotebookOptions
  @OptionGroup var asOf: AsOfOption

  @Option(help: "Output format: json, csv or sqlite.")
  var format: ExportFormat = .json

  @Option(help: "Where to write: a file (json, sqlite) or a folder (csv).", completion: .file())
  var out: String?

  func validate() throws {
    if let out,
      let problem = OutputFolder.problem(out: out, notebook: options.notebook, allowFile: true)
    {
      throw ValidationError(problem)
    }
  }

  func run() throws {
    let outcome = try driven { try options.workspace().export(format, asOf: asOf.day, out: out) }
    let errors = outcome.diagnostics.filter { $0.severity == .error }
    DiagnosticReporter(notebook: options.notebook).print(errors)
    if let text = outcome.text { Terminal.out(text) }
    switch format {
    case .json:
      // To standard output there is nothing to say; to a file, say so as the others do.
      if !outcome.written.isEmpty {
        Terminal.err("wrote \(outcome.written.joined(separator: ", "))\n")
      }
    case .csv:
      let folder = (outcome.written.first as NSString?)?.deletingLastPathComponent ?? "export"
      Terminal.err(
        "wrote \(folder)/accounts.csv, contacts.csv, interviews.csv, scores.csv, themes.csv, quotes.csv, commitments.csv\n"
      )
    case .sqlite:
      Terminal.err("wrote \(outcome.written.joined(separator: ", "))\n")
    }
    // Written without the notes that have errors, as `report` is: a script must not take the
    // export for the whole notebook.
    if !errors.isEmpty {
      let count = errors.count == 1 ? "1 error" : "\(errors.count) errors"
      let notes = outcome.notesLeftOut == 1 ? "1 note" : "\(outcome.notesLeftOut) notes"
      Terminal.err(
        outcome.notesLeftOut == 0
          ? "\(count) (above); no note is left out of the export\n"
          : "\(count): \(notes) with errors \(outcome.notesLeftOut == 1 ? "is" : "are") left out of the export\n"
      )
      throw ExitCode(1)
    }
  }
}

extension ExportFormat: ExpressibleByArgument {}
