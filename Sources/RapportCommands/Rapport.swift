import ArgumentParser
import Foundation
import RapportDriver
import RapportMarkdown
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
    version: "rapport \(RapportVersion.current) (libcmark \(Markdown.cmarkVersion))",
    subcommands: [
      CheckCommand.self, ReportCommand.self, ExportCommand.self, DiffCommand.self, PlanCommand.self,
      TellBackCommand.self, NewCommand.self, LSPCommand.self,
    ])

  public init() {}

  /// Runs the command line: a mistyped command gets a "did you mean" (argument parsing alone
  /// would only say the argument is unexpected).
  public static func start(_ arguments: [String]) {
    Memory.mapLargeBlocksAlone()
    let arguments = normalized(arguments)
    // No command at all is a usage error: the help goes to standard error, as for other mistakes.
    if arguments.isEmpty {
      Terminal.err(helpMessage() + "\n")
      Foundation.exit(ExitCode.validationFailure.rawValue)
    }
    if let first = arguments.first, !first.hasPrefix("-") {
      let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
      let aliases = configuration.subcommands.flatMap { $0.configuration.aliases }
      if !names.contains(first), !aliases.contains(first) {
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

extension Rapport {
  /// The value a bare `--changed` stands for: the merge-base with the default branch.
  static let defaultBase = "@{merge-base}"

  /// The arguments with a bare `--changed` (no revision after it) given the default base, so that
  /// `check --changed [BASE]` can leave BASE out.
  public static func normalized(_ arguments: [String]) -> [String] {
    var result: [String] = []
    for (index, argument) in arguments.enumerated() {
      if argument == "--changed",
        index + 1 == arguments.count || arguments[index + 1].hasPrefix("-")
      {
        result.append("--changed=" + defaultBase)
      } else {
        result.append(argument)
      }
    }
    return result
  }
}

/// Prints `text` to standard error and gives the error that ends the command with status 1.
func failure(_ text: String) -> Error {
  Terminal.err(text + "\n")
  return ExitCode(1)
}

/// Runs a driver call, printing a failure worded for the user (`error: …`) and exiting 1, or 64
/// when the command line named something that is not there.
func driven<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as DriverError where error.isUsage {
    Terminal.err("error: \(error.description)\n")
    throw ExitCode.validationFailure
  } catch let error as DriverError {
    throw failure("error: \(error.description)")
  } catch let error as WriteError {
    throw failure("error: \(error.description)")
  } catch let error as FileError {
    throw failure("error: \(error.description)")
  }
}
