import Testing

@testable import RapportAnalysis
@testable import RapportRendering

/// A change is the difference of the figures as shown beside it, never of the unrounded values.
@Suite struct ShownChangeTests {
  /// The text of field `name` of `record`.
  func text<R: TemplateRecord>(_ name: String, of record: R) -> String? {
    guard let field = R.templateFields.first(where: { $0.name == name }),
      case .text(let text) = field.value(in: record)
    else { return nil }
    return text
  }

  /// A headline whose response rate is `interviewed` of `invited`.
  func headline(interviewed: Int, invited: Int) -> Headline {
    var response = ResponseRate()
    response.invited = invited
    response.interviewed = interviewed
    return Headline(nps: NPSSummary(), interviews: 0, ledger: LedgerCounts(), response: response)
  }

  @Test func responseRateChangesByTheShownPercentages() throws {
    // 9 of 10 is 90% and 441 of 500 (88.2%) shows as 88%: the change reads 2 points, not 1.8.
    let figures = FigureValue.all(
      now: headline(interviewed: 9, invited: 10), then: headline(interviewed: 441, invited: 500),
      minimum: 1)
    let rate = try #require(figures.first { $0.label == "Response rate" })
    #expect(rate.value == "90%")
    #expect(rate.previous == "88%")
    #expect(text("change", of: rate) == "+2 pts")
    // 88.4% and 88.2% both show as 88%: no change is claimed.
    let same = FigureValue.all(
      now: headline(interviewed: 442, invited: 500), then: headline(interviewed: 441, invited: 500),
      minimum: 1)
    let unchanged = try #require(same.first { $0.label == "Response rate" })
    #expect(unchanged.value == unchanged.previous)
    #expect(text("change", of: unchanged) == "±0")
    #expect(text("change_class", of: unchanged) == "same")
  }

  @Test func npsChangesByTheShownTenths() throws {
    // 2 promoters of 3 is +66.666… (shown +66.7); 3 of 6 minus 1 of 6 is +33.333… (+33.3). An
    // NPS is rounded to tenths where it is computed, so this pins that the change agrees.
    var now = Headline()
    now.nps = NPSSummary(scores: [10, 10, 7])
    var then = Headline()
    then.nps = NPSSummary(scores: [10, 10, 10, 7, 7, 0])
    let figures = FigureValue.all(now: now, then: then, minimum: 1)
    let nps = try #require(figures.first { $0.label == "NPS" })
    #expect(nps.value == "+66.7")
    #expect(nps.previous == "+33.3")
    #expect(text("change", of: nps) == "+33.4")
  }

  @Test func partnerGapIsTheDifferenceOfTheShownMeans() {
    // 7.26 shows as 7.3 and 6.04 as 6.0: the gap reads 1.3, not 1.2.
    let row = PartnerGap.Row(
      label: "health", external: 6.04, externalCount: 3, internal: 7.26, internalCount: 2)
    let value = GapRowValue(row: row)
    #expect(text("internal", of: value) == "7.3")
    #expect(text("external", of: value) == "6")
    #expect(text("gap", of: value) == "+1.3")
    let missing = GapRowValue(
      row: PartnerGap.Row(
        label: "health", external: nil, externalCount: 0, internal: 7, internalCount: 1))
    #expect(text("gap", of: missing) == "—")
  }

  @Test func percentChangesAgreeWithThePercentagesShown() {
    // Every response rate of up to 40 invited: the change is what the two percentages differ by.
    let shares = (1...40).flatMap { invited in (0...invited).map { Double($0) / Double(invited) } }
    func shown(_ share: Double) -> Double { Double(Formatting.percent(share).dropLast())! }
    for (index, now) in shares.enumerated() {
      let then = shares[(index * 7919) % shares.count]
      #expect(Formatting.shownDifference(now, then, as: .percent) == shown(now) - shown(then))
    }
  }

  @Test func shownDifferenceRoundsEachSideFirst() {
    #expect(Formatting.shownDifference(0.9, 0.882, as: .percent) == 2)
    #expect(Formatting.number(Formatting.shownDifference(7.26, 6.04)) == "1.3")
    #expect(Formatting.number(Formatting.shownDifference(-2.25, 1.05)) == "-3.4")
    // Too large to round: taken as they are.
    #expect(Formatting.shownDifference(2e15, 1) == 2e15 - 1)
    #expect(Formatting.shownDifference(.infinity, 0.5, as: .percent) == .infinity)
  }
}
