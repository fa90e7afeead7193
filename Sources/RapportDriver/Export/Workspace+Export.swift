import Foundation
import RapportAnalysis
import RapportNotebook
import RapportRendering
import RapportSystem

/// The formats `export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
  case json, csv, sqlite
}

/// What an export produced.
public struct ExportOutcome: Sendable {
  /// The notebook's diagnostics (the export leaves out notes with errors or nothing written).
  public var diagnostics: [Diagnostic]
  /// The JSON document when no file was named (for standard output).
  public var text: String?
  /// Files written, as the user named them.
  public var written: [String]
  /// Notes left out because they have errors.
  public var notesLeftOut = 0
}

extension Workspace {
  /// Exports the notebook's figures (JSON) or data (CSV tables, SQLite) as of `asOf`; `out` is a
  /// file (JSON, SQLite) or folder (CSV), defaulted for CSV and SQLite, standard output for JSON.
  public func export(_ format: ExportFormat, asOf: Day, out: String?) throws -> ExportOutcome {
    let loaded = load()
    let notebook = loaded.notebook
    var outcome = ExportOutcome(diagnostics: notebook.diagnostics, text: nil, written: [])
    let erroneous = Set(notebook.diagnostics.filter { $0.severity == .error }.map(\.file))
    outcome.notesLeftOut = erroneous.intersection(notebook.skippedNotes).count
    switch format {
    case .json:
      let analysis = NotebookAnalysis(notebook: notebook, asOf: asOf, jobs: options.jobs)
      var context = RenderContext(
        notebook: notebook, asOf: asOf, commit: GitInfo.commit(of: self.notebook),
        notebookFromOutput: ""
      ).linkingNotes(settings: notebook.settings, notebookPath: self.notebook)
      context.laterByAccount = loaded.notesDated(after: asOf)
      let text = JSONExport.document(analysis.company, context: context).rendered()
      if let out {
        try write(out, text)
        outcome.written = [out]
      } else {
        outcome.text = text
      }
    case .csv:
      let folder = out ?? "export"
      do { try FileSystem.makeFolders(folder) } catch {
        throw DriverError("cannot create \(folder): \(error.reason)")
      }
      for table in ExportTables(notebook: notebook, asOf: asOf).tables {
        let path = folder + "/" + table.name + ".csv"
        try write(path, CSV.text(table))
        outcome.written.append(path)
      }
    case .sqlite:
      let file = out ?? "rapport.sqlite"
      try SQLiteExport.write(
        ExportTables(notebook: notebook, asOf: asOf), settings: notebook.settings, asOf: asOf,
        to: file)
      outcome.written = [file]
    }
    return outcome
  }

  private func write(_ path: String, _ text: String) throws {
    do { try FileSystem.write(path, text: text) } catch { throw DriverError(error.description) }
  }
}
