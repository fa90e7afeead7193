import RapportMarkdown

/// Escaping of user text for the two output formats.
public enum Escaping {
  /// Text safe inside HTML elements and quoted attributes.
  public static func html(_ text: String) -> String {
    // Most values need no escaping: check the bytes before building a new string.
    guard
      text.utf8.contains(where: {
        $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
          || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'")
      })
    else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// An element id made of `text`: ASCII letters, digits, `-` and `_` kept, anything else written
  /// `-`. Ids are built from scale names and account folders, which may hold any character, and
  /// go into markup inserted whole (SVG charts), so they are reduced rather than escaped.
  public static func elementID(_ text: String) -> String {
    func kept(_ byte: UInt8) -> Bool {
      (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
    guard !text.utf8.allSatisfy(kept) else { return text }
    return String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { $0.isASCII && kept(UInt8($0.value)) ? $0 : "-" }))
  }

  /// Text that reads literally in Markdown: markup characters backslash-escaped, line breaks as
  /// spaces, other control characters as U+FFFD (`TemplateEscaping.markdown` gives the same bytes).
  public static func markdown(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~":
        result += "\\"
        result.unicodeScalars.append(scalar)
      case "#" where result.isEmpty:
        result += "\\#"  // a heading only at the start of a line
      case "\n", "\r": result += " "
      default:
        if Markdown.isControl(scalar) {
          result += "\u{FFFD}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  /// Text as a Markdown code span: fenced with more backticks than it holds in a row, line breaks
  /// as spaces, and `|` escaped so the span can sit in a table cell.
  public static func codeSpan(_ text: String) -> String {
    var longest = 0
    var run = 0
    for character in text {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    var body = text.replacing("\n", with: " ").replacing("\r", with: " ").replacing(
      "|", with: "\\|")
    if body.hasPrefix("`") || body.hasSuffix("`") { body = " \(body) " }
    return fence + body + fence
  }
}
