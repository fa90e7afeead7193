import ArgumentParser
import Foundation
import RapportEditorService
import RapportLanguageServer
import RapportNotebook
import RapportSystem

/// `rapport lsp`: a language server for editors, on standard input and output.
struct LSPCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lsp",
    abstract: "Serve editors over the Language Server Protocol on standard input and output.",
    discussion: """
      An editor starts `rapport lsp` and talks to it over standard input and output. It finds the \
      notebook from the editor's folder or the file opened (the nearest folder with rapport.yml, \
      else the folder above the account folder) and shows the problems `rapport check` finds as \
      you type, with quick fixes, completion of contacts, people, themes, scales and dates, \
      hovers, go-to-definition and an outline of each note. docs/editors.md has the set-up for \
      VS Code, Neovim, Helix, Zed and Emacs.

      Examples:
        rapport lsp                         # started by the editor
        rapport lsp --notebook ~/research   # this notebook, whatever is opened
      """)

  @Option(
    help: ArgumentHelp(
      "The notebook to serve (default: found from the editor's folder and files).",
      valueName: "folder"),
    completion: .directory)
  var notebook: String?

  @Option(name: .shortAndLong, help: "Notes to read in parallel (default: the number of cores).")
  var jobs: Int?

  @Flag(help: "Read every note again instead of reusing the cache of an earlier run.")
  var noCache = false

  // Editors' generic clients often add this; standard input and output are the only transport.
  @Flag(help: .hidden) var stdio = false

  func validate() throws {
    if let notebook { try NotebookOptions.validate(notebook: notebook) }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
  }

  func run() throws {
    // An editor that goes away closes the pipe: writes then fail instead of ending the process.
    signal(SIGPIPE, SIG_IGN)
    let service = NotebookService(
      options: NotebookService.Options(
        jobs: jobs ?? ProcessorCount.available, usesCache: !noCache,
        environment: ProcessInfo.processInfo.environment, notebook: notebook))
    let server = LanguageServer(
      service: service, configuration: LanguageServer.Configuration(version: RapportVersion.current)
    )
    let status = server.run(
      input: FileDescriptorSource.standardInput, output: FileDescriptorSink.standardOutput)
    throw ExitCode(status)
  }
}
