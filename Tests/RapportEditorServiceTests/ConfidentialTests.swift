import Foundation
import Testing

@testable import RapportLanguageServer

/// A confidential note's words never reach another document: not in a hover, not in completion.
@Suite struct ConfidentialTests {
  /// Words only the confidential note holds.
  static let secrets = ["Secret", "merger", "memo"]

  func editor() throws -> Editor {
    let editor = Editor(notebook: try Sample.notebook())
    try editor.initialize()
    try editor.open(Sample.notePath, DiagnosticsTests.fixed)
    try editor.open("acme/2026-03-14-jane-doe.md")
    try editor.open("acme/2026-06-01-jane-doe.md")
    try editor.diagnostics(Sample.notePath)
    try editor.diagnostics("acme/2026-06-01-jane-doe.md")
    return editor
  }

  func hover(_ editor: Editor, _ file: String, _ line: Int, _ character: Int) throws -> String {
    try editor.request("textDocument/hover", editor.at(file, line, character))["result"]?[
      "contents"]?["value"]?.stringValue ?? ""
  }

  @Test func hoversOnOtherNotesShowNoneOfItsWords() throws {
    let editor = try editor()
    let contact = try hover(editor, Sample.notePath, 3, 12)
    #expect(contact.contains("9 (2026-06-01)"), "its score counts, as in reports")
    let owner = try hover(editor, "acme/2026-03-14-jane-doe.md", 12, 31)
    #expect(owner.contains("(in a confidential note)"))
    #expect(owner.contains("Fix the Monday export"))
    for text in [contact, owner] {
      for secret in Self.secrets { #expect(!text.contains(secret), "\(secret) in \(text)") }
    }
  }

  @Test func aThemeOnlyItRaisesIsNeitherOfferedNorCounted() throws {
    let editor = try editor()
    editor.change(
      Sample.notePath, DiagnosticsTests.fixed.replacingOccurrences(of: "#dashboards", with: "#"))
    let items =
      try editor.request("textDocument/completion", editor.at(Sample.notePath, 7, 16))[
        "result"]?["items"]?.arrayValue ?? []
    #expect(items.contains { $0["label"] == "#reporting" })
    #expect(!items.contains { $0["label"]?.stringValue?.contains("merger") == true })

    // Written here too, the theme counts this note only: the hover tells nothing of the other.
    editor.change(
      Sample.notePath,
      DiagnosticsTests.fixed.replacingOccurrences(of: "#dashboards", with: "#merger"))
    try editor.settled(Sample.notePath)
    let hover = try hover(editor, Sample.notePath, 7, 17)
    #expect(hover.contains("Raised in 1 note,"))
  }
}
