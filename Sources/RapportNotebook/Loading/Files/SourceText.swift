import RapportMarkdown

/// A file's bytes checked and decoded as UTF-8 text, or the diagnostic that says why they cannot be.
struct SourceText {
  /// The decoded text without a byte-order mark; nil when the bytes are not usable text.
  let text: String?
  let diagnostics: [Diagnostic]

  /// Decodes `bytes` from the file at notebook-relative path `file`.
  init(bytes: UnsafeRawBufferPointer, file: String) {
    var body = bytes[...]
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      text = nil
      diagnostics = [
        Diagnostic(
          .fileEncoding, file: file, at: SourcePosition(line: 1, column: 1),
          "the file is UTF-16 encoded; rapport reads UTF-8: save it as UTF-8")
      ]
      return
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    let content = UnsafeRawBufferPointer(rebasing: body)
    guard let decoded = String(validating: content, as: UTF8.self) else {
      let offset = SourceText.firstInvalidUTF8(content)
      let byte = String(content[offset], radix: 16, uppercase: true)
      text = nil
      diagnostics = [
        Diagnostic(
          .fileEncoding, file: file, at: SourceText.position(ofByte: offset, in: content),
          "invalid UTF-8 (byte 0x\(byte.count == 1 ? "0" + byte : byte)); save the file as UTF-8")
      ]
      return
    }
    if let nul = content.firstIndex(of: 0) {
      text = nil
      diagnostics = [
        Diagnostic(
          .fileEncoding, file: file, at: SourceText.position(ofByte: nul, in: content),
          "the file contains a NUL byte; remove it (is this a binary file?)")
      ]
      return
    }
    text = decoded
    if let bareCR = SourceText.firstBareCR(content) {
      diagnostics = [
        Diagnostic(
          .fileLineEndings, file: file, at: SourceText.position(ofByte: bareCR, in: content),
          "bare CR line endings: diffs show the file as one line; save it with LF line endings")
      ]
    } else {
      diagnostics = []
    }
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

  /// Offset of the first `\r` not followed by `\n`.
  static func firstBareCR(_ bytes: UnsafeRawBufferPointer) -> Int? {
    var index = 0
    while let found = bytes[index...].firstIndex(of: 0x0D) {
      if found + 1 >= bytes.count || bytes[found + 1] != 0x0A { return found }
      index = found + 2
    }
    return nil
  }

  /// The file position of a byte offset (a 1-based line and scalar column).
  static func position(ofByte offset: Int, in bytes: UnsafeRawBufferPointer) -> SourcePosition {
    bytes.withMemoryRebound(to: UInt8.self) { TextLines.position(ofByte: offset, in: $0) }
  }
}
