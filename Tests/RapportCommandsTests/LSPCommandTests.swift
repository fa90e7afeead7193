import Foundation
import RapportTestSupport
import Testing

/// `rapport lsp` as an editor starts it: a process speaking framed JSON-RPC on its standard
/// input and output.
@Suite struct LSPCommandTests {
  /// `body` framed with its `Content-Length`.
  static func framed(_ body: String) -> Data {
    Data("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8)
  }

  static let session = [
    #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#,
    #"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
    #"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#,
    #"{"jsonrpc":"2.0","method":"exit"}"#,
  ]

  /// Runs `rapport lsp` on `input`; with `closingOutput`, its standard output is a pipe nobody
  /// reads (the editor has gone). Returns the exit status and what it wrote.
  func run(_ input: [String], closingOutput: Bool = false) throws -> (status: Int32, output: String)
  {
    let notebook = try TemporaryNotebook(["rapport.yml": "levels: [executive, staff]\n"])
    let process = Process()
    process.executableURL = RapportProcess.executable
    process.arguments = ["lsp", "--notebook", notebook.root]
    process.environment = ["RAPPORT_CACHE_DIR": notebook.root + "/.cache", "PATH": "/usr/bin:/bin"]
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    if closingOutput { try stdout.fileHandleForReading.close() }
    for message in input { stdin.fileHandleForWriting.write(Self.framed(message)) }
    try stdin.fileHandleForWriting.close()
    let output = closingOutput ? Data() : stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let signalled = process.terminationReason == .uncaughtSignal
    return (
      signalled ? 128 + process.terminationStatus : process.terminationStatus,
      String(decoding: output, as: UTF8.self)
    )
  }

  @Test func shutdownThenExitEndsWithStatusZero() throws {
    let (status, output) = try run(Self.session)
    #expect(status == 0)
    #expect(output.contains(#""name":"rapport""#))
    #expect(output.contains(#""id":2,"jsonrpc":"2.0","result":null"#))
  }

  @Test func anEditorThatGoesAwayDoesNotKillItWithSIGPIPE() throws {
    let (status, _) = try run(Self.session, closingOutput: true)
    #expect(status == 0)
  }

  @Test func helpExamplesFitEightyColumns() throws {
    let run = try RapportProcess.run(["lsp", "--help"], environment: ["COLUMNS": "80"])
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(lines.firstIndex(of: "Examples:"))
    for line in lines[(start + 1)...].prefix(while: { !$0.isEmpty }) {
      #expect(line.hasPrefix("  rapport ") || line.hasPrefix("  #"), "wrapped: \(line)")
      #expect(line.count <= 80, "too long: \(line)")
    }
  }
}
