import Foundation
import Testing

@testable import RapportLanguageServer

@Suite struct FeatureTests {
  static let fixed = DiagnosticsTests.fixed

  /// An editor with the note open as `text` (the corrected note by default).
  func editor(_ text: String = FeatureTests.fixed) throws -> Editor {
    let editor = Editor(notebook: try Sample.notebook())
    try editor.initialize()
    try editor.open(Sample.notePath, text)
    try editor.diagnostics(Sample.notePath)
    return editor
  }

  /// The labels completion offers at a 0-based line and character.
  func labels(
    _ editor: Editor, _ line: Int, _ character: Int, in file: String = Sample.notePath
  )
    throws -> [String]
  {
    let result = try editor.request("textDocument/completion", editor.at(file, line, character))
    return result["result"]?["items"]?.arrayValue?.compactMap { $0["label"]?.stringValue } ?? []
  }

  /// The code actions for the note's first lines (its front matter), asked with no diagnostics.
  func frontMatterActions(_ editor: Editor) throws -> [JSON] {
    try editor.request(
      "textDocument/codeAction",
      [
        "textDocument": ["uri": .string(editor.uri(Sample.notePath))],
        "range": lspRange(0, 0, 3), "context": ["diagnostics": []],
      ])["result"]?.arrayValue ?? []
  }

  func hover(
    _ editor: Editor, _ line: Int, _ character: Int, in file: String = Sample.notePath
  )
    throws -> String?
  {
    try editor.request("textDocument/hover", editor.at(file, line, character))["result"]?[
      "contents"]?["value"]?.stringValue
  }

  func definition(
    _ editor: Editor, _ line: Int, _ character: Int, in file: String = Sample.notePath
  ) throws -> JSON? {
    try editor.request("textDocument/definition", editor.at(file, line, character))["result"]?
      .arrayValue?.first
  }

  @Test func completionAfterContactListsTheRoster() throws {
    let editor = try editor(
      Self.fixed.replacingOccurrences(of: "contact: jane-doe", with: "contact: j"))
    let result = try editor.request("textDocument/completion", editor.at(Sample.notePath, 3, 10))
    let items = result["result"]?["items"]?.arrayValue ?? []
    #expect(
      items.compactMap { $0["label"]?.stringValue } == [
        "jane-doe", "Jane Doe", "raj-patel", "Raj Patel", "zoe-nunez", "Zoë Ñúñez",
      ])
    #expect(items.first?["detail"] == "Jane Doe · Chief Operating Officer · executive")
    #expect(items.first?["textEdit"] == ["range": lspRange(3, 9, 10), "newText": "jane-doe"])
  }

  @Test func completionKnowsTheNotebooksWords() throws {
    let editor = try editor(
      Self.fixed
        .replacingOccurrences(of: "scores: { nps: 8 }", with: "scores: { nps: 8, h }\ntype: \n")
        .replacingOccurrences(of: "@priya due:2026-12-01 #tell-back", with: "@ due: #"))
    // A scale already given is not offered again, but for the key being written.
    #expect(try labels(editor, 4, 19) == ["health"])
    #expect(try labels(editor, 4, 11) == ["nps", "health"])
    #expect(
      try labels(editor, 5, 6) == [
        "relationship", "win-loss", "onboarding", "lost-customer", "partner",
      ])
    #expect(
      try labels(editor, 6, 0) == [
        "channel", "attendees", "side", "themes", "outcome", "reasons", "confidential",
      ])
    // `- [ ] Send the roadmap @ due: #` is line 15.
    #expect(try labels(editor, 15, 24) == ["@sam", "@priya"])
    let owners = try editor.request("textDocument/completion", editor.at(Sample.notePath, 15, 24))
    #expect(
      owners["result"]?["items"]?.arrayValue?.first?["textEdit"] == [
        "range": lspRange(15, 23, 24), "newText": "@sam",
      ])
    #expect(try labels(editor, 15, 29) == ["2026-11-20", "2026-11-27", "2026-12-04"])
    #expect(
      try labels(editor, 15, 31) == ["#reporting", "#reports", "#dashboards", "#price", "#pricing"])
  }

  @Test func completionInAProfileOffersLevelsAndManagers() throws {
    let editor = try editor()
    let profile = Sample.profile.replacingOccurrences(
      of: "level: staff, reports_to: raj-patel", with: "level: , reports_to: ")
    try editor.open("acme/account.md", profile)
    #expect(try labels(editor, 7, 61, in: "acme/account.md") == ["executive", "manager", "staff"])
    #expect(
      try labels(editor, 7, 75, in: "acme/account.md") == ["jane-doe", "raj-patel", "zoe-nunez"])
  }

  @Test func hoverOnAContactShowsWhoTheyAreAndWhatTheyScored() throws {
    let editor = try editor()
    let text = try #require(try hover(editor, 3, 12))
    #expect(
      text == """
        **Jane Doe** · `jane-doe`
        Chief Operating Officer · executive

        Scores: nps: 7 (2026-03-14) → 9 (2026-06-01) → 8 (2026-11-02); health: 3 (2026-03-14)
        3 interviews; last heard 2026-11-02, 18 days ago.

        > The reports are slow on Mondays.
        >
        > — 2026-03-14
        """)
  }

  @Test func hoverExplainsThemesOwnersAndDates() throws {
    let editor = try editor()
    #expect(
      try hover(editor, 7, 18) == """
        **#dashboards** is an alias of **#reporting**.

        Codebook theme in group **product**; aliases: `reports`, `dashboards`.

        Raised in 2 notes, 2 of them at Acme Corporation.
        """)
    #expect(
      try hover(editor, 13, 25) == """
        **@priya** · Priya Shah · research lead
        On the notebook's team (rapport.yml).

        Open commitments (1):
        - **overdue**, tell-back due 2026-11-16 · Send the roadmap #tell-back · Acme Corporation
        """)
    #expect(try hover(editor, 1, 8) == "**2026-11-02**, a Monday: 18 days ago.")
    #expect(try hover(editor, 4, 11)?.hasPrefix("**nps**: a scale from 0 to 10") == true)
  }

  @Test func definitionsLeadToTheRosterTheCodebookAndTheTeam() throws {
    let editor = try editor()
    let profile = JSON.string(editor.uri("acme/account.md"))
    let settings = JSON.string(editor.uri("rapport.yml"))
    #expect(
      try definition(editor, 3, 12) == [
        "originSelectionRange": lspRange(3, 9, 17), "targetUri": profile,
        "targetRange": lspRange(5, 4, 86), "targetSelectionRange": lspRange(5, 10, 18),
      ])
    // The quote's `— Raj Patel` is his roster line.
    #expect(try definition(editor, 10, 6)?["targetRange"] == lspRange(6, 4, 102))
    #expect(
      try definition(editor, 7, 18) == [
        "originSelectionRange": lspRange(7, 15, 26), "targetUri": settings,
        "targetRange": lspRange(7, 2, 63), "targetSelectionRange": lspRange(7, 2, 11),
      ])
    #expect(try definition(editor, 13, 25)?["targetRange"] == lspRange(5, 4, 60))
    #expect(try definition(editor, 13, 25)?["targetUri"] == settings)
  }

  @Test func documentSymbolsListSectionsQuotesAndCommitments() throws {
    let editor = try editor()
    let symbols =
      try editor.request(
        "textDocument/documentSymbol",
        ["textDocument": ["uri": .string(editor.uri(Sample.notePath))]]
      )["result"]?.arrayValue ?? []
    func outline(_ symbol: JSON) -> String {
      let name = symbol["name"]?.stringValue ?? "?"
      let detail = symbol["detail"]?.stringValue.map { " (\($0))" } ?? ""
      let children = symbol["children"]?.arrayValue?.map(outline) ?? []
      return ([name + detail] + children.map { "  " + $0 }).joined(separator: "\n")
    }
    #expect(
      symbols.map(outline) == [
        "Front matter (2026-11-02 · jane-doe)",
        "Summary\n  We still export to spreadsheets every Monday. (— Raj Patel)",
        "Commitments\n  Send the roadmap #tell-back (open · @priya · due 2026-12-01)",
      ])
    #expect(symbols[1]["range"]?["start"] == ["line": 6, "character": 0])
    #expect(symbols[1]["range"]?["end"] == ["line": 11, "character": 0])
  }

  @Test func aProfilesOutlineIsItsRoster() throws {
    let editor = try editor()
    try editor.open("acme/account.md")
    let symbols =
      try editor.request(
        "textDocument/documentSymbol",
        ["textDocument": ["uri": .string(editor.uri("acme/account.md"))]]
      )["result"]?.arrayValue ?? []
    #expect(
      symbols.compactMap { $0["detail"]?.stringValue } == [
        "jane-doe · Chief Operating Officer · executive",
        "raj-patel · Head of Analytics · manager · reports to Jane Doe",
        "zoe-nunez · Analyst · staff · reports to Raj Patel",
      ])
    #expect(symbols.first?["range"] == lspRange(5, 4, 86))
  }

  @Test func aMissingContactCanBeAddedFromTheFileName() throws {
    let editor = try editor(Self.fixed.replacingOccurrences(of: "contact: jane-doe\n", with: ""))
    let actions = try frontMatterActions(editor)
    #expect(actions.map { $0["title"] } == ["Add `contact: jane-doe`"])
    #expect(
      actions.first?["edit"]?["changes"]?[editor.uri(Sample.notePath)] == [
        ["range": lspRange(4, 0, 0), "newText": "contact: jane-doe\n"]
      ])
  }

  @Test func applyingEveryCorrectionAddsTheMissingKeysItKnowsToo() throws {
    let editor = try editor(
      Self.fixed.replacingOccurrences(of: "contact: jane-doe\n", with: "")
        .replacingOccurrences(of: "date: 2026-11-02\n", with: ""))
    let actions = try frontMatterActions(editor)
    let all = try #require(actions.first { $0["kind"] == "source.fixAll" })
    #expect(all["title"] == "Apply the 2 suggested corrections")
    let edits = all["edit"]?["changes"]?[editor.uri(Sample.notePath)]?.arrayValue ?? []
    #expect(
      Set(edits.compactMap { $0["newText"]?.stringValue })
        == ["date: 2026-11-02\n", "contact: jane-doe\n"])
  }
}
