import RapportSystem

extension Rule {
  /// A roster level not listed in `levels`.
  public static let rosterLevelUnknown = Rule(
    "roster.level.unknown", .error,
    "A contact's `level` is not one of the `levels` in `rapport.yml`.",
    triggering: [
      "acme/account.md": RuleCatalog.profile(
        "contacts:\n  - { id: jane-doe, name: Jane Doe, level: exec }")
    ],
    passing: [
      "acme/account.md": RuleCatalog.profile(
        "contacts:\n  - { id: jane-doe, name: Jane Doe, level: executive }")
    ])
}

/// Checks that a contact's `level` (in any case) is one of the `levels` in `rapport.yml`.
enum RosterLevelUnknown {
  /// The error for `level` unless, lowercased, it is one of `levels`.
  static func check(_ level: Located<String>, levels: [String], file: String) -> Diagnostic? {
    let lowered = level.value.lowercased()
    guard !levels.contains(lowered) else { return nil }
    return Diagnostic(
      .rosterLevelUnknown, file: file, underlining: level,
      "level `\(level.value)` is not one of \(levels.joined(separator: ", "))"
        + Suggestion.didYouMean(lowered, among: levels))
  }
}
