import Mustache

/// Escaping of user text for the two output formats.
public enum Escaping {
  /// Text safe inside HTML elements and quoted attributes.
  public static func html(_ text: String) -> String {
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

  /// Text that reads literally in Markdown: markup characters backslash-escaped, line breaks as spaces.
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
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Registers the `MARKDOWN` content type, used by Markdown templates (`{{% CONTENT_TYPE: MARKDOWN }}`).
  static let registerMarkdown: Void = {
    MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
  }()
}

/// Mustache content type that escapes variables for Markdown instead of HTML.
struct MarkdownContentType: MustacheContentType {
  func escapeText(_ text: String) -> String { Escaping.markdown(text) }
}
