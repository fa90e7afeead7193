import Testing

@testable import RapportLanguageServer

@Suite struct LifecycleTests {
  @Test func initializeAnswersCapabilitiesAndServerInfo() throws {
    let client = TestClient()
    let result = try client.initialize()
    #expect(result["serverInfo"] == ["name": "rapport", "version": "9.9.9"])
    let capabilities = result["capabilities"]
    #expect(capabilities?["positionEncoding"] == "utf-16")
    #expect(capabilities?["textDocumentSync"]?["change"] == 2)
    #expect(capabilities?["textDocumentSync"]?["openClose"] == true)
    #expect(capabilities?["completionProvider"]?["triggerCharacters"] == ["@"])
    #expect(capabilities?["hoverProvider"] == true)
    #expect(capabilities?["definitionProvider"] == true)
    #expect(capabilities?["documentSymbolProvider"] == true)
    #expect(
      capabilities?["codeActionProvider"]?["codeActionKinds"]?.arrayValue?.contains("quickfix")
        == true)
    #expect(try client.request("shutdown")["result"] == .null)
    #expect(try client.exit() == 0)
    #expect(client.service.events.first == "start /notebook")
  }

  @Test(arguments: [
    (["utf-8", "utf-16"], "utf-8"), (["utf-16", "utf-8"], "utf-8"),
    (["utf-32", "utf-16"], "utf-16"),
    ([], "utf-16"),
  ])
  func negotiatesThePositionEncoding(_ example: (offered: [String], agreed: String)) throws {
    let client = TestClient()
    let result = try client.initialize(encodings: example.offered)
    #expect(result["capabilities"]?["positionEncoding"] == .string(example.agreed))
  }

  @Test func requestsBeforeInitializeAreRefused() throws {
    let client = TestClient()
    let early = try client.request("textDocument/hover", ["textDocument": ["uri": "file:///a.md"]])
    #expect(early["error"]?["code"] == .integer(ResponseError.serverNotInitializedCode))
    // A notification before initialize is dropped: the document is not open afterwards.
    client.open("file:///notebook/a.md", "mistake")
    try client.initialize()
    let hover = try client.request(
      "textDocument/hover",
      ["textDocument": ["uri": "file:///notebook/a.md"], "position": ["line": 0, "character": 1]])
    #expect(hover["result"] == .null)
    #expect(client.server.documents.count == 0)
  }

  @Test func initializeTwiceIsInvalid() throws {
    let client = TestClient()
    try client.initialize()
    let again = try client.request("initialize", ["capabilities": [:]])
    #expect(again["error"]?["code"] == .integer(ResponseError.invalidRequestCode))
  }

  @Test func afterShutdownOnlyExitIsAccepted() throws {
    let client = TestClient()
    try client.initialize()
    #expect(try client.request("shutdown")["result"] == .null)
    let late = try client.request(
      "textDocument/documentSymbol", ["textDocument": ["uri": "file:///a.md"]])
    #expect(late["error"]?["code"] == .integer(ResponseError.invalidRequestCode))
    #expect(
      try client.request("shutdown")["error"]?["code"] == .integer(ResponseError.invalidRequestCode)
    )
    #expect(try client.exit() == 0)
  }

  @Test func exitWithoutShutdownFails() throws {
    let client = TestClient()
    try client.initialize()
    #expect(try client.exit() == 1)
  }

  @Test func exitBeforeInitializeFails() throws {
    let client = TestClient()
    #expect(try client.exit() == 1)
  }

  @Test func endOfInputEndsTheServer() throws {
    let client = TestClient()
    try client.initialize()
    #expect(try client.finish() == 1)
    let shutDown = TestClient()
    try shutDown.initialize()
    _ = try shutDown.request("shutdown")
    #expect(try shutDown.finish() == 0)
  }

  @Test func asksTheEditorToWatchTheServiceFiles() throws {
    let client = TestClient()
    try client.initialize(workspace: ["didChangeWatchedFiles": ["dynamicRegistration": true]])
    let registration = try client.log.first { $0["method"] == "client/registerCapability" }.message
    let first = registration["params"]?["registrations"]?.arrayValue?.first
    #expect(first?["method"] == "workspace/didChangeWatchedFiles")
    #expect(first?["registerOptions"]?["watchers"] == [["globPattern": "**/*.md"]])
    // The editor's answer is accepted silently.
    client.send(["jsonrpc": "2.0", "id": registration["id"]!, "result": nil])
    #expect(try client.request("shutdown")["result"] == .null)
  }

  @Test func runsOverAByteStreamInMemory() {
    let input =
      framed(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#)
      + framed(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#)
      + framed(#"{"jsonrpc":"2.0","method":"exit"}"#)
    let log = MessageLog()
    let server = LanguageServer(
      service: FakeService(), configuration: .init(version: "1", log: { _ in }))
    #expect(server.run(input: ByteArraySource(input, chunk: 7), output: log) == 0)
    #expect(log.all.map { $0["id"] } == [1, 2])
    #expect(log.malformed.withLock { $0 } == [])
  }
}
