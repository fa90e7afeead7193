import ArgumentParser
import RapportNotebook

/// The `rapport` command line: reads interview notebooks, checks them and writes reports.
public struct Rapport: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "rapport",
    abstract: "Customer relationship research from Markdown interview notes.",
    discussion: """
      A notebook is a folder with one sub-folder per account and one Markdown note per interview.
      Start with `rapport check` to find problems, then `rapport report` to write the reports.
      """,
    version: RapportVersion.current,
    subcommands: [
      CheckCommand.self, ReportCommand.self, ExportCommand.self, DiffCommand.self, NewCommand.self,
    ])

  public init() {}
}
