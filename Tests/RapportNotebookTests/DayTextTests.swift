import Testing

@testable import RapportNotebook

/// A day's text form: ISO 8601, zero-padded, and read back as the same day.
@Suite struct DayTextTests {
  @Test func everyDayOfFourCenturiesReadsBackFromItsText() throws {
    let start = try #require(Day(year: 1900, month: 1, day: 1))
    for offset in 0..<146_097 {
      let day = start.adding(days: offset)
      let text = day.description
      #expect(text.utf8.count == 10)
      #expect(Day(text) == day, "\(text)")
    }
  }

  @Test func smallAndLargeYearsArePadded() throws {
    #expect(try #require(Day(year: 7, month: 3, day: 9)).description == "0007-03-09")
    #expect(try #require(Day(year: 9999, month: 12, day: 31)).description == "9999-12-31")
    #expect(Day(daysSinceEpoch: 2_932_897).description == "10000-01-01")
  }

  @Test func aDateWithSlashesIsRewrittenOrBothReadingsAreGiven() {
    #expect(
      Day.problem(with: "14/03/2026")
        == "\"14/03/2026\" is not written YYYY-MM-DD; write 2026-03-14")
    #expect(
      Day.problem(with: "03/14/2026")
        == "\"03/14/2026\" is not written YYYY-MM-DD; write 2026-03-14")
    #expect(
      Day.problem(with: "12/01/2026")
        == "\"12/01/2026\" is not written YYYY-MM-DD, and reads two ways: 2026-01-12 if it is day first, 2026-12-01 if it is month first"
    )
    #expect(
      Day.problem(with: "05/05/2026")
        == "\"05/05/2026\" is not written YYYY-MM-DD; write 2026-05-05")
    #expect(Day.problem(with: "31/31/2026").hasSuffix("such as 2026-03-14"))
    #expect(
      Day.problem(with: "2026.11.05")
        == "\"2026.11.05\" is not written YYYY-MM-DD; write 2026-11-05")
    #expect(
      Day.problem(with: "2026/11/05")
        == "\"2026/11/05\" is not written YYYY-MM-DD; write 2026-11-05")
    #expect(
      Day.problem(with: "05.11.2026")
        == "\"05.11.2026\" is not written YYYY-MM-DD, and reads two ways: 2026-11-05 if it is day first, 2026-05-11 if it is month first"
    )
  }
}
