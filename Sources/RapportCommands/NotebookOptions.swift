import ArgumentParser
import Foundation
import RapportDriver
import RapportNotebook
import RapportSystem

/// Options every command that reads a notebook shares.
struct NotebookOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "The notebook folder (default: ./notebooks, or the current folder when it holds rapport.yml).",
      valueName: "notebook"),
    completion: .directory)
  var folder: String?

  @Option(name: .shortAndLong, help: "Notes to read in parallel (default: the number of cores).")
  var jobs: Int?

  @Flag(help: "Read every note again instead of reusing the cache of an earlier run.")
  var noCache = false

  /// The notebook folder: as given, else `./notebooks`, else `.` when run inside a notebook.
  var notebook: String { folder ?? Self.defaultNotebook }

  /// `notebooks`, unless there is none here and this folder is itself a notebook.
  static var defaultNotebook: String {
    !FileSystem.isDirectory("notebooks") && FileSystem.exists("rapport.yml") ? "." : "notebooks"
  }

  func validate() throws {
    try Self.validate(notebook: notebook)
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
  }

  /// Every long option of rapport's commands: one of them before a missing folder is no mistake
  /// of its own (`--strict missing`, `--notebook missing`).
  static let knownOptions: Set<String> = [
    "--account", "--as-of", "--changed", "--date", "--format", "--help", "--jobs", "--max-per-file",
    "--name", "--no-cache", "--notebook", "--out", "--staged", "--stdio", "--strict", "--templates",
    "--type", "--version", "--warnings-as-errors", "--watch",
  ]

  /// Refuses a notebook path that is not a folder, saying what was probably meant.
  static func validate(notebook: String) throws {
    guard !FileSystem.isDirectory(notebook) else { return }
    // An unknown option makes its value look like the notebook argument: say which option.
    let arguments = CommandLine.arguments
    if let index = arguments.lastIndex(of: notebook), index > 1,
      arguments[index - 1].hasPrefix("--"), !Self.knownOptions.contains(arguments[index - 1])
    {
      throw ValidationError(
        "'\(arguments[index - 1])' is not an option of this command (see --help), so '\(notebook)' was read as the notebook folder."
      )
    }
    if Day(notebook) != nil {
      throw ValidationError(
        "'\(notebook)' is a date, not a notebook folder: dates go after an option such as --as-of \(notebook)."
      )
    }
    throw ValidationError(
      "no notebook folder at '\(notebook)'. Pass the folder that holds rapport.yml and the account folders, e.g. `rapport check path/to/notebook`."
    )
  }

  /// The number of threads to read with.
  var threads: Int { jobs ?? ProcessorCount.available }

  /// The workspace over the notebook, with a progress line on a terminal.
  func workspace(progress: ProgressLine? = nil) -> Workspace {
    var report: (@Sendable (Int, Int) -> Void)? = nil
    if let progress { report = { done, total in progress.update(done: done, total: total) } }
    return Workspace(
      notebook: notebook,
      options: Workspace.Options(
        jobs: threads, usesCache: !noCache, environment: ProcessInfo.processInfo.environment,
        progress: report))
  }
}

/// `--notebook DIR`, for commands whose arguments are something else (`diff`, `new`).
struct NotebookFolderOption: ParsableArguments {
  @Option(
    name: .customLong("notebook"),
    help:
      "The notebook folder (default: ./notebooks, or the current folder when it holds rapport.yml).",
    completion: .directory)
  var folder: String?

  /// The notebook folder: as given, else the same default as the other commands.
  var notebook: String { folder ?? NotebookOptions.defaultNotebook }
}
