import Foundation
import RapportMarkdown
import RapportSystem

extension Rule {
  /// `themes: #price`: a YAML comment where themes were meant.
  public static let themeCommented = Rule(
    "theme.commented", .warning,
    "A `themes` or `reasons` value written as `#tags` after the colon is a YAML comment, so no theme is read.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("themes: #reporting #automation")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("themes: [reporting, automation]")])
}

/// Finds `themes: #price`, which YAML reads as a comment, leaving the key empty.
enum ThemeCommented {
  /// What follows `key:` on its line when it is a YAML comment written like tags (`themes:
  /// #price`), which leaves the key empty; nil otherwise (`themes:  # none yet` is a comment meant
  /// as one). `yaml` starts at file line `firstLine`.
  static func commentedOut(_ key: Located<String>, yaml: Substring, firstLine: Int) -> Substring? {
    guard let line = line(key.position.line, of: yaml, firstLine: firstLine),
      let colon = line.firstIndex(of: ":")
    else { return nil }
    return tagComment(line[line.index(after: colon)...])
  }

  /// `text`, after blanks, when it is a comment written like a tag (`#` then a letter).
  static func tagComment(_ text: Substring) -> Substring? {
    let rest = text.drop { $0 == " " || $0 == "\t" }
    return rest.first == "#" && rest.dropFirst().first?.isLetter == true ? rest : nil
  }

  /// File line `line` of `yaml`, which starts at file line `firstLine`.
  static func line(_ line: Int, of yaml: Substring, firstLine: Int) -> Substring? {
    TextLines.split(yaml).dropFirst(line - firstLine).first
  }

  /// The warning for `key: #theme`, a YAML comment, where a theme was meant: it names the
  /// `#word`s written, up to a `#` that starts a comment of its own (`# from the call`).
  static func commented(_ key: Located<String>, comment: Substring, file: String) -> Diagnostic {
    var tags: [String] = []
    for word in comment.split(separator: " ") {
      guard word.hasPrefix("#"), word.count > 1 else { break }
      tags += word.split(separator: "#").map { $0.trimmingCharacters(in: .punctuationCharacters) }
        .filter { !$0.isEmpty }
    }
    return Diagnostic(
      .themeCommented, file: file, underlining: key,
      "`\(key.value): \(comment)` is a YAML comment, so no theme is read; write `\(key.value): [\(tags.joined(separator: ", "))]`"
    )
  }

  /// The comment on list item line `line` (`- #price`) when it is written like a tag, else nil.
  static func commentedItem(line: Int, yaml: Substring, firstLine: Int) -> Substring? {
    guard let text = Self.line(line, of: yaml, firstLine: firstLine) else { return nil }
    let item = text.drop { $0 == " " || $0 == "\t" }
    return item.first == "-" ? tagComment(item.dropFirst()) : nil
  }

  /// The warning for a list item `- #theme`, a YAML comment, where a theme was meant.
  static func commentedItem(
    _ comment: Substring, at position: SourcePosition, file: String
  ) -> Diagnostic {
    let tag = comment.dropFirst().prefix { !$0.isWhitespace && $0 != "#" }
    return Diagnostic(
      .themeCommented, file: file, at: position,
      "`- \(comment)` is a YAML comment, so no theme is read; write `- \(tag)`")
  }
}
