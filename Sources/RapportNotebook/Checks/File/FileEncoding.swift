import RapportMarkdown

extension Rule {
  /// Bytes that are not UTF-8 text: UTF-16, invalid sequences, NUL bytes.
  public static let fileEncoding = Rule(
    "file.encoding", .error,
    "The file is not UTF-8 text (UTF-16, invalid UTF-8 bytes, or a NUL byte).",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("", body: "Caf\u{0}e au lait.\n")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("", body: "Café au lait.\n")])
}

/// Decides whether a file's bytes are UTF-8 text rapport can read, and says why not.
enum FileEncoding {
  /// The bytes after a UTF-8 byte-order mark, if the file starts with one.
  static func content(of bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
    bytes.starts(with: [0xEF, 0xBB, 0xBF])
      ? UnsafeRawBufferPointer(rebasing: bytes.dropFirst(3)) : bytes
  }

  /// The file's text without a byte-order mark, or the error saying why the bytes are not text.
  static func decode(
    _ bytes: UnsafeRawBufferPointer, file: String
  ) -> (text: String?, problem: Diagnostic?) {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return (
        nil,
        Diagnostic(
          .fileEncoding, file: file, at: SourcePosition(line: 1, column: 1),
          "the file is UTF-16 encoded; rapport reads UTF-8: save it as UTF-8")
      )
    }
    let content = content(of: bytes)
    guard let decoded = UTF8Runs.string(validating: content) else {
      let offset = firstInvalidUTF8(content)
      let byte = String(content[offset], radix: 16, uppercase: true)
      return (
        nil,
        Diagnostic(
          .fileEncoding, file: file, at: position(ofByte: offset, in: content),
          "invalid UTF-8 (byte 0x\(byte.count == 1 ? "0" + byte : byte)); save the file as UTF-8")
      )
    }
    if let nul = content.firstIndex(of: 0, from: 0) {
      return (
        nil,
        Diagnostic(
          .fileEncoding, file: file, at: position(ofByte: nul, in: content),
          "the file contains a NUL byte; remove it (is this a binary file?)")
      )
    }
    return (decoded, nil)
  }

  /// Offset of the first byte that does not start or continue a valid UTF-8 sequence.
  static func firstInvalidUTF8(_ bytes: UnsafeRawBufferPointer) -> Int {
    var offset = 0
    while offset < bytes.count {
      let lead = bytes[offset]
      let length: Int
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return offset
      }
      guard offset + length <= bytes.count else { return offset }
      let sequence = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
      if String(validating: sequence, as: UTF8.self) == nil { return offset }
      offset += length
    }
    return bytes.count
  }

  /// The file position of a byte offset (a 1-based line and scalar column).
  static func position(ofByte offset: Int, in bytes: UnsafeRawBufferPointer) -> SourcePosition {
    bytes.withMemoryRebound(to: UInt8.self) { TextLines.position(ofByte: offset, in: $0) }
  }
}
