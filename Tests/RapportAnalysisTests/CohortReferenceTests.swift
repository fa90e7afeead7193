import RapportTestSupport
import Testing

@testable import RapportAnalysis
@testable import RapportNotebook

/// The cohort tables agree with a plain reading of their definition on random notebooks: every
/// contact's latest scores summed by a label looked up for each sum.
@Suite struct CohortReferenceTests {
  /// The tables worked out the straightforward way, one dictionary entry per label.
  static func reference(
    _ accounts: [AccountReport], settings: Settings, period: ReportPeriod
  ) -> [CohortTable] {
    let ends = Quarters.ends(onOrBefore: period.asOf)
    let noTrend = Array(repeating: NPSSummary(), count: ends.count)
    let noScales = settings.scales.map(ScaleSummary.init(scale:))
    func table(
      _ title: String, order: [String] = [], byDay: Bool = false,
      key: (AccountReport, ContactSummary, Day) -> String
    ) -> CohortTable {
      var groups: [String: NPSSummary] = [:]
      var scales: [String: [ScaleSummary]] = [:]
      var trends: [String: [NPSSummary]] = [:]
      for account in accounts {
        for contact in account.contacts {
          let label = key(account, contact, period.asOf)
          if contact.isRespondent {
            groups[label, default: NPSSummary()].add(contact.latestNPS!.value)
          }
          for (index, scale) in settings.scales.enumerated() {
            if let score = contact.latest(on: scale.name), period.contains(score.date) {
              scales[label, default: noScales][index].add(score.value)
            }
          }
          for (index, end) in ends.enumerated() {
            guard let score = contact.npsHistory.last(where: { $0.date <= end }),
              ReportPeriod(asOf: end, windowDays: period.windowDays).contains(score.date)
            else { continue }
            trends[byDay ? key(account, contact, end) : label, default: noTrend][index].add(
              score.value)
          }
        }
      }
      let labels =
        order.filter { groups[$0] != nil } + groups.keys.filter { !order.contains($0) }.sorted()
      return CohortTable(
        title: title,
        rows: labels.map { label in
          CohortRow(
            label: label, nps: groups[label]!,
            isReportable: groups[label]!.respondents >= settings.thresholds.minGroupSize,
            scales: scales[label] ?? noScales,
            quarters: zip(ends, trends[label] ?? noTrend).map { QuarterPoint(end: $0, nps: $1) })
        })
    }
    return [
      table("Tenure", order: Tenure.allCases.map(\.rawValue), byDay: true) { account, _, day in
        Tenure(since: account.profile.since, asOf: day).rawValue
      },
      table("Status", order: ["active", "won", "prospect", "lost"]) { account, _, _ in
        account.profile.status.rawValue
      },
      table("Value") { account, _, _ in account.profile.value ?? "unknown" },
      table("Segment") { account, _, _ in account.profile.segment ?? "unknown" },
      table("Level", order: settings.levels + ["unknown"]) { _, contact, _ in
        contact.level ?? "unknown"
      },
    ]
  }

  @Test func tablesMatchTheReferenceOnRandomNotebooks() throws {
    var random = SeededRandom(seed: 41)
    for _ in 0..<12 {
      var fixture = AnalysisFixture()
      fixture.files["rapport.yml", default: ""] +=
        "scales:\n  nps: { min: 0, max: 10, nps: true }\n  health: { min: 1, max: 5 }\n"
      for a in 0..<random.int(1...7) {
        var lines = [
          "status: " + random.pick(["active", "won", "prospect", "lost"]),
          random.chance(0.7) ? "value: " + random.pick(["low", "medium", "high"]) : "",
          random.chance(0.7) ? "segment: " + random.pick(["smb", "enterprise"]) : "",
          random.chance(0.8)
            ? "since: \(random.int(2018...2026))-0\(random.int(1...9))-1\(random.int(0...9))" : "",
          "contacts:",
        ]
        let people = random.int(0...6)
        for p in 0..<people {
          let level =
            random.chance(0.8) ? ", level: " + random.pick(["executive", "manager", "staff"]) : ""
          lines.append("  - { id: p\(p), name: P\(p)\(level) }")
        }
        fixture.profile("a\(a)", lines.filter { !$0.isEmpty }.joined(separator: "\n"))
        for p in 0..<people {
          for _ in 0..<random.int(0...4) {
            let date = "\(random.int(2024...2026))-0\(random.int(1...9))-1\(random.int(0...9))"
            let scores =
              "nps: \(random.int(0...10))"
              + (random.chance(0.5) ? ", health: \(random.int(1...5))" : "")
            fixture.note("a\(a)", date, "p\(p)", scores: scores)
          }
        }
      }
      let (company, notebook) = try fixture.analyse()
      let period = ReportPeriod(
        asOf: AnalysisFixture.asOf, windowDays: notebook.settings.thresholds.windowDays)
      let expected = Self.reference(company.accounts, settings: notebook.settings, period: period)
      #expect(String(describing: company.cohorts) == String(describing: expected))
    }
  }
}
