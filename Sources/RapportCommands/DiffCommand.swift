import ArgumentParser
import Foundation
import RapportDriver
import RapportNotebook
import RapportRendering
import RapportSystem

/// `rapport diff`: what a change to the notebook means, for a pull-request review.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract:
      "Summarise what changed in the notebook between two git revisions, for a pull request.",
    discussion: """
      Compares the notebook at BASE (default: the merge-base with the default branch) with HEAD \
      (default: the working tree) and prints a Markdown summary to paste into a pull request: \
      interviews added, changed, moved and removed; score changes per person; commitments added, \
      completed, re-dated or newly overdue; themes raised for the first time; coverage changes; \
      and check problems introduced or fixed. Confidential notes' words never appear.

      Examples:
        rapport diff                          # this branch and uncommitted edits
        rapport diff main                     # against main
        rapport diff v1.0 HEAD --format json  # two commits, for tools
      """)

  @Argument(help: "The revision to compare from (default: the merge-base with the default branch).")
  var base: String?

  @Argument(help: "The revision to compare to (default: the working tree).")
  var head: String?

  @OptionGroup var location: NotebookFolderOption

  /// The notebook folder, defaulted as for every other command.
  var notebook: String { location.notebook }

  @OptionGroup var asOf: AsOfOption

  @Option(help: "Output format: markdown or json.")
  var format: Format = .markdown

  /// Output formats of `diff`.
  enum Format: String, CaseIterable, ExpressibleByArgument {
    case markdown, json
  }

  func validate() throws {
    guard FileSystem.isDirectory(notebook) else {
      throw ValidationError(
        "no notebook folder at '\(notebook)'. Pass --notebook with the folder inside your git repository."
      )
    }
  }

  func run() throws {
    let outcome = try driven {
      try Workspace(
        notebook: notebook,
        options: Workspace.Options(environment: ProcessInfo.processInfo.environment)
      ).diff(base: base, head: head, asOf: asOf.day)
    }
    switch format {
    case .markdown:
      Terminal.out(
        TerminalText.safe(
          ChangesSummary.markdown(
            outcome.changes, base: outcome.baseName, head: outcome.headName, asOf: asOf.day)))
    case .json:
      Terminal.out(
        ChangesSummary.json(
          outcome.changes, base: outcome.baseCommit, head: outcome.headCommit, asOf: asOf.day
        ).rendered())
    }
  }
}
