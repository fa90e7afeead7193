#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A Language Server Protocol 3.17 server over a byte stream, answering from a
/// `LanguageService`.
///
/// It reads `Content-Length`-framed JSON-RPC from the input until `exit` or the end of input,
/// keeps the open documents' text, converts positions between the editor's units (UTF-8 or
/// UTF-16) and rapport's (scalars), publishes diagnostics after edits settle, and runs the
/// service's work off the reading thread. One server serves one connection: call `run` once.
public final class LanguageServer: Sendable {
  /// Settings that are not the editor's to negotiate.
  public struct Configuration: Sendable {
    /// `serverInfo.name`.
    public var name: String
    /// `serverInfo.version`.
    public var version: String
    /// How long after the last change to any document diagnostics are computed; zero for at
    /// once.
    public var diagnosticsDelay: Duration
    /// The largest message accepted, in bytes; larger ones are skipped with an error.
    public var maximumMessageSize: Int
    /// How long `exit` waits for work under way before returning.
    public var exitGracePeriod: Duration
    /// Where messages for people go (never the protocol's output); standard error by default.
    public var log: @Sendable (String) -> Void

    public init(
      name: String = "rapport", version: String, diagnosticsDelay: Duration = .milliseconds(150),
      maximumMessageSize: Int = 32 << 20, exitGracePeriod: Duration = .seconds(2),
      log: @escaping @Sendable (String) -> Void = LanguageServer.logToStandardError
    ) {
      self.name = name
      self.version = version
      self.diagnosticsDelay = diagnosticsDelay
      self.maximumMessageSize = maximumMessageSize
      self.exitGracePeriod = exitGracePeriod
      self.log = log
    }
  }

  let service: any LanguageService
  let configuration: Configuration
  let documents = DocumentStore()

  public init(service: any LanguageService, configuration: Configuration) {
    self.service = service
    self.configuration = configuration
  }

  /// Serves one editor until `exit` or the end of input; returns the exit status: 0 after
  /// `shutdown`, else 1.
  public func run(input: some ByteSource, output: some ByteSink) -> Int32 {
    let writer = MessageWriter(sink: output, log: configuration.log)
    let session = ServerSession(
      service: service, configuration: configuration, documents: documents, writer: writer)
    var reader = MessageReader(source: input, maximumLength: configuration.maximumMessageSize)
    defer { session.finish() }
    while true {
      switch reader.next() {
      case .message(let body):
        if let status = session.receive(body) { return status }
      case .invalid(let problem):
        writer.respond(to: nil, with: .failure(.parseError(problem.description)))
      case .end:
        if let error = reader.readError { configuration.log("cannot read input: \(error)") }
        return session.statusAtEndOfInput
      }
    }
  }

  /// Writes `message` and a line end to standard error.
  public static func logToStandardError(_ message: String) {
    let line = Array("rapport lsp: \(message)\n".utf8)
    line.withUnsafeBytes { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = write(STDERR_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
        guard written > 0 else { return }
        offset += written
      }
    }
  }
}
