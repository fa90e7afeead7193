import Foundation
import Testing

@testable import RapportLanguageServer

@Suite struct LifecycleTests {
  @Test func aMalformedMessageGetsAnErrorAndTheServerStaysUp() throws {
    let editor = Editor(notebook: try Sample.notebook())
    try editor.initialize()
    editor.sendRaw(Array("Content-Length: 9\r\n\r\n{\"jsonrpc".utf8))
    let error = try editor.output.first { $0["error"] != nil }.message
    #expect(error["error"]?["code"] == -32700)
    try editor.open(Sample.notePath)
    let (_, list) = try editor.diagnostics(Sample.notePath) { !$0.isEmpty }
    #expect(list.first?["code"] == "note.contact.misspelled")
    let unknown = try editor.request("rapport/unknown", [:])
    #expect(unknown["error"]?["code"] == -32601)
  }

  @Test func shutdownThenExitEndsWithStatusZero() throws {
    let editor = Editor(notebook: try Sample.notebook())
    try editor.initialize()
    try editor.open(Sample.notePath)
    try editor.diagnostics(Sample.notePath)
    let answer = try editor.request("shutdown")
    #expect(answer["result"] == .null)
    #expect(answer["error"] == nil)
    #expect(try editor.exit() == 0)
  }

  @Test func exitWithoutShutdownEndsWithStatusOne() throws {
    let editor = Editor(notebook: try Sample.notebook())
    try editor.initialize()
    #expect(try editor.exit() == 1)
  }

  @Test func closingADocumentClearsItsDiagnostics() throws {
    let editor = Editor(notebook: try Sample.notebook())
    try editor.initialize()
    try editor.open(Sample.notePath)
    try editor.diagnostics(Sample.notePath) { !$0.isEmpty }
    let mark = editor.output.count
    editor.closeDocument(Sample.notePath)
    let (_, list) = try editor.diagnostics(Sample.notePath, from: mark)
    #expect(list.isEmpty)
  }

  @Test func aFileOutsideAnyNotebookGetsNothing() throws {
    let editor = Editor(notebook: try Sample.notebook())
    try editor.initialize()
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rapport-outside-\(UUID().uuidString).md"
    ).path
    editor.notify(
      "textDocument/didOpen",
      [
        "textDocument": [
          "uri": .string(FileURI.uri(fromPath: outside)), "languageId": "markdown", "version": 1,
          "text": "# Not a note\n",
        ]
      ])
    let hover = try editor.request(
      "textDocument/hover",
      [
        "textDocument": ["uri": .string(FileURI.uri(fromPath: outside))],
        "position": ["line": 0, "character": 2],
      ])
    #expect(hover["result"] == .null)
    #expect(try editor.request("shutdown")["error"] == nil)
  }
}
