import Foundation

/// Words from every part of the sample notebook's confidential note: none may reach any output.
public enum ConfidentialSample {
  /// The note, relative to the notebook.
  public static let note = "northwind-logistics/2025-12-03-victor-ramos.md"

  /// One phrase from its summary, body, quote and each commitment.
  public static let phrases = [
    "First one-to-one with Victor",
    "Rotterdam",
    "people will blame the tools",
    "on the non-sensitive points only",
    "without naming the reason",
  ]

  /// The phrases that occur in `text` (also matching case-insensitively).
  public static func leaks(in text: String) -> [String] {
    phrases.filter { text.range(of: $0, options: .caseInsensitive) != nil }
  }

  /// The phrases missing from the note in `notebook` (the list must follow the note).
  public static func missing(notebook: String) throws -> [String] {
    let text = try String(contentsOfFile: notebook + "/" + note, encoding: .utf8)
    return phrases.filter { !text.contains($0) }
  }
}
