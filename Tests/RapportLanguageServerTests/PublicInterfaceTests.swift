import RapportLanguageServer
import Testing

/// A service written only against the public interface, as the notebook's will be: everything
/// but diagnostics has a default.
private struct SmallestService: LanguageService {
  func diagnostics(
    for document: DocumentSnapshot, cancellation: Cancellation
  ) throws
    -> [EditorDiagnostic]
  {
    try cancellation.check()
    return [
      EditorDiagnostic(
        line: 1, column: 1, length: 4, severity: .warning, code: "note.example",
        message: "an example")
    ]
  }
}

@Suite struct PublicInterfaceTests {
  @Test func aServerRunsInAFewLines() {
    let input =
      framed(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#)
      + framed(
        #"{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///a.md"},"position":{"line":0,"character":0}}}"#
      )
      + framed(#"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#)
      + framed(#"{"jsonrpc":"2.0","method":"exit"}"#)
    let output = MessageLog()
    let server = LanguageServer(
      service: SmallestService(), configuration: .init(version: "1.0", log: { _ in }))
    let status = server.run(input: ByteArraySource(input), output: output)
    #expect(status == 0)
    #expect(output.count == 3)
  }
}
