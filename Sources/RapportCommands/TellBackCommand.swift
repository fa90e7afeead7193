import ArgumentParser
import Foundation
import RapportDriver
import RapportRendering
import RapportSystem

/// `rapport tellback ACCOUNT`: a customer-facing draft of what we heard and what we are doing.
struct TellBackCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tellback",
    abstract: "Draft a summary for the customer: what we heard, by level, and what we are doing.",
    discussion: """
      Themes raised in the window, by level and only for groups of min_group_size people or more, \
      and our commitments with their status and dates. Never a score, an interviewee's name, a \
      quote, an internal-side note or a confidential note. It is a draft: edit it before sending.

      Examples:
        rapport tellback acme-corp                      # to standard output
        rapport tellback acme-corp --out acme-tellback.md --as-of 2026-06-30
      """,
    aliases: ["tell-back"])

  @Argument(help: "The account id (its folder name).", completion: .custom(Completions.accounts))
  var account: String

  @OptionGroup var location: NotebookFolderOption
  @OptionGroup var asOf: AsOfOption

  @Option(help: "Write the draft to this file instead of standard output.", completion: .file())
  var out: String?

  @Option(
    help: "A folder of templates replacing the built-in tellback.md template.",
    completion: .directory)
  var templates: String?

  func validate() throws {
    try NotebookOptions.validate(notebook: location.notebook)
    if let out, FileSystem.isDirectory(out) {
      throw ValidationError(
        "--out '\(out)' is a folder; name a file such as \(out)/\(account)-tellback.md.")
    }
    if let out, Paths.isInside(out, location.notebook) {
      throw ValidationError(
        "--out '\(out)' is inside the notebook '\(location.notebook)'; a draft there would replace a note or be read as one. Write it outside the notebook, such as --out \(account)-tellback.md."
      )
    }
  }

  func run() throws {
    let notebook = location.notebook
    let workspace = Workspace(
      notebook: notebook,
      options: Workspace.Options(environment: ProcessInfo.processInfo.environment))
    do {
      let outcome = try driven {
        try workspace.tellBack(account: account, asOf: asOf.day, templates: templates)
      }
      DiagnosticReporter(notebook: notebook).print(outcome.diagnostics)
      if let out {
        try driven { try workspace.writeDraft(outcome.text, to: out) }
        Terminal.err("wrote \(out)\n")
      } else {
        Terminal.out(outcome.text)
      }
    } catch let problems as TemplateProblems {
      DiagnosticReporter(notebook: notebook).print(problems.diagnostics)
      throw ExitCode(1)
    }
  }
}
