import Testing

@testable import RapportLanguageServer

@Suite struct DiagnosticsTests {
  static let uri = "file:///notebook/acme/2024-05-01-zo%C3%AB.md"
  /// Line 5 (0-based 4) has `mistake` at scalar column 12: after a two-byte `ë` and a four-byte
  /// `😀` (two UTF-16 units), it starts at UTF-16 character 12 and UTF-8 byte 15.
  static let text = "---\ncontact: Zoë Ñúñez\n---\n# Call\nZoë said 😀 mistake here\n## Next\n"

  func range(_ line: Int, _ start: Int, _ end: Int) -> JSON {
    [
      "start": ["line": .integer(line), "character": .integer(start)],
      "end": ["line": .integer(line), "character": .integer(end)],
    ]
  }

  @Test(arguments: [(nil, 12, 19), (["utf-8"], 15, 22)] as [([String]?, Int, Int)])
  func publishesDiagnosticsInTheAgreedEncoding(
    _ example: (encodings: [String]?, start: Int, end: Int)
  ) throws {
    let client = TestClient()
    try client.initialize(encodings: example.encodings)
    client.open(Self.uri, Self.text)
    let published = try client.diagnostics(for: Self.uri).params
    #expect(published["version"] == 1)
    #expect(
      published["diagnostics"] == [
        [
          "range": range(4, example.start, example.end), "severity": 1, "code": "fake.mistake",
          "source": "rapport", "message": "“mistake” is a mistake",
        ]
      ])
    #expect(client.service.events.contains("opened /notebook/acme/2024-05-01-zoë.md v1"))
  }

  @Test func quickFixAndIncrementalChangeClearTheProblem() throws {
    let client = TestClient()
    try client.initialize()
    client.open(Self.uri, Self.text)
    let diagnostic = try client.diagnostics(for: Self.uri).params["diagnostics"]!.arrayValue![0]

    let actions = try client.request(
      "textDocument/codeAction",
      [
        "textDocument": ["uri": .string(Self.uri)], "range": range(4, 13, 13),
        "context": ["diagnostics": [diagnostic]],
      ])["result"]
    let action = actions?.arrayValue?.first
    #expect(action?["title"] == "Replace with “correction”")
    #expect(action?["kind"] == "quickfix")
    #expect(action?["isPreferred"] == true)
    #expect(action?["diagnostics"] == [diagnostic])
    #expect(
      action?["edit"] == [
        "changes": [Self.uri: [["range": range(4, 12, 19), "newText": "correction"]]]
      ])
    // Kinds the editor did not ask for are left out.
    let refactors = try client.request(
      "textDocument/codeAction",
      [
        "textDocument": ["uri": .string(Self.uri)], "range": range(4, 13, 13),
        "context": ["diagnostics": [diagnostic], "only": ["refactor"]],
      ])["result"]
    #expect(refactors == [])

    // The editor applies the edit as an incremental change.
    let start = client.log.count
    client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(Self.uri), "version": 2],
        "contentChanges": [["range": range(4, 12, 19), "rangeLength": 7, "text": "correction"]],
      ])
    let fixed = try client.diagnostics(for: Self.uri, from: start) { $0["version"] == 2 }.params
    #expect(fixed["diagnostics"] == [])
    #expect(
      client.server.documents.document(uri: Self.uri)?.text.string.contains("😀 correction here")
        == true)
  }

  @Test func fullChangesReplaceTheText() throws {
    let client = TestClient()
    try client.initialize()
    client.open(Self.uri, "clean")
    _ = try client.diagnostics(for: Self.uri)
    let start = client.log.count
    client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(Self.uri), "version": 5],
        "contentChanges": [["text": "a\r\nmistake"], ["range": range(0, 0, 1), "text": "b"]],
      ])
    let published = try client.diagnostics(for: Self.uri, from: start) { $0["version"] == 5 }
    #expect(published.params["diagnostics"]?.arrayValue?.first?["range"] == range(1, 0, 7))
    #expect(client.server.documents.document(uri: Self.uri)?.text.string == "b\r\nmistake")
  }

  @Test func closingPublishesAnEmptyList() throws {
    let client = TestClient()
    try client.initialize()
    client.open(Self.uri, Self.text)
    let opened = try client.diagnostics(for: Self.uri) { $0["diagnostics"] != [] }
    client.notify("textDocument/didClose", ["textDocument": ["uri": .string(Self.uri)]])
    let closed = try client.diagnostics(for: Self.uri, from: opened.index + 1).params
    #expect(closed == ["uri": .string(Self.uri), "diagnostics": []])
    try client.service.waitForEvent("closed /notebook/acme/2024-05-01-zoë.md")
    #expect(client.server.documents.count == 0)
  }

  @Test func anEditCanChangeAnotherDocumentsDiagnostics() throws {
    let client = TestClient()
    try client.initialize()
    let note = "file:///notebook/acme/note.md"
    let glossary = "file:///notebook/glossary.md"
    client.open(note, "see needs-glossary")
    let warned = try client.diagnostics(for: note)
    #expect(warned.params["diagnostics"]?.arrayValue?.first?["code"] == "fake.glossary.missing")
    #expect(warned.params["diagnostics"]?.arrayValue?.first?["severity"] == 2)

    client.open(glossary, "glossary: terms")
    let cleared = try client.diagnostics(for: note, from: warned.index + 1)
    #expect(cleared.params["diagnostics"] == [])
    #expect(cleared.params["version"] == 1)

    // Closing the glossary brings the warning back.
    client.notify("textDocument/didClose", ["textDocument": ["uri": .string(glossary)]])
    let back = try client.diagnostics(for: note, from: cleared.index + 1)
    #expect(back.params["diagnostics"]?.arrayValue?.count == 1)
  }

  @Test func savesAndFileChangesReachTheService() throws {
    let client = TestClient()
    try client.initialize()
    client.open(Self.uri, "clean")
    let first = try client.diagnostics(for: Self.uri)
    client.notify("textDocument/didSave", ["textDocument": ["uri": .string(Self.uri)]])
    client.notify(
      "workspace/didChangeWatchedFiles",
      [
        "changes": [
          ["uri": "file:///notebook/b/profile.md", "type": 2],
          ["uri": "file:///notebook/a%20b/new.md", "type": 1],
          ["uri": "file:///notebook/old.md", "type": 3],
          ["uri": "untitled:1", "type": 2],
        ]
      ])
    // The file changes affect every document, so the note is checked again.
    _ = try client.diagnostics(for: Self.uri, from: first.index + 1)
    _ = try client.request("shutdown")
    let events = client.service.events
    #expect(events.contains("saved /notebook/acme/2024-05-01-zoë.md"))
    #expect(
      events.contains(
        "files created /notebook/a b/new.md, changed /notebook/b/profile.md, deleted /notebook/old.md"
      ))
  }

  @Test func documentsThatAreNotFilesStayAwayFromTheService() throws {
    let client = TestClient()
    try client.initialize()
    client.open("untitled:Untitled-1", "mistake")
    client.open(Self.uri, "clean")
    _ = try client.diagnostics(for: Self.uri)
    let symbols = try client.request(
      "textDocument/documentSymbol", ["textDocument": ["uri": "untitled:Untitled-1"]])
    #expect(symbols["result"] == [])
    #expect(!client.log.all.contains { $0["params"]?["uri"] == "untitled:Untitled-1" })
    #expect(client.service.events.allSatisfy { !$0.contains("Untitled") })
  }
}
