import Testing

@testable import RapportLanguageServer

@Suite struct DocumentTextTests {
  /// Line 2 holds a two-byte `ë`, a three-byte `—` and a four-byte (two UTF-16 units) `😀`.
  let text = DocumentText("---\nZoë — 😀 mistake\n")

  @Test func convertsScalarColumnsToUTF16AndUTF8() {
    let mistake = TextLocation(line: 2, column: 9)
    #expect(text.position(of: mistake, encoding: .utf16) == LSPPosition(line: 1, character: 9))
    #expect(text.position(of: mistake, encoding: .utf8) == LSPPosition(line: 1, character: 14))
    #expect(text.location(of: LSPPosition(line: 1, character: 9), encoding: .utf16) == mistake)
    #expect(text.location(of: LSPPosition(line: 1, character: 14), encoding: .utf8) == mistake)
  }

  @Test func roundsAPositionInsideACharacterDownToItsStart() {
    // Between the two UTF-16 units of 😀, and inside the bytes of ë.
    #expect(
      text.location(of: LSPPosition(line: 1, character: 7), encoding: .utf16)
        == TextLocation(line: 2, column: 7))
    #expect(
      text.location(of: LSPPosition(line: 1, character: 3), encoding: .utf8)
        == TextLocation(line: 2, column: 3))
  }

  @Test func clampsPastTheLineAndTheText() {
    #expect(
      text.position(of: TextLocation(line: 2, column: 99), encoding: .utf16)
        == LSPPosition(line: 1, character: 16))
    #expect(
      text.location(of: LSPPosition(line: 0, character: 99), encoding: .utf8)
        == TextLocation(line: 1, column: 4))
    // The text ends with a line end: its last line is empty, and anything later is its end.
    #expect(
      text.position(of: TextLocation(line: 9, column: 1), encoding: .utf16)
        == LSPPosition(line: 2, character: 0))
    #expect(
      text.location(of: LSPPosition(line: 9, character: 9), encoding: .utf16)
        == TextLocation(line: 3, column: 1))
    #expect(
      text.position(of: TextLocation(line: 0, column: 0), encoding: .utf16)
        == LSPPosition(line: 0, character: 0))
  }

  @Test func splitsLinesAtLineFeedCarriageReturnAndBoth() {
    let mixed = DocumentText("a\r\nb\rc\nd")
    #expect(mixed.lineStarts == [0, 3, 5, 7])
    for line in 0..<4 {
      let position = LSPPosition(line: line, character: 5)
      #expect(
        mixed.location(of: position, encoding: .utf16) == TextLocation(line: line + 1, column: 2))
    }
    // Column past the end of a CRLF line stops before the `\r`.
    #expect(mixed.offset(of: LSPPosition(line: 0, character: 9), encoding: .utf8) == 1)
  }

  @Test func convertsRangesAndOrdersReversedOnes() {
    let range = text.range(of: TextRange(line: 2, column: 9, length: 7), encoding: .utf16)
    #expect(
      range == LSPRange(start: .init(line: 1, character: 9), end: .init(line: 1, character: 16)))
    let reversed = LSPRange(start: .init(line: 1, character: 16), end: .init(line: 1, character: 9))
    let back = text.range(of: reversed, encoding: .utf16)
    #expect(back.start == back.end)
  }

  @Test func appliesEditsInEitherEncoding() {
    var edited = text
    // Replace `mistake` (UTF-16 characters 9..<16) with `fix`.
    edited.apply(
      LSPRange(start: .init(line: 1, character: 9), end: .init(line: 1, character: 16)),
      text: "fix", encoding: .utf16)
    #expect(edited.string == "---\nZoë — 😀 fix\n")
    // Insert a line break after the emoji (UTF-8 bytes 13).
    edited.apply(
      LSPRange(start: .init(line: 1, character: 13), end: .init(line: 1, character: 13)),
      text: "\r\n", encoding: .utf8)
    #expect(edited.string == "---\nZoë — 😀\r\n fix\n")
    #expect(edited.lineCount == 4)
    #expect(
      edited.location(ofOffset: edited.string.utf8.count - 1) == TextLocation(line: 3, column: 5))
  }

  @Test func editsInsideAGraphemeClusterStayWhereTheyAre() {
    // `e` and a combining acute accent form one character; edit between them.
    var edited = DocumentText("cafe\u{301}!")
    edited.apply(
      LSPRange(start: .init(line: 0, character: 4), end: .init(line: 0, character: 4)),
      text: "x", encoding: .utf16)
    #expect(Array(edited.string.unicodeScalars) == Array("cafex\u{301}!".unicodeScalars))
  }

  @Test func joinsACarriageReturnAndALineFeedThatMeet() {
    var edited = DocumentText("a\rb")
    edited.apply(
      LSPRange(start: .init(line: 1, character: 0), end: .init(line: 1, character: 1)),
      text: "\nb", encoding: .utf16)
    #expect(edited.string == "a\r\nb")
    #expect(edited.lineStarts == [0, 3])
  }
}

@Suite struct FileURITests {
  @Test(arguments: [
    ("file:///notebook/acme/2024-05-01%20call.md", "/notebook/acme/2024-05-01 call.md"),
    ("file:///tmp/Zo%C3%AB/%F0%9F%98%80.md", "/tmp/Zoë/😀.md"),
    ("file://localhost/etc/x", "/etc/x"),
    ("FILE:///a%2fb", "/a/b"),
    ("file:/single/slash", "/single/slash"),
    ("file:///c%3A/notes/a.md", "/c:/notes/a.md"),
    ("file://server/share/a.md", "//server/share/a.md"),
  ])
  func decodesFileURIs(_ example: (uri: String, path: String)) {
    #expect(FileURI.path(fromURI: example.uri) == example.path)
  }

  @Test(arguments: [
    "untitled:Untitled-1", "https://example.com/a", "file:///bad%zz", "file:///bad%C3",
    "file:///nul%00", "file:relative",
  ])
  func rejectsOtherURIs(_ uri: String) {
    #expect(FileURI.path(fromURI: uri) == nil)
  }

  @Test func encodesPathsSoTheyDecodeBack() {
    let path = "/tmp/Zoë & Co/#1 100%?.md"
    let uri = FileURI.uri(fromPath: path)
    #expect(uri == "file:///tmp/Zo%C3%AB%20%26%20Co/%231%20100%25%3F.md")
    #expect(FileURI.path(fromURI: uri) == path)
  }
}
