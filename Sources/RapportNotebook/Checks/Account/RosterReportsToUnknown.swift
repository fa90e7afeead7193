import RapportSystem

extension Rule {
  /// A `reports_to` that names nobody on the roster.
  public static let rosterReportsToUnknown = Rule(
    "roster.reports-to.unknown", .error,
    "A contact's `reports_to` is not the id of a roster contact.",
    triggering: [
      "acme/account.md": RuleCatalog.profile(
        "contacts:\n  - { id: jane-doe, name: Jane Doe }\n  - { id: raj-patel, name: Raj Patel, reports_to: jane }"
      )
    ],
    passing: [
      "acme/account.md": RuleCatalog.profile(
        "contacts:\n  - { id: jane-doe, name: Jane Doe }\n  - { id: raj-patel, name: Raj Patel, reports_to: jane-doe }"
      )
    ])
}

/// Checks that `reports_to` names a roster contact by id.
enum RosterReportsToUnknown {
  /// The error for `manager` unless it is one of the roster's ids (`known`); `ids` lists them in
  /// file order, for the suggestion.
  static func check(
    _ manager: Located<String>, known: Set<String>, ids: [String], file: String
  ) -> Diagnostic? {
    guard !known.contains(manager.value) else { return nil }
    return Diagnostic(
      .rosterReportsToUnknown, file: file, underlining: manager,
      "`reports_to: \(manager.value)` names nobody on the roster"
        + Suggestion.didYouMean(manager.value, among: ids))
  }
}
