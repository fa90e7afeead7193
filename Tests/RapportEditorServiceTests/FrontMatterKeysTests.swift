import RapportLanguageServer
import RapportNotebook
import Testing

@testable import RapportEditorService

/// The keys completion offers are the keys the readers read.
@Suite struct FrontMatterKeysTests {
  /// The `yaml.unknown-key` warnings for a profile written with `contact` and `member` entries.
  func unknownKeys(contact: [String], member: [String]) -> [String] {
    let text = """
      ---
      team:
        - { \(member.map { "\($0): x" }.joined(separator: ", ")) }
      contacts:
        - { \(contact.map { "\($0): x" }.joined(separator: ", ")) }
      ---

      """
    let (_, diagnostics) = Array(text.utf8).withUnsafeBytes {
      ProfileParser.parse(bytes: $0, file: "acme/account.md", settings: Settings())
    }
    return diagnostics.filter { $0.rule == "yaml.unknown-key" }.map(\.message)
  }

  @Test func rosterAndTeamKeysAreRead() {
    #expect(
      unknownKeys(contact: FrontMatterKeys.contact, member: FrontMatterKeys.teamMember).isEmpty)
    #expect(unknownKeys(contact: ["nickname"], member: ["email"]).count == 2)
  }

  @Test func settingsKeysAreRead() {
    let text = FrontMatterKeys.settings.map { "\($0): ~" }.joined(separator: "\n") + "\nextra: 1\n"
    let (_, diagnostics) = SettingsParser.parse(text, file: "rapport.yml")
    #expect(
      diagnostics.filter { $0.rule == "yaml.unknown-key" }.map(\.message) == [
        "unknown key `extra` in rapport.yml; it is not read"
      ])
  }

  @Test func scalesGivenAreReadInFlowAndBlockFormButForTheOneAtTheCursor() {
    let flow = EditorText("---\nscores: { nps: 9, \"health\": 3, eff }\ndate: x\n---\n")
    #expect(
      FrontMatterKeys.scales(in: flow, besides: TextLocation(line: 2, column: 36))
        == ["nps", "health"])
    #expect(
      FrontMatterKeys.scales(in: flow, besides: TextLocation(line: 2, column: 12)) == ["health"])
    let block = EditorText("---\nscores:\n  nps: 9\n  effort: 4\ntype: x\n  nope: 1\n---\n")
    #expect(
      FrontMatterKeys.scales(in: block, besides: TextLocation(line: 4, column: 3)) == ["nps"])
    let lines = EditorText("---\nscores: {\n  nps: 9,\n  health: 3 }\nx: { effort: 1 }\n---\n")
    #expect(
      FrontMatterKeys.scales(in: lines, besides: TextLocation(line: 1, column: 1))
        == ["nps", "health"])
  }
}
