import RapportNotebook
import Testing

@testable import RapportAnalysis
@testable import RapportRendering

/// Attention sentences that carry a date, so that reasons of one person read apart and agree
/// with the rest of the page.
@Suite struct AttentionTextTests {
  @Test func anExecutiveWhoSatInSaysSo() {
    let attended = Attention.Reason(
      rule: .executiveNeverHeard, contactName: "Eve Evans", date: Day("2026-06-01"))
    #expect(
      AttentionText.sentence(attended)
        == "Eve Evans, at the top level, has never been interviewed (only sat in on others' interviews, last on 2026-06-01)."
    )
    var absent = attended
    absent.date = nil
    #expect(
      AttentionText.sentence(absent) == "Eve Evans, at the top level, has never been interviewed.")
  }

  @Test func tellBacksNameTheirInterview() {
    var missing = Attention.Reason(
      rule: .tellBackMissing, contactName: "Max Moe", date: Day("2026-03-02"))
    #expect(
      AttentionText.sentence(missing)
        == "Max Moe has not been told what we learned from the interview of 2026-03-02.")
    missing.days = 0
    #expect(
      AttentionText.sentence(missing)
        == "Max Moe was told what we learned on the day of the interview of 2026-03-02, later than planned."
    )
  }
}
