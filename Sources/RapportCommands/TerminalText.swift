/// Text from notes made safe to print: control characters shown, never obeyed.
///
/// A note can hold escape sequences that would erase lines, fake a summary, set the window title
/// or write the clipboard if copied to a terminal or CI log; and bidirectional overrides that make
/// a line read differently from its bytes.
enum TerminalText {
  /// `text` with C0 and C1 control characters (but newline and tab) in caret or `<U+XXXX>` form,
  /// and bidirectional controls as `<U+XXXX>`.
  static func safe(_ text: some StringProtocol) -> String { safe(text, oneLine: false) }

  /// `safe`, with newlines shown too (`^J`): for what must stay on its line, such as a path or
  /// message that starts a diagnostic's line, which a file named with a newline could otherwise
  /// follow with a line of its own choosing.
  static func line(_ text: some StringProtocol) -> String { safe(text, oneLine: true) }

  private static func safe(_ text: some StringProtocol, oneLine: Bool) -> String {
    func escaped(_ scalar: Unicode.Scalar) -> Bool {
      needsEscape(scalar) || (oneLine && scalar == "\n")
    }
    guard text.unicodeScalars.contains(where: escaped) else { return String(text) }
    var result = ""
    for scalar in text.unicodeScalars {
      if !escaped(scalar) {
        result.unicodeScalars.append(scalar)
      } else if scalar.value < 0x20 {
        result += "^" + String(Unicode.Scalar(UInt8(scalar.value) + 0x40))
      } else if scalar.value == 0x7F {
        result += "^?"
      } else {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
      }
    }
    return result
  }

  /// Whether a scalar must not reach a terminal as itself.
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 { return value != 0x0A && value != 0x09 }
    return (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }
}
