import RapportMarkdown

extension Rule {
  /// Classic-Mac CR line endings, which most diff tools show as one long line.
  public static let fileLineEndings = Rule(
    "file.line-endings", .warning, "Lines end with a bare CR, so diffs show the file as one line.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note("").replacingLineEndings(with: "\r")
    ],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("").replacingLineEndings(with: "\r\n")])
}

/// Warns about the first bare CR line ending (LF and CRLF are both fine).
enum FileLineEndings {
  /// The warning for `content` (text after any byte-order mark), or nil.
  static func check(_ content: UnsafeRawBufferPointer, file: String) -> Diagnostic? {
    guard let bareCR = firstBareCR(content) else { return nil }
    return Diagnostic(
      .fileLineEndings, file: file, at: FileEncoding.position(ofByte: bareCR, in: content),
      "bare CR line endings: diffs show the file as one line; save it with LF line endings")
  }

  /// Offset of the first `\r` not followed by `\n`.
  static func firstBareCR(_ bytes: UnsafeRawBufferPointer) -> Int? {
    var index = 0
    while let found = bytes.firstIndex(of: 0x0D, from: index) {
      if found + 1 >= bytes.count || bytes[found + 1] != 0x0A { return found }
      index = found + 2
    }
    return nil
  }
}

extension String {
  /// The text with every line ending replaced by `ending`.
  fileprivate func replacingLineEndings(with ending: String) -> String {
    TextLines.split(self[...]).joined(separator: ending) + (hasSuffix("\n") ? ending : "")
  }
}
