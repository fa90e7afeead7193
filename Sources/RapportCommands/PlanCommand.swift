import ArgumentParser
import Foundation
import RapportAnalysis
import RapportDriver
import RapportRendering

/// `rapport plan`: whom to interview next, and what to ask.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "List whom to interview next, most urgent first, with why and an opening question.",
    discussion: """
      Accounts that need action come first. Reasons: detractors waiting on a promise (or \
      whose promise is done and not yet shown to them), detractors not yet told what we \
      learned, lost customers, new customers not yet heard, executives never interviewed, \
      silent accounts, a level not heard at a single-source account, people invited and not \
      interviewed since, passives gone quiet. Questions come from `questions:` in rapport.yml, \
      by cohort.

      Examples:
        rapport plan                        # every account, as of today
        rapport plan --account acme-corp    # one account
        rapport plan --format json          # for tools
      """)

  @OptionGroup var options: NotebookOptions
  @OptionGroup var asOf: AsOfOption

  @Option(help: "Only this account (its id).", completion: .custom(Completions.accounts))
  var account: String?

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  /// Output formats of `plan`.
  enum Format: String, CaseIterable, ExpressibleByArgument {
    case text, json
  }

  func run() throws {
    let outcome = try driven {
      try options.workspace().plan(asOf: asOf.day, account: account)
    }
    DiagnosticReporter(notebook: options.notebook).print(
      outcome.diagnostics.filter { $0.severity == .error })
    switch format {
    case .json:
      Terminal.out(PlanText.json(outcome.conversations, asOf: outcome.asOf).rendered())
    case .text:
      Terminal.out(TerminalText.safe(PlanText.text(outcome.conversations, asOf: outcome.asOf)))
    }
  }
}
