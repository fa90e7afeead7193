import Foundation
import Testing

@testable import RapportLanguageServer

@Suite struct FeatureTests {
  static let uri = "file:///notebook/acme/note.md"
  /// `@Da` on line 2 follows `Zoë 😀 `: the `@` is at UTF-16 character 7, UTF-8 byte 10.
  static let text = "# Call\nZoë 😀 @Da\n## Next\nDana said mistake\n"

  func position(_ line: Int, _ character: Int) -> JSON {
    ["line": .integer(line), "character": .integer(character)]
  }

  func range(_ line: Int, _ start: Int, _ end: Int) -> JSON {
    ["start": position(line, start), "end": position(line, end)]
  }

  func client(
    encodings: [String]? = nil, textDocument: JSON = [:], service: FakeService = FakeService()
  )
    throws -> TestClient
  {
    let client = TestClient(service: service)
    try client.initialize(encodings: encodings, textDocument: textDocument)
    client.open(Self.uri, Self.text)
    return client
  }

  func params(_ line: Int, _ character: Int) -> JSON {
    ["textDocument": ["uri": .string(Self.uri)], "position": position(line, character)]
  }

  @Test(arguments: [(nil, 7, 10), (["utf-8"], 10, 13)] as [([String]?, Int, Int)])
  func completionReplacesTheTypedWord(
    _ example: (encodings: [String]?, at: Int, end: Int)
  )
    throws
  {
    let client = try client(encodings: example.encodings)
    let result = try client.request("textDocument/completion", params(1, example.end))["result"]
    #expect(result?["isIncomplete"] == false)
    let items = result?["items"]?.arrayValue ?? []
    #expect(
      items.first == [
        "label": "@Dana Ñúñez", "kind": 18, "detail": "Head of Research",
        "documentation": ["kind": "markdown", "value": "**Dana** leads research."],
        "insertText": "@Dana", "insertTextFormat": 1,
        "textEdit": ["range": range(1, example.at, example.end), "newText": "@Dana"],
      ])
    #expect(items.last == ["label": "#pricing", "kind": 12, "insertTextFormat": 1])
  }

  @Test func completionDocumentationIsPlainForPlainEditors() throws {
    let client = try client(
      textDocument: ["completion": ["completionItem": ["documentationFormat": ["plaintext"]]]])
    let result = try client.request("textDocument/completion", params(1, 10))["result"]
    #expect(result?["items"]?.arrayValue?.first?["documentation"]?["kind"] == "plaintext")
  }

  @Test func hoverShowsMarkdownForTheWord() throws {
    let client = try client()
    let hover = try client.request("textDocument/hover", params(3, 12))["result"]
    #expect(
      hover == [
        "contents": ["kind": "markdown", "value": "**mistake**: a word to avoid"],
        "range": range(3, 10, 17),
      ])
    #expect(try client.request("textDocument/hover", params(0, 0))["result"] == .null)
  }

  @Test func definitionLeadsToAFileThatIsNotOpen() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    // Line 3 starts with `😀 `, so scalar column 3 is UTF-16 character 3.
    let profile = folder.appendingPathComponent("profile é.md")
    try "---\nname: acme\n😀 Dana Ñúñez — research lead\n".write(
      to: profile, atomically: true, encoding: .utf8)
    let service = FakeService(profilePath: profile.path)

    let links = try client(textDocument: ["definition": ["linkSupport": true]], service: service)
    let link = try links.request("textDocument/definition", params(3, 2))["result"]
    let targetURI = JSON.string(FileURI.uri(fromPath: profile.path))
    #expect(
      link == [
        [
          "originSelectionRange": range(3, 0, 4), "targetUri": targetURI,
          "targetRange": range(2, 0, 21), "targetSelectionRange": range(2, 3, 14),
        ]
      ])
    #expect(targetURI.stringValue?.hasSuffix("/profile%20%C3%A9.md") == true)

    let locations = try client(service: service)
    let location = try locations.request("textDocument/definition", params(3, 2))["result"]
    #expect(location == [["uri": targetURI, "range": range(2, 0, 21)]])
    #expect(try locations.request("textDocument/definition", params(0, 0))["result"] == .null)
  }

  @Test func documentSymbolsNestOrFlatten() throws {
    let nested = try client(
      textDocument: ["documentSymbol": ["hierarchicalDocumentSymbolSupport": true]])
    let symbols = try nested.request(
      "textDocument/documentSymbol", ["textDocument": ["uri": .string(Self.uri)]])["result"]
    #expect(
      symbols == [
        [
          "name": "Call", "detail": "section", "kind": 3, "range": range(0, 0, 6),
          "selectionRange": range(0, 2, 6),
          "children": [
            [
              "name": "Next", "kind": 3, "range": range(2, 0, 7), "selectionRange": range(2, 3, 7),
            ]
          ],
        ]
      ])

    let flat = try client()
    let list = try flat.request(
      "textDocument/documentSymbol", ["textDocument": ["uri": .string(Self.uri)]])["result"]
    #expect(
      list == [
        [
          "name": "Call", "kind": 3,
          "location": ["uri": .string(Self.uri), "range": range(0, 0, 6)],
        ],
        [
          "name": "Next", "kind": 3, "containerName": "Call",
          "location": ["uri": .string(Self.uri), "range": range(2, 0, 7)],
        ],
      ])
  }

  @Test func requestsOnDocumentsThatAreNotOpenGetEmptyAnswers() throws {
    let client = TestClient()
    try client.initialize()
    let other =
      ["textDocument": ["uri": "file:///notebook/closed.md"], "position": position(0, 0)] as JSON
    #expect(try client.request("textDocument/hover", other)["result"] == .null)
    #expect(try client.request("textDocument/definition", other)["result"] == .null)
    #expect(
      try client.request("textDocument/completion", other)["result"] == [
        "isIncomplete": false, "items": [],
      ])
    #expect(client.service.state.withLock { $0.completionCalls } == 0)
  }
}
