import Foundation
import RapportEditorService
import RapportTestSupport
import Synchronization

@testable import RapportLanguageServer

/// An editor in a test: the real server and notebook service on a thread of their own, as
/// `rapport lsp` runs them, fed framed messages through a pipe.
final class Editor {
  let notebook: TemporaryNotebook
  let output = ServerOutput()
  private let input: Int32
  private let run = ServerRun()
  private var nextID = 1
  private var closed = false
  private var versions: [String: Int] = [:]

  /// Starts a server over `notebook`; `today` fixes the date, `delay` debounces diagnostics.
  init(notebook: TemporaryNotebook, today: String = "2026-11-20", delay: Duration = .zero) {
    signal(SIGPIPE, SIG_IGN)
    self.notebook = notebook
    let service = NotebookService(
      options: NotebookService.Options(
        jobs: 1, usesCache: false, environment: ["RAPPORT_TODAY": today]))
    let server = LanguageServer(
      service: service,
      configuration: .init(version: "0.0.0", diagnosticsDelay: delay, log: { _ in }))
    var ends: [Int32] = [0, 0]
    precondition(pipe(&ends) == 0)
    input = ends[1]
    let source = FileDescriptorSource(descriptor: ends[0])
    let (output, run) = (output, run)
    Thread.detachNewThread {
      let result = server.run(input: source, output: output)
      Glibc.close(source.descriptor)
      run.status.withLock { $0 = result }
      run.finished.signal()
    }
  }

  deinit {
    if !closed { Glibc.close(input) }
  }

  /// The absolute path of a notebook file.
  func path(_ relative: String) -> String { notebook.root + "/" + relative }

  func uri(_ relative: String) -> String { FileURI.uri(fromPath: path(relative)) }

  /// Writes bytes to the server as they are.
  func sendRaw(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(input, buffer.baseAddress! + offset, buffer.count - offset)
        guard written > 0 else { return }
        offset += written
      }
    }
  }

  func send(_ message: JSON) {
    let body = message.serialized()
    sendRaw(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
  }

  func notify(_ method: String, _ params: JSON = .null) {
    send(["jsonrpc": "2.0", "method": .string(method), "params": params])
  }

  /// Sends a request and waits for its answer.
  func request(_ method: String, _ params: JSON = .null) throws -> JSON {
    let id = nextID
    nextID += 1
    send(["jsonrpc": "2.0", "id": .integer(id), "method": .string(method), "params": params])
    return try output.first { $0["id"] == .integer(id) && $0["method"] == nil }.message
  }

  /// `initialize` with the notebook as the workspace folder, then `initialized`.
  @discardableResult
  func initialize(encoding: String? = nil) throws -> JSON {
    var capabilities: [String: JSON] = [
      "textDocument": [
        "definition": ["linkSupport": true],
        "documentSymbol": ["hierarchicalDocumentSymbolSupport": true],
      ]
    ]
    if let encoding { capabilities["general"] = ["positionEncodings": [.string(encoding)]] }
    let root = FileURI.uri(fromPath: notebook.root)
    let answer = try request(
      "initialize",
      [
        "processId": .null, "rootUri": .string(root), "capabilities": .object(capabilities),
        "workspaceFolders": [["uri": .string(root), "name": "notebook"]],
      ])
    notify("initialized", [:])
    return answer
  }

  /// Opens a notebook file with `text`, or with its text on disk.
  func open(_ relative: String, _ text: String? = nil) throws {
    let content = try text ?? String(contentsOfFile: path(relative), encoding: .utf8)
    versions[relative] = 1
    notify(
      "textDocument/didOpen",
      [
        "textDocument": [
          "uri": .string(uri(relative)), "languageId": "markdown", "version": 1,
          "text": .string(content),
        ]
      ])
  }

  /// Replaces an open document's whole text.
  func change(_ relative: String, _ text: String) {
    let version = (versions[relative] ?? 1) + 1
    versions[relative] = version
    notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(uri(relative)), "version": .integer(version)],
        "contentChanges": [["text": .string(text)]],
      ])
  }

  func closeDocument(_ relative: String) {
    notify("textDocument/didClose", ["textDocument": ["uri": .string(uri(relative))]])
  }

  /// The next diagnostics published for a file from message `start` on that satisfy `predicate`.
  @discardableResult
  func diagnostics(
    _ relative: String, from start: Int = 0, where predicate: ([JSON]) -> Bool = { _ in true }
  ) throws -> (index: Int, list: [JSON]) {
    let found = try output.first(from: start) { message in
      message["method"] == "textDocument/publishDiagnostics"
        && message["params"]?["uri"] == .string(uri(relative))
        && predicate(message["params"]?["diagnostics"]?.arrayValue ?? [])
    }
    return (found.index, found.message["params"]?["diagnostics"]?.arrayValue ?? [])
  }

  /// The diagnostics published for the document's latest version, once they come.
  @discardableResult
  func settled(_ relative: String) throws -> [JSON] {
    let version = JSON.integer(versions[relative] ?? 1)
    let found = try output.first { message in
      message["method"] == "textDocument/publishDiagnostics"
        && message["params"]?["uri"] == .string(uri(relative))
        && message["params"]?["version"] == version
    }
    return found.message["params"]?["diagnostics"]?.arrayValue ?? []
  }

  /// `textDocument` and `position` (0-based line and character) params.
  func at(_ relative: String, _ line: Int, _ character: Int) -> JSON {
    [
      "textDocument": ["uri": .string(uri(relative))],
      "position": ["line": .integer(line), "character": .integer(character)],
    ]
  }

  /// Sends `exit` and returns the server's exit status.
  func exit() throws -> Int32 {
    notify("exit")
    if !closed {
      Glibc.close(input)
      closed = true
    }
    guard run.finished.wait(timeout: .now() + 60) == .success else { throw EditorError.timedOut }
    return run.status.withLock { $0 }!
  }
}

/// The server thread's outcome.
private final class ServerRun: Sendable {
  let status = Mutex<Int32?>(nil)
  let finished = DispatchSemaphore(value: 0)
}

/// A 0-based LSP range.
func lspRange(_ line: Int, _ start: Int, _ end: Int) -> JSON {
  [
    "start": ["line": .integer(line), "character": .integer(start)],
    "end": ["line": .integer(line), "character": .integer(end)],
  ]
}
