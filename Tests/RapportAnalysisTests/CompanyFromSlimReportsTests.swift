import Synchronization
import Testing

@testable import RapportAnalysis
@testable import RapportNotebook

/// The company figures made from slimmed account reports show what they show from full ones.
@Suite struct CompanyFromSlimReportsTests {
  @Test func ownersAndQuotedThemesAreTheSameFromSlimmedReports() throws {
    var fixture = AnalysisFixture()
    fixture.files["rapport.yml"]! += "  - { handle: kim, name: Kim Ro }\n"
    for account in ["acme", "beta", "core"] {
      fixture.profile(account, "contacts:\n  - { id: ann, name: Ann }\n  - { id: bo, name: Bo }")
    }
    // Sam owns 12 overdue commitments over three accounts, Kim 2; themes get many quotes each.
    for (index, account) in ["acme", "beta", "core", "acme", "beta", "core"].enumerated() {
      let day = 10 + index
      let commitments = (0..<2).map { "- [ ] Task \($0) @sam due:2026-05-\(day + $0)\n" }
        .joined()
      fixture.note(
        account, "2026-05-\(day)", index % 2 == 0 ? "ann" : "bo", scores: "nps: \(index * 2)",
        body: """
          Talked about #price, #support and #speed.

          > Quote one of \(index). #price

          > Quote two of \(index). #support

          > Untagged quote \(index).

          > Another untagged quote \(index).

          \(commitments)- [ ] Call back @kim due:2026-04-\(day)

          """)
    }
    let (_, notebook) = try fixture.analyse()
    let period = ReportPeriod(
      asOf: AnalysisFixture.asOf, windowDays: notebook.settings.thresholds.windowDays)
    let full = notebook.accounts.map {
      AccountAnalysis.report($0, settings: notebook.settings, period: period)
    }
    let whole = CompanyAnalysis.report(full, settings: notebook.settings, period: period)
    let slim = CompanyAnalysis.report(
      full.map { $0.keepingCompanyFigures() }, settings: notebook.settings, period: period)
    func owners(_ report: CompanyReport) -> [String] {
      report.overdueByOwner.map { owner in
        "\(owner.owner) \(owner.count): "
          + owner.entries.map { "\($0.file):\($0.line)" }.joined(separator: " ")
      }
    }
    #expect(owners(slim) == owners(whole))
    #expect(whole.overdueByOwner.map(\.count) == [12, 6])
    #expect(whole.overdueByOwner[0].entries.count == OwnerLedger.listed)
    func quotes(_ report: CompanyReport) -> [String] {
      report.themes.themes.map { stat in
        "\(stat.theme) \(stat.notes): "
          + stat.quotes.prefix(CompanyReport.quotedThemes).map { "\($0.file):\($0.line)" }
          .joined(separator: " ")
      }
    }
    #expect(quotes(slim) == quotes(whole))
    #expect(whole.themes.themes.allSatisfy { $0.quotes.count > CompanyReport.quotedThemes })
  }
}

/// The analysis that hands each account's report on.
@Suite struct NotebookAnalysisTests {
  struct Stop: Error {}

  @Test func theFirstErrorStopsTheAccountsNotYetBegun() throws {
    var fixture = AnalysisFixture()
    for account in ["acme", "beta", "core", "delta"] {
      fixture.profile(account, "contacts:\n  - { id: ann, name: Ann }")
      fixture.note(account, "2026-05-01", "ann")
    }
    let (_, notebook) = try fixture.analyse()
    let begun = Mutex<[String]>([])
    #expect(throws: Stop.self) {
      _ = try NotebookAnalysis(
        notebook: notebook, asOf: AnalysisFixture.asOf, jobs: 1,
        account: { (index) throws(Stop) in
          begun.withLock { $0.append(notebook.accounts[index].id) }
          return notebook.accounts[index]
        },
        each: { (report) throws(Stop) in
          if report.id == "beta" { throw Stop() }
          return report
        })
    }
    #expect(begun.withLock { $0 } == ["acme", "beta"])
    // Without an error, every account is analysed, in the notebook's order.
    let all = NotebookAnalysis(notebook: notebook, asOf: AnalysisFixture.asOf, jobs: 2)
    #expect(all.accounts.map(\.id) == ["acme", "beta", "core", "delta"])
  }
}
