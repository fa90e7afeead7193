import Foundation
import Testing

@testable import RapportLanguageServer

@Suite struct DiagnosticsTests {
  /// The note with its contact corrected.
  static let fixed = Sample.note.replacingOccurrences(
    of: "contact: jane-do\n", with: "contact: jane-doe\n")

  @Test(arguments: ["utf-16", "utf-8"])
  func misspelledContactIsAnErrorFixedByTheSuggestion(encoding: String) throws {
    let editor = Editor(notebook: try Sample.notebook())
    try editor.initialize(encoding: encoding)
    try editor.open(Sample.notePath)
    let (_, list) = try editor.diagnostics(Sample.notePath) { !$0.isEmpty }
    #expect(
      list == [
        [
          "range": lspRange(3, 9, 16), "severity": 1, "code": "note.contact.misspelled",
          "source": "rapport",
          "message":
            "contact `jane-do` is not on the roster of Acme Corporation; did you mean `jane-doe`? (add them to the roster if they are someone else)",
        ]
      ])

    let actions =
      try editor.request(
        "textDocument/codeAction",
        [
          "textDocument": ["uri": .string(editor.uri(Sample.notePath))],
          "range": lspRange(3, 10, 10), "context": ["diagnostics": .array(list)],
        ])["result"]?.arrayValue ?? []
    let fix = try #require(actions.first)
    #expect(fix["title"] == "Change `jane-do` to `jane-doe`")
    #expect(fix["kind"] == "quickfix")
    #expect(fix["isPreferred"] == true)
    #expect(
      fix["edit"]?["changes"]
        == .object([
          editor.uri(Sample.notePath): [["range": lspRange(3, 9, 16), "newText": "jane-doe"]]
        ]))

    editor.change(Sample.notePath, Self.fixed)
    #expect(try editor.settled(Sample.notePath).isEmpty)
  }

  @Test(arguments: [("utf-16", 18), ("utf-8", 22)])
  func rangesCountTheEditorsUnits(example: (encoding: String, end: Int)) throws {
    let editor = Editor(notebook: try Sample.notebook())
    try editor.initialize(encoding: example.encoding)
    // `Zoë Ñúñes` ends in `s` where `Zoë Ñúñez` ends in `z` (a spelling without the accents
    // would be her id, `zoe-nunez`): 9 scalars, 9 UTF-16 units, 13 UTF-8 bytes.
    try editor.open(
      Sample.notePath, Sample.note.replacingOccurrences(of: "jane-do", with: "Zoë Ñúñes"))
    let (_, list) = try editor.diagnostics(Sample.notePath) { !$0.isEmpty }
    #expect(list.first?["code"] == "note.contact.misspelled")
    #expect(list.first?["range"] == lspRange(3, 9, example.end))
  }

  @Test func anUnsavedRosterEditChecksTheAccountsOpenNotesAgain() throws {
    let editor = Editor(notebook: try Sample.notebook())
    try editor.initialize()
    try editor.open(Sample.notePath)
    try editor.diagnostics(Sample.notePath) { !$0.isEmpty }
    try editor.open("acme/account.md")
    try editor.diagnostics("acme/account.md")

    // Jane's id becomes `jane-do` in the editor only: the note's contact is now right.
    let mark = editor.output.count
    editor.change(
      "acme/account.md",
      Sample.profile.replacingOccurrences(of: "id: jane-doe,", with: "id: jane-do,")
        .replacingOccurrences(of: "reports_to: jane-doe", with: "reports_to: jane-do"))
    let (_, list) = try editor.diagnostics(Sample.notePath, from: mark)
    #expect(list.isEmpty)
    #expect(
      try String(contentsOfFile: editor.path("acme/account.md"), encoding: .utf8) == Sample.profile)

    // Closing the profile unsaved brings the roster on disk back.
    let closed = editor.output.count
    editor.closeDocument("acme/account.md")
    let (_, again) = try editor.diagnostics(Sample.notePath, from: closed) { !$0.isEmpty }
    #expect(again.first?["code"] == "note.contact.misspelled")
  }

  @Test func aSettingsEditChecksEveryOpenDocumentAgain() throws {
    let editor = Editor(notebook: try Sample.notebook())
    try editor.initialize()
    try editor.open(Sample.notePath, Self.fixed)
    try editor.diagnostics(Sample.notePath)
    try editor.open("rapport.yml")
    try editor.diagnostics("rapport.yml")

    let mark = editor.output.count
    editor.change(
      "rapport.yml", Sample.settings.replacingOccurrences(of: "  nps:", with: "  nps2:"))
    let (_, list) = try editor.diagnostics(Sample.notePath, from: mark) { !$0.isEmpty }
    #expect(list.map { $0["code"] } == ["score.unknown-scale"])
  }

  @Test func profilesAndSettingsAreCheckedAsCheckChecksThem() throws {
    let editor = Editor(notebook: try Sample.notebook())
    try editor.initialize()
    try editor.open(
      "acme/account.md",
      Sample.profile.replacingOccurrences(of: "level: staff", with: "level: staf"))
    let (_, profile) = try editor.diagnostics("acme/account.md") { !$0.isEmpty }
    #expect(profile.map { $0["code"] } == ["roster.level.unknown"])
    #expect(profile.first?["range"] == lspRange(7, 61, 65))

    try editor.open("rapport.yml", Sample.settings + "strict_themes: maybe\n")
    let (_, settings) = try editor.diagnostics("rapport.yml") { !$0.isEmpty }
    #expect(settings.map { $0["code"] } == ["yaml.value-type"])
  }

  @Test func aChangeOnDiskReachesOpenNotes() throws {
    let editor = Editor(notebook: try Sample.notebook())
    try editor.initialize()
    try editor.open(Sample.notePath)
    try editor.diagnostics(Sample.notePath) { !$0.isEmpty }

    try editor.notebook.write(
      "acme/account.md",
      Sample.profile.replacingOccurrences(of: "id: jane-doe,", with: "id: jane-do,"))
    let mark = editor.output.count
    editor.notify(
      "workspace/didChangeWatchedFiles",
      ["changes": [["uri": .string(editor.uri("acme/account.md")), "type": 2]]])
    let (_, list) = try editor.diagnostics(Sample.notePath, from: mark)
    #expect(list.isEmpty)
  }

  @Test func aConfidentialNotesDiagnosticsQuoteNothing() throws {
    let editor = Editor(notebook: try Sample.notebook())
    try editor.initialize()
    try editor.open(
      "acme/2026-06-01-jane-doe.md",
      Sample.confidential.replacingOccurrences(
        of: "contact: jane-doe", with: "contact: Hank Scorpio"))
    let (_, list) = try editor.diagnostics("acme/2026-06-01-jane-doe.md") { !$0.isEmpty }
    #expect(list.map { $0["code"] } == ["note.contact.unknown"])
    let message = list.first?["message"]?.stringValue ?? ""
    #expect(!message.contains("Hank"))
    #expect(message.contains("confidential"))
  }

  @Test func markdownTheLoaderSkipsSaysSo() throws {
    let editor = Editor(notebook: try Sample.notebook())
    try editor.initialize()
    try editor.open("ideas.md", "# Ideas\n")
    try editor.open("acme/2026-11-03-raj-patel.markdown", Sample.note)
    try editor.open("acme/_draft.md", "no front matter\n")
    let (_, top) = try editor.diagnostics("ideas.md") { !$0.isEmpty }
    #expect(top.map { $0["code"] } == ["file.ignored"])
    let (_, renamed) = try editor.diagnostics("acme/2026-11-03-raj-patel.markdown") { !$0.isEmpty }
    #expect(renamed.first?["message"]?.stringValue?.contains("rename it to") == true)
    let (_, draft) = try editor.diagnostics("acme/_draft.md")
    #expect(draft.isEmpty)
  }

  @Test func whatOnlyTheFilesOnDiskShowReachesTheEditorToo() throws {
    let deep = "acme/" + (1...9).map { "f\($0)/" }.joined() + "2026-11-04-jane-doe.md"
    let notebook = try Sample.notebook(extra: [
      deep: Self.fixed, "globex/2026-11-04-hank.md": Self.fixed,
    ])
    // A byte that is not UTF-8: the editor shows it replaced.
    var bytes = Array(Self.fixed.utf8)
    bytes.insert(0xE9, at: bytes.count - 1)
    let bad = "acme/2026-11-05-jane-doe.md"
    #expect(
      FileManager.default.createFile(atPath: notebook.root + "/" + bad, contents: Data(bytes)))
    let editor = Editor(notebook: notebook)
    try editor.initialize()
    try editor.open(bad, String(decoding: bytes, as: UTF8.self))
    let (_, encoding) = try editor.diagnostics(bad) { !$0.isEmpty }
    #expect(encoding.map { $0["code"] } == ["file.encoding"], "\(encoding)")
    editor.change(bad, Self.fixed)
    #expect(try editor.settled(bad).isEmpty, "gone once the text is no longer the file's")
    try editor.open(deep, Self.fixed)
    let (_, ignored) = try editor.diagnostics(deep) { !$0.isEmpty }
    #expect(ignored.map { $0["code"] } == ["file.ignored"], "\(ignored)")
    try editor.open("globex/2026-11-04-hank.md", Self.fixed)
    let (_, folder) = try editor.diagnostics("globex/2026-11-04-hank.md") { !$0.isEmpty }
    #expect(folder.contains { $0["code"] == "account.profile.missing" }, "\(folder)")
  }

  @Test func aNewAccountFolderIsReadWithItsProfile() throws {
    let editor = Editor(notebook: try Sample.notebook())
    try editor.initialize()
    try editor.notebook.write(
      "globex/account.md",
      "---\nname: Globex\ncontacts:\n  - { id: hank-scorpio, name: Hank Scorpio }\n---\n")
    editor.notify(
      "workspace/didChangeWatchedFiles",
      ["changes": [["uri": .string(editor.uri("globex/account.md")), "type": 1]]])
    try editor.open(
      "globex/2026-11-05-hank.md",
      Sample.note.replacingOccurrences(of: "jane-do", with: "hank-scorpoi"))
    let (_, list) = try editor.diagnostics("globex/2026-11-05-hank.md") { !$0.isEmpty }
    #expect(
      list.map { $0["message"]?.stringValue ?? "" }.contains {
        $0.contains("did you mean `hank-scorpio`?")
      })
  }
}
