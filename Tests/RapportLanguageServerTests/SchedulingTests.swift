import Dispatch
import Testing

@testable import RapportLanguageServer

@Suite struct SchedulingTests {
  static let slow = "file:///notebook/slow.md"
  static let fast = "file:///notebook/fast.md"

  func hover(_ uri: String) -> JSON {
    ["textDocument": ["uri": .string(uri)], "position": ["line": 0, "character": 0]]
  }

  func wait(_ semaphore: DispatchSemaphore) throws {
    guard semaphore.wait(timeout: .now() + 60) == .success else { throw WaitError.timedOut }
  }

  @Test func cancellingARunningOrQueuedRequestAnswersAtOnce() throws {
    let client = TestClient()
    try client.initialize()
    client.open(Self.slow, "slow-hover")
    client.open(Self.fast, "mistake")

    let running = client.sendRequest("textDocument/hover", hover(Self.slow))
    try wait(client.service.hoverStarted)
    let queued = client.sendRequest("textDocument/completion", hover(Self.fast))
    client.notify("$/cancelRequest", ["id": .integer(queued)])
    client.notify("$/cancelRequest", ["id": .integer(running)])
    // Both answers come while the slow hover is still blocked in the service.
    #expect(
      try client.response(to: queued)["error"]?["code"]
        == .integer(ResponseError.requestCancelledCode))
    #expect(
      try client.response(to: running)["error"]?["code"]
        == .integer(ResponseError.requestCancelledCode))

    client.service.hoverGate.signal()
    let next = try client.request("textDocument/hover", hover(Self.fast))
    #expect(next["result"]?["contents"] != nil)
    // Each request was answered once, and the cancelled completion never reached the service.
    #expect(client.log.all.filter { $0["id"] == .integer(running) }.count == 1)
    #expect(client.log.all.filter { $0["id"] == .integer(queued) }.count == 1)
    #expect(client.service.state.withLock { $0.completionCalls } == 0)
  }

  @Test func requestsDoNotWaitForALongDiagnosticsRun() throws {
    let client = TestClient()
    try client.initialize()
    client.open(Self.slow, "slow-diagnostics mistake")
    try wait(client.service.diagnosticsStarted)
    // The run is blocked inside the service; completion is answered regardless.
    let answer = try client.request(
      "textDocument/completion",
      ["textDocument": ["uri": .string(Self.slow)], "position": ["line": 0, "character": 4]])
    #expect(answer["result"]?["items"]?.arrayValue?.count == 2)
    #expect(!client.log.all.contains { $0["method"] == "textDocument/publishDiagnostics" })
    client.service.diagnosticsGate.signal()
    let published = try client.diagnostics(for: Self.slow)
    #expect(published.params["diagnostics"]?.arrayValue?.count == 1)
  }

  @Test func aChangeDuringARunIsCheckedAfterIt() throws {
    let client = TestClient()
    try client.initialize()
    client.open(Self.slow, "slow-diagnostics mistake")
    try wait(client.service.diagnosticsStarted)
    client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(Self.slow), "version": 2],
        "contentChanges": [["text": "all clean"]],
      ])
    // Once the server has read the change, let the stale run finish.
    _ = try client.request(
      "textDocument/documentSymbol", ["textDocument": ["uri": .string(Self.slow)]])
    client.service.diagnosticsGate.signal()
    let published = try client.diagnostics(for: Self.slow)
    // The run on version 1 was cancelled and published nothing; version 2 is clean.
    #expect(published.params["version"] == 2)
    #expect(published.params["diagnostics"] == [])
  }

  @Test func thousandsOfEditsKeepOneCopyPerDocument() throws {
    let client = TestClient()
    try client.initialize()
    client.open(Self.fast, "Zoë 😀 \nsecond line\n")
    client.open(Self.slow, "other\n")
    var expected = "Zoë 😀 \nsecond line\n"
    var version = 1
    for round in 1...3000 {
      version += 1
      // Line 1 grows at its end: a letter, `mistake ` every hundredth round, and every tenth
      // round its last character goes instead.
      let end = expected.prefix { $0 != "\n" }.utf16.count
      let lineEnd = expected.firstIndex(of: "\n")!
      let change: JSON
      if round % 10 == 0 {
        change = ["range": range(0, end - 1, end), "text": ""]
        expected.remove(at: expected.index(before: lineEnd))
      } else {
        let text = round % 100 == 1 ? "mistake " : "a"
        change = ["range": range(0, end, end), "text": .string(text)]
        expected.insert(contentsOf: text, at: lineEnd)
      }
      client.notify(
        "textDocument/didChange",
        [
          "textDocument": ["uri": .string(Self.fast), "version": .integer(version)],
          "contentChanges": [change],
        ])
    }
    let finalVersion = version
    let published = try client.diagnostics(for: Self.fast) {
      $0["version"] == .integer(finalVersion)
    }
    #expect(published.params["diagnostics"]?.arrayValue?.count == 30)

    let documents = client.server.documents
    #expect(documents.count == 2)
    #expect(documents.document(uri: Self.fast)?.text.string == expected)
    #expect(documents.document(uri: Self.fast)?.version == finalVersion)
    #expect(documents.textSize == expected.utf8.count + "other\n".utf8.count)
    #expect(try client.request("shutdown")["result"] == .null)
    #expect(try client.exit() == 0)
  }

  func range(_ line: Int, _ start: Int, _ end: Int) -> JSON {
    [
      "start": ["line": .integer(line), "character": .integer(start)],
      "end": ["line": .integer(line), "character": .integer(end)],
    ]
  }
}

@Suite struct DebounceTests {
  @Test func editsInQuickSuccessionEndInTheLatestVersion() throws {
    let client = TestClient(delay: .milliseconds(40))
    try client.initialize()
    let uri = "file:///notebook/typing.md"
    client.open(uri, "")
    for version in 2...30 {
      client.notify(
        "textDocument/didChange",
        [
          "textDocument": ["uri": .string(uri), "version": .integer(version)],
          "contentChanges": [["text": .string(version == 30 ? "mistake" : "draft \(version)")]],
        ])
    }
    let published = try client.diagnostics(for: uri) { $0["version"] == 30 }
    #expect(published.params["diagnostics"]?.arrayValue?.count == 1)
    // Whatever ran before, nothing was published for a text the editor no longer had.
    let versions = client.log.all.compactMap { $0["params"]?["version"]?.intValue }
    #expect(versions == versions.sorted())
  }
}
