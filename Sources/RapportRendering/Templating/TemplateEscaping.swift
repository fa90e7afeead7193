/// Escaping of values for each content type, byte by byte on UTF-8.
///
/// Every character escaped is ASCII, and ASCII bytes never occur inside a multi-byte UTF-8
/// sequence, so working on bytes gives the same result as working on Unicode scalars.
public enum TemplateEscaping {
  /// `text` escaped for `contentType`.
  public static func escape(_ text: String, for contentType: TemplateContentType) -> String {
    var output = TemplateOutput()
    output.append(text, escapingFor: contentType)
    return output.text
  }

  static func escape(
    _ text: UnsafeBufferPointer<UInt8>, for contentType: TemplateContentType,
    into output: inout [UInt8]
  ) {
    switch contentType {
    case .html: html(text, into: &output)
    case .markdown: markdown(text, into: &output)
    case .text: output.append(contentsOf: text)
    }
  }

  /// `& < > " '` as `&amp; &lt; &gt; &quot; &#39;`.
  static func html(_ text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
    var runStart = 0
    for index in text.indices {
      let replacement: StaticString
      switch text[index] {
      case UInt8(ascii: "&"): replacement = "&amp;"
      case UInt8(ascii: "<"): replacement = "&lt;"
      case UInt8(ascii: ">"): replacement = "&gt;"
      case UInt8(ascii: "\""): replacement = "&quot;"
      case UInt8(ascii: "'"): replacement = "&#39;"
      default: continue
      }
      output.append(contentsOf: piece(of: text, runStart, index))
      output.append(
        contentsOf: UnsafeBufferPointer(
          start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
      runStart = index + 1
    }
    output.append(contentsOf: piece(of: text, runStart, text.count))
  }

  /// Markdown markup characters (``\ ` * _ [ ] < > | ~``) after a backslash, `#` too when it
  /// starts the value (a heading only starts a line), CR and LF as spaces, and other control
  /// characters (C0 but tab, DEL, C1) as U+FFFD, which a terminal showing the page would obey;
  /// the same bytes as `Escaping.markdown`.
  static func markdown(_ text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
    var runStart = 0
    markdownClasses.withUnsafeBufferPointer { classes in
      for index in text.indices {
        let byte = text[index]
        // Most bytes are plain: one table lookup passes them.
        let kind = classes[Int(byte)]
        if kind == 0 { continue }
        switch kind {
        case 1:
          output.append(contentsOf: piece(of: text, runStart, index))
          output.append(UInt8(ascii: "\\"))
          output.append(byte)
        case 2:
          guard index == 0 else { continue }
          output.append(UInt8(ascii: "\\"))
          output.append(byte)
        case 3:
          output.append(contentsOf: piece(of: text, runStart, index))
          output.append(.space)
        case 4:
          output.append(contentsOf: piece(of: text, runStart, index))
          output.append(contentsOf: replacement)
        default:
          // 0xC2: a C1 control is two bytes, and both go; any other lead byte stays.
          guard index + 1 < text.count, text[index + 1] >= 0x80, text[index + 1] <= 0x9F else {
            continue
          }
          output.append(contentsOf: piece(of: text, runStart, index))
          output.append(contentsOf: replacement)
          runStart = index + 2
          continue
        }
        runStart = index + 1
      }
    }
    output.append(contentsOf: piece(of: text, runStart, text.count))
  }

  /// What `markdown` does with each byte: 0 keeps it, 1 puts a backslash before it, 2 is `#`
  /// (escaped at the start), 3 is a line break (a space), 4 a control character (U+FFFD), 5 the
  /// first byte of a possible C1 control.
  static let markdownClasses: [UInt8] = (0...255).map { byte -> UInt8 in
    switch UInt8(byte) {
    case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
      UInt8(ascii: "|"), UInt8(ascii: "~"):
      return 1
    case UInt8(ascii: "#"): return 2
    case .lineFeed, .carriageReturn: return 3
    case 0x09: return 0
    case 0x00...0x1F, 0x7F: return 4
    case 0xC2: return 5
    default: return 0
    }
  }

  /// U+FFFD in UTF-8.
  static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

  /// Bytes `start..<end` of `text`, empty unless `start` is before `end`.
  @inline(__always)
  static func piece(of text: Bytes, _ start: Int, _ end: Int) -> Bytes {
    guard start < end, let base = text.baseAddress else { return Bytes(start: nil, count: 0) }
    return Bytes(start: base + start, count: end - start)
  }

  typealias Bytes = UnsafeBufferPointer<UInt8>
}
