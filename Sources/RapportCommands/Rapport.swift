import ArgumentParser
import Foundation
import RapportNotebook
import RapportSystem

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

  /// Runs the command line: a mistyped command gets a "did you mean" (argument parsing alone
  /// would only say the argument is unexpected).
  public static func start(_ arguments: [String]) {
    let arguments = normalized(arguments)
    if let first = arguments.first, !first.hasPrefix("-") {
      let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
      if !names.contains(first) {
        Terminal.err(
          "Error: `\(first)` is not a rapport command"
            + (Suggestion.closest(to: first, among: names).map { "; did you mean `\($0)`?" }
              ?? "; the commands are \(names.dropLast().joined(separator: ", "))")
            + "\nUsage: rapport <command> (see 'rapport --help')\n")
        Foundation.exit(ExitCode.validationFailure.rawValue)
      }
    }
    main(arguments)
  }
}
