import Foundation
import RapportLanguageServer

/// The fix a diagnostic's message suggests ("did you mean `x`?", "write 2026-03-04"), placed on
/// the words it replaces.
struct SuggestedFix: Equatable {
  /// What is written now, as the message quotes it.
  var written: String
  var replacement: String
  var range: TextRange

  /// The fix `diagnostic` suggests in `text`, or nil when its message suggests none or the
  /// words it names are not where it points.
  init?(_ diagnostic: EditorDiagnostic, in text: EditorText) {
    guard let (candidates, replacement) = Self.parse(diagnostic.message) else { return nil }
    let line = text.scalars(diagnostic.range.start.line)
    let start = diagnostic.range.start.column - 1
    for candidate in candidates {
      // A tag or handle may be quoted with or without its `#` or `@`.
      let bare =
        candidate.hasPrefix("#") || candidate.hasPrefix("@")
        ? String(candidate.dropFirst()) : candidate
      let word = Array(bare.lowercased().unicodeScalars)
      guard !word.isEmpty else { continue }
      // The underline starts on the value, its opening quote or its `#`, `@` or `—`, or one
      // before it.
      for offset in [0, 1, 2, 3, 4, -1]
      where start + offset >= 0 && start + offset + word.count <= line.count {
        let at = start + offset
        guard Array(line.text(at, at + word.count).lowercased().unicodeScalars) == word else {
          continue
        }
        self.written = line.text(at, at + word.count)
        var fix = replacement
        if bare != candidate, fix.hasPrefix(String(candidate.prefix(1))) { fix.removeFirst() }
        self.replacement = fix
        self.range = TextRange(
          line: diagnostic.range.start.line, column: at + 1, length: word.count)
        return
      }
    }
    return nil
  }

  /// The words a message quotes (backticked or in double quotes, before the suggestion) and the
  /// replacement it suggests.
  static func parse(_ message: String) -> (candidates: [String], replacement: String)? {
    let replacement: String
    let before: Substring
    if let suggestion = message.range(of: "did you mean `") {
      guard let close = message[suggestion.upperBound...].firstIndex(of: "`") else { return nil }
      replacement = String(message[suggestion.upperBound..<close])
      before = message[..<suggestion.lowerBound]
    } else if let write = message.range(of: "; write ") {
      let rest = message[write.upperBound...]
      if rest.first == "`", let close = rest.dropFirst().firstIndex(of: "`") {
        // Backticked, the replacement may hold spaces (`themes: [a, b]`, `— Tomas Berg`).
        replacement = String(rest[rest.index(after: rest.startIndex)..<close])
      } else {
        replacement = String(rest.prefix { !$0.isWhitespace && $0 != ";" && $0 != "," })
      }
      before = message[..<write.lowerBound]
    } else {
      return nil
    }
    guard !replacement.isEmpty else { return nil }
    var candidates: [String] = []
    var fix = replacement
    // A value in double quotes comes first: "`due` date: \"2026-1-3\"" names the key too, and the
    // date is what is replaced.
    for quote in ["\"", "`"] as [Character] {
      let parts = before.split(separator: quote, omittingEmptySubsequences: false)
      // Odd-numbered parts lie between a pair of quotes.
      for index in stride(from: 1, to: parts.count - 1, by: 2) {
        var span = parts[index]
        // `reports_to: jane` names the key and the value: the value is what is replaced, and a
        // replacement that names the same key replaces the value alone.
        if let colon = span.range(of: ": ") {
          let key = span[..<colon.upperBound]
          span = span[colon.upperBound...]
          if fix.hasPrefix(key) { fix = String(fix.dropFirst(key.count)) }
        }
        candidates.append(String(span))
      }
    }
    return (candidates, fix)
  }
}
