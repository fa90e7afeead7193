import RapportLanguageServer
import RapportNotebook
import Testing

@testable import RapportEditorService

/// What the line readers make of a cursor, marked `|` in the line.
@Suite struct CursorTests {
  /// The YAML spot at the `|` of `line`, in front matter holding `above` first.
  func spot(_ line: String, above: [String] = []) -> YAMLSpot? {
    let column = Array(line.unicodeScalars).firstIndex(of: "|")! + 1
    let lines = ["---"] + above + [line.replacingOccurrences(of: "|", with: "")] + ["---"]
    let text = EditorText(lines.joined(separator: "\n") + "\n")
    return YAMLCursor.spot(in: text, at: TextLocation(line: above.count + 2, column: column))
  }

  func describe(_ spot: YAMLSpot?) -> String {
    guard let spot else { return "none" }
    let place = spot.path.isEmpty ? "" : spot.path.joined(separator: ".") + " "
    switch spot.role {
    case .key: return "\(place)key '\(spot.typed)' of '\(spot.item)'"
    case .value: return "\(place)\(spot.key ?? "?") value '\(spot.typed)' of '\(spot.item)'"
    }
  }

  @Test(arguments: [
    ("contact: ja|ne-doe", [String](), "contact value 'ja' of 'jane-doe'"),
    ("contact: \"Ja|ne Doe\"", [], "contact value 'Ja' of 'Jane Doe'"),
    ("contact:|", [], "contact value '' of ''"),
    ("con|", [], "key 'con' of 'con'"),
    ("attendees: [raj-patel, zo|e]", [], "attendees value 'zo' of 'zoe'"),
    ("  - ra|j", ["attendees:"], "attendees value 'ra' of 'raj'"),
    ("scores: { nps: 8, he| }", [], "scores key 'he' of 'he'"),
    ("scores: { nps: |8 }", [], "scores nps value '' of '8'"),
    ("  hea|", ["scores:", "  nps: 9"], "scores key 'hea' of 'hea'"),
    ("  - { id: jane-doe, level: exe|c }", ["contacts:"], "contacts level value 'exe' of 'exec'"),
    (
      "    reports_to: ja|", ["contacts:", "  - id: raj"], "contacts reports_to value 'ja' of 'ja'"
    ),
    (
      "  reporting: { aliases: [rep|orts] }", ["themes:"], "themes aliases value 'rep' of 'reports'"
    ),
    ("type: relationship # a com|ment", [], "none"),
  ])
  func yamlSpots(example: (line: String, above: [String], expected: String)) {
    #expect(describe(spot(example.line, above: example.above)) == example.expected)
  }

  /// The body spot at the `|` of `line`.
  func bodySpot(_ line: String) -> String {
    let scalars = Array(line.unicodeScalars)
    let column = scalars.firstIndex(of: "|")! + 1
    let text = Array(line.replacingOccurrences(of: "|", with: "").unicodeScalars)
    guard let spot = BodyCursor.spot(in: text, lineNumber: 1, column: column) else { return "none" }
    return "\(spot.kind) '\(spot.typed)' '\(spot.word)' \(spot.start)-\(spot.end)"
  }

  @Test(arguments: [
    ("- [ ] Send it @pri|ya due:2026-04-01", "owner '@pri' 'priya' 15-21"),
    ("Slow (#rep|orts/) again", "theme '#rep' 'reports' 7-15"),
    ("Zoë 😀 #da|sh", "theme '#da' 'dash' 7-12"),
    ("- [ ] Send it @sam due:2026-0|", "commitmentDate(\"due\") '2026-0' '2026-0' 24-30"),
    ("Met on 2026-03-|14.", "date '2026-03-' '2026-03-14' 8-18"),
    ("> — Raj P|atel", "speaker 'Raj P' 'Raj Patel' 5-14"),
    ("issue#1|2 and C#", "none"),
  ])
  func bodySpots(example: (line: String, expected: String)) {
    #expect(bodySpot(example.line) == example.expected)
  }

  /// The fix a message suggests for the underlined part of `line`, as `written -> fix @ column`.
  func fix(_ message: String, _ line: String, column: Int, length: Int) -> String {
    let diagnostic = EditorDiagnostic(
      line: 1, column: column, length: length, severity: .warning, code: "x", message: message)
    guard let fix = SuggestedFix(diagnostic, in: EditorText(line)) else { return "none" }
    return
      "\(fix.written) -> \(fix.replacement) @ \(fix.range.start.column)-\(fix.range.end.column)"
  }

  @Test func suggestionsReplaceTheWordsTheyName() {
    #expect(
      fix(
        "contact `jane-do` is not on the roster; did you mean `jane-doe`?", "contact: \"jane-do\"",
        column: 10, length: 7)
        == "jane-do -> jane-doe @ 11-18")
    #expect(
      fix(
        "owner `@priyah` is not in the team; did you mean `priya`?", "- [ ] x @priyah", column: 9,
        length: 7)
        == "priyah -> priya @ 10-16")
    #expect(
      fix(
        "theme `reprts` is not in the codebook; did you mean `reports`?", "themes: [reprts]",
        column: 10, length: 7)
        == "reprts -> reports @ 10-16")
    #expect(
      fix(
        "quote speaker `Raj Patil` is not on the roster; did you mean `Raj Patel`?",
        "> — Raj Patil", column: 3, length: 9)
        == "Raj Patil -> Raj Patel @ 5-14")
    #expect(
      fix(
        "`reports_to: jane` names nobody on the roster; did you mean `jane-doe`?",
        "  reports_to: jane", column: 15, length: 4)
        == "jane -> jane-doe @ 15-19")
    #expect(
      fix(
        "`relationship` is \"client\"; use one of customer, partner, prospect; did you mean `customer`?",
        "relationship: client", column: 15, length: 6)
        == "client -> customer @ 15-21")
    #expect(
      fix(
        "`date`: \"2026-3-4\" is not written YYYY-MM-DD; write 2026-03-04", "date: 2026-3-4",
        column: 7, length: 8)
        == "2026-3-4 -> 2026-03-04 @ 7-15")
    #expect(
      fix("contact `Hank` is not on the roster", "contact: Hank", column: 10, length: 4) == "none")
    // A date that reads two ways has no fix to apply: the writer must say which it is.
    let twoWays = "date: 12/01/2026"
    #expect(
      fix(
        "`date`: " + Day.problem(with: "12/01/2026"), twoWays, column: 7, length: 10) == "none")
    #expect(
      fix("`date`: " + Day.problem(with: "14/03/2026"), "date: 14/03/2026", column: 7, length: 10)
        == "14/03/2026 -> 2026-03-14 @ 7-17")
  }

  /// The fixes that once replaced the wrong words: a promise's key, a list's key, a speaker.
  @Test func suggestionsReplaceTheValueNotTheKeyOrTheName() {
    #expect(
      fix(
        "`due` date: \"2026-10-9\" is not written YYYY-MM-DD; write 2026-10-09",
        "- [x] a @sam due:2026-10-9 done:2026-10-8", column: 14, length: 13)
        == "2026-10-9 -> 2026-10-09 @ 18-27")
    #expect(
      fix(
        "`themes: support, onboarding` is one value, not a list; write `themes: [support, onboarding]`",
        "themes: support, onboarding", column: 9, length: 19)
        == "support, onboarding -> [support, onboarding] @ 9-28")
    #expect(
      fix(
        "`- Tomas Berg` does not attribute the quote, so it counts as the contact's words; write `— Tomas Berg` or `-- Tomas Berg` to name the speaker",
        "> - Tomas Berg", column: 3, length: 12)
        == "- Tomas Berg -> — Tomas Berg @ 3-15")
    #expect(
      fix(
        "`-Tomas Berg` does not attribute the quote, so it counts as the contact's words; write `— Tomas Berg` or `-- Tomas Berg` to name the speaker",
        ">-Tomas Berg", column: 3, length: 11)
        == "-Tomas Berg -> — Tomas Berg @ 2-13")
  }
}
