import ArgumentParser
import RapportNotebook

/// Options every command that reads a notebook shares.
struct NotebookOptions: ParsableArguments {
  @Argument(help: "The notebook folder (default: ./notebooks).", completion: .directory)
  var notebook: String = "notebooks"

  @Option(name: .shortAndLong, help: "Notes to read in parallel (default: the number of cores).")
  var jobs: Int?

  @Flag(help: "Read every note again instead of reusing the cache of an earlier run.")
  var noCache = false

  func validate() throws {
    guard FileSystem.isDirectory(notebook) else {
      throw ValidationError(
        "no notebook folder at '\(notebook)'. Pass the folder that holds rapport.yml and the account folders, e.g. `rapport check path/to/notebook`."
      )
    }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
  }

  /// The number of threads to read with.
  var threads: Int { jobs ?? ProcessInfoCores.count }
}
