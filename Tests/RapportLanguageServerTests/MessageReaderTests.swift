import Testing

@testable import RapportLanguageServer

@Suite struct MessageReaderTests {
  /// Every frame of `input`, read `chunk` bytes at a time, as text.
  func frames(_ input: String, chunk: Int = 1 << 16, limit: Int = 1 << 20) -> [String] {
    var reader = MessageReader(source: ByteArraySource(input, chunk: chunk), maximumLength: limit)
    var frames: [String] = []
    while true {
      switch reader.next() {
      case .message(let body): frames.append(String(decoding: body, as: UTF8.self))
      case .invalid(let problem): frames.append("! \(problem)")
      case .end: return frames
      }
    }
  }

  @Test(arguments: [1, 3, 1 << 16])
  func readsMessagesInAnyChunks(chunk: Int) {
    let input = framed(#"{"a":1}"#) + framed("{\"text\":\"Zoë 😀\"}") + framed("[]")
    #expect(frames(input, chunk: chunk) == [#"{"a":1}"#, "{\"text\":\"Zoë 😀\"}", "[]"])
  }

  @Test func toleratesOtherHeadersCaseAndBareLineFeeds() {
    let input =
      "content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}"
      + "CONTENT-LENGTH:3\n\n[1]" + "X-Extra: yes\r\nContent-Length:  4 \r\n\r\nnull"
    #expect(frames(input) == ["{}", "[1]", "null"])
  }

  @Test func endsAtEndOfInput() {
    #expect(frames("") == [])
    #expect(frames("Content-Length: 10\r\n\r\n{\"a\"") == [])
    #expect(frames("Content-Len") == [])
  }

  @Test func reportsAMissingLengthAndFindsTheNextMessage() {
    let input = "Content-Type: x\r\n\r\n{\"lost\":1}" + framed("{}")
    #expect(frames(input) == ["! message header has no Content-Length", "{}"])
  }

  @Test(arguments: ["abc", "-1", "", "1 2", "99999999999999999999"])
  func reportsAnInvalidLengthAndFindsTheNextMessage(value: String) {
    let input = "Content-Length: \(value)\r\n\r\n{\"lost\":1}" + framed("{}")
    #expect(frames(input, chunk: 5) == ["! invalid Content-Length \"\(value)\"", "{}"])
  }

  @Test func skipsAMessageOverTheLimit() {
    let input = framed(String(repeating: "x", count: 100)) + framed("{}")
    #expect(
      frames(input, limit: 50) == [
        "! message of 100 bytes is over the limit of 50 bytes; skipped", "{}",
      ])
  }

  @Test func recoversFromABodyWithoutHeader() {
    // A body with no header: its first line is no header, and the next message follows it.
    let input = #"{"jsonrpc":"2.0"}"# + framed("{}")
    let result = frames(input, chunk: 4)
    #expect(result.count == 2)
    #expect(result.first?.hasPrefix("! malformed header line") == true)
    #expect(result.last == "{}")
  }

  @Test func recoversFromAnOverlongHeaderLine() {
    let input = "X-Long: " + String(repeating: "y", count: 5000) + "\r\n\r\n" + framed("{}")
    #expect(frames(input) == ["! message header is too long", "{}"])
  }

  @Test func skipsBlankLinesBetweenMessages() {
    #expect(frames("\r\n" + framed("{}") + "\r\n\r\n" + framed("[]")) == ["{}", "[]"])
  }
}
