import RapportMarkdown
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// Where each rule points: the expected places are marked in the example note's text.
@Suite struct RulePositionTests {
  /// A rule, the example note with the places it must point at marked, and any `rapport.yml`.
  struct Case: Sendable, CustomTestStringConvertible {
    let rule: String
    let note: String
    var settings: String? = nil
    /// Says which case this is when a rule has several.
    var label = ""

    var testDescription: String { label.isEmpty ? rule : "\(rule) (\(label))" }
  }

  static let cases: [Case] = [
    Case(rule: "file.encoding", note: RuleCatalog.note("", body: "Café au 1️⃣\u{0}lait.\n")),
    Case(
      rule: "note.too-many-themes",
      note: RuleCatalog.note("themes: [pricing]", body: "#support 1️⃣#api\n"),
      settings: "limits: { max_themes: 2 }\n"),
    Case(
      rule: "body.too-many-brackets", note: RuleCatalog.note("", body: "[a] [b] [c] 1️⃣[d]\n"),
      settings: "limits: { max_brackets: 3 }\n"),
    Case(rule: "front-matter.missing", note: "1️⃣\n" + RuleCatalog.note("")),
    Case(
      rule: "yaml.duplicate-key",
      note:
        "---\ndate: 2026-03-14\nscores:\n  date: 1\ninterviewer: Sam Lee\ncontact: jane-doe\n1️⃣date: 2026-03-15\n---\n",
      label: "top level, not the nested key"),
    Case(
      rule: "yaml.duplicate-key",
      note:
        "---\ndate: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\nscores:\n  nps: 9\n  1️⃣nps: 8\n---\n",
      label: "nested"),
    Case(
      rule: "yaml.too-complex", note: RuleCatalog.note("a: &a [x, x, x]\nb: [*a, *a, 1️⃣*a, *a]"),
      settings: "limits: { max_yaml_nodes: 10 }\n"),
    Case(rule: "yaml.unknown-key", note: RuleCatalog.note("1️⃣theme: [reporting]")),
    Case(
      rule: "yaml.misspelled-key",
      note: RuleCatalog.bareNote("date: 2026-03-14\n1️⃣interviwer: Sam Lee\ncontact: jane-doe")),
    Case(rule: "yaml.value-type", note: RuleCatalog.note("channel: 1️⃣[video, phone]")),
    Case(rule: "yaml.unbracketed-list", note: RuleCatalog.note("themes: 1️⃣support, reporting")),
    Case(
      rule: "date.invalid",
      note: RuleCatalog.bareNote("date: 1️⃣14/03/2026\ninterviewer: Sam Lee\ncontact: jane-doe")),
    Case(
      rule: "date.invalid",
      note: RuleCatalog.note("", body: "- [ ] Écrire à Zoë @sam 1️⃣due:2026-4-1\n"),
      label: "commitment"),
    Case(
      rule: "note.date.future",
      note: RuleCatalog.bareNote("date: 1️⃣2062-03-14\ninterviewer: Sam Lee\ncontact: jane-doe")),
    Case(rule: "note.date.missing", note: "1️⃣---\ninterviewer: Sam Lee\ncontact: jane-doe\n---\n"),
    Case(
      rule: "note.contact.unknown",
      note: RuleCatalog.bareNote("date: 2026-03-14\ninterviewer: Sam Lee\ncontact: 1️⃣Hank Scorpio")
    ),
    Case(
      rule: "note.attendee.unknown",
      note: RuleCatalog.note("attendees: [1️⃣raj-patell, Jane Doe, 2️⃣Hank]")),
    Case(rule: "note.type.unknown", note: RuleCatalog.note("type: 1️⃣winloss")),
    Case(
      rule: "note.outcome.not-win-loss",
      note: RuleCatalog.note("outcome: 1️⃣lost\nreasons: [2️⃣price, support]")),
    Case(rule: "note.outcome.missing", note: RuleCatalog.note("type: 1️⃣win-loss")),
    Case(
      rule: "quote.speaker.unknown",
      note: RuleCatalog.note(
        "", body: "> Ça coûte cher.\n> — 1️⃣Raj Patil\n\n> Lent.\n> —  2️⃣Zoë Ab\n")),
    Case(
      rule: "quote.attribution.hyphen",
      note: RuleCatalog.note(
        "", body: "> Ça coûte cher.\n> 1️⃣-Raj Patel\n\n> Lent.\n> 2️⃣- Raj\n\n> Déjà.\n>3️⃣-Raj P\n")),
    Case(rule: "score.empty", note: RuleCatalog.bareNote("scores:\n  nps: 9\n  1️⃣health:")),
    Case(
      rule: "score.out-of-range", note: RuleCatalog.note("").replacing("nps: 9", with: "nps: 1️⃣11")),
    Case(
      rule: "score.unknown-scale",
      note: RuleCatalog.note("").replacing("{ nps: 9 }", with: "{ 1️⃣nsp: 9 }")),
    Case(rule: "theme.invalid", note: RuleCatalog.note("themes: [pricing, 1️⃣customer success]")),
    Case(
      rule: "theme.unknown",
      note: RuleCatalog.note("themes: [1️⃣Reportz]", body: "Café — slow 2️⃣#reprts again.\n"),
      settings: "strict_themes: true\nthemes:\n  reporting: { aliases: [reports] }\n"),
    Case(rule: "commitment.owner.missing", note: RuleCatalog.note("", body: "- 1️⃣[ ] Send it\n")),
    Case(
      rule: "commitment.owner.unknown",
      note: RuleCatalog.note("", body: "- [ ] Café — send it 1️⃣@priyah due:2026-04-01\n")),
    Case(
      rule: "commitment.due.before-interview",
      note: RuleCatalog.note("", body: "- [ ] Send the roadmap @sam 1️⃣due:2026-03-01\n")),
    Case(
      rule: "commitment.done.unchecked",
      note: RuleCatalog.note("", body: "- [ ] Send @sam due:2026-04-01 1️⃣done:2026-03-30\n")),
    Case(
      rule: "commitment.checkbox.unknown",
      note: RuleCatalog.note("", body: "1. 1️⃣[-] Send @sam due:2026-04-01\n")),
  ]

  @Test(arguments: cases)
  func theRulePointsAtTheMarkedPlaces(_ example: Case) throws {
    let marked = MarkedText(example.note)
    try #require(!marked.positions.isEmpty, "the example marks no place")
    var files = RuleCatalog.exampleBase
    files[RuleCatalog.exampleNote] = marked.text
    if let settings = example.settings { files["rapport.yml"] = settings }
    let found = try TemporaryNotebook(files).check().filter { $0.rule == example.rule }
    #expect(found.map(\.position) == marked.positions, "\(found.map(\.message))")
  }

  @Test func markersAreTakenOutAndStandForTheNextCharacter() {
    let marked = MarkedText("a1️⃣b\r\nCafé 2️⃣x\r3️⃣y")
    #expect(marked.text == "ab\r\nCafé x\ry")
    #expect(
      marked.positions == [
        SourcePosition(line: 1, column: 2), SourcePosition(line: 2, column: 6),
        SourcePosition(line: 3, column: 1),
      ])
  }
}
