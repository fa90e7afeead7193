import Testing

@testable import RapportLanguageServer

/// Bad input gets an error answer and the server goes on answering.
@Suite struct ProtocolErrorTests {
  func initialized() throws -> TestClient {
    let client = TestClient(maximumMessageSize: 4096)
    try client.initialize()
    return client
  }

  /// The next error answer with a null id, then proof that the server still answers.
  func expectNullIDError(_ client: TestClient, code: Int, from start: Int) throws {
    let error = try client.log.first(from: start) { $0["error"] != nil && $0["id"] == .null }
    #expect(error.message["error"]?["code"] == .integer(code))
    #expect(try client.request("shutdown")["result"] == .null)
    #expect(try client.exit() == 0)
  }

  @Test func malformedJSONIsAParseError() throws {
    let client = try initialized()
    let start = client.log.count
    client.sendRaw(framed(#"{"jsonrpc": "2.0", "id": 5, "method": }"#))
    try expectNullIDError(client, code: ResponseError.parseErrorCode, from: start)
  }

  @Test func invalidUTF8IsAParseError() throws {
    let client = try initialized()
    let start = client.log.count
    let body =
      Array(#"{"jsonrpc":"2.0","method":"x","params":{"a":""#.utf8) + [0xC3, 0x28]
      + Array("\"}}".utf8)
    client.sendRaw(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
    try expectNullIDError(client, code: ResponseError.parseErrorCode, from: start)
  }

  @Test func badHeaderIsAParseError() throws {
    let client = try initialized()
    let start = client.log.count
    client.sendRaw(
      "Content-Length: twelve\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"shutdown\"}")
    try expectNullIDError(client, code: ResponseError.parseErrorCode, from: start)
  }

  @Test func missingHeaderIsAParseError() throws {
    let client = try initialized()
    let start = client.log.count
    client.sendRaw("Content-Type: application/vscode-jsonrpc\r\n\r\n{}")
    try expectNullIDError(client, code: ResponseError.parseErrorCode, from: start)
  }

  @Test func oversizedMessageIsSkipped() throws {
    let client = try initialized()
    let start = client.log.count
    let text = String(repeating: "x", count: 10_000)
    client.open("file:///notebook/big.md", text)
    try expectNullIDError(client, code: ResponseError.parseErrorCode, from: start)
    #expect(client.server.documents.count == 0)
  }

  @Test func unknownMethodIsNotFound() throws {
    let client = try initialized()
    let answer = try client.request(
      "textDocument/formatting", ["textDocument": ["uri": "file:///a.md"]])
    #expect(answer["error"]?["code"] == .integer(ResponseError.methodNotFoundCode))
    // Unknown notifications, `$/` ones included, get no answer at all.
    client.notify("$/setTrace", ["value": "off"])
    client.notify("workspace/somethingNew", [:])
    client.notify("$/cancelRequest", ["id": 999])
    let before = client.log.count
    #expect(try client.request("shutdown")["result"] == .null)
    #expect(client.log.count == before + 1)
    #expect(try client.exit() == 0)
  }

  @Test func invalidRequestsKeepTheirID() throws {
    let client = try initialized()
    client.send(["id": 41, "method": "shutdown"])
    let noVersion = try client.log.first { $0["id"] == 41 }.message
    #expect(noVersion["error"]?["code"] == .integer(ResponseError.invalidRequestCode))
    client.send(["jsonrpc": "2.0", "id": 42, "method": 7])
    let badMethod = try client.log.first { $0["id"] == 42 }.message
    #expect(badMethod["error"]?["code"] == .integer(ResponseError.invalidRequestCode))
    client.send(["jsonrpc": "2.0", "id": 43, "method": "shutdown", "params": "x"])
    let badParams = try client.log.first { $0["id"] == 43 }.message
    #expect(badParams["error"]?["code"] == .integer(ResponseError.invalidRequestCode))
    let start = client.log.count
    client.send([["jsonrpc": "2.0", "id": 44, "method": "shutdown"]])
    try expectNullIDError(client, code: ResponseError.invalidRequestCode, from: start)
  }

  @Test func missingParamsAreInvalidParams() throws {
    let client = try initialized()
    client.open("file:///notebook/a.md", "text")
    let answer = try client.request(
      "textDocument/hover", ["textDocument": ["uri": "file:///notebook/a.md"]])
    #expect(answer["error"]?["code"] == .integer(ResponseError.invalidParamsCode))
    #expect(answer["error"]?["message"] == "params.position must be a position")
  }

  @Test func badNotificationsAreLoggedNotAnswered() throws {
    let client = try initialized()
    let before = client.log.count
    client.notify("textDocument/didOpen", ["textDocument": ["uri": "file:///notebook/a.md"]])
    client.notify(
      "textDocument/didChange",
      ["textDocument": ["uri": "file:///notebook/none.md", "version": 2], "contentChanges": []])
    #expect(try client.request("shutdown")["result"] == .null)
    #expect(client.log.count == before + 1)
    #expect(
      client.serverLog.contains {
        $0.contains("ignored textDocument/didOpen: params.textDocument.languageId")
      })
    #expect(client.serverLog.contains { $0.contains("file:///notebook/none.md is not open") })
  }
}
