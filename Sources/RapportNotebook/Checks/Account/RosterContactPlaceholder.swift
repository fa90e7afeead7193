extension Rule {
  /// The roster entry `rapport new account` writes, left as written.
  public static let rosterContactPlaceholder = Rule(
    "roster.contact.placeholder", .warning,
    "A roster contact is still the placeholder `rapport new account` writes (`First Contact`, `Their title`); reports leave it out until it names someone.",
    triggering: [
      "acme/account.md": RuleCatalog.profile(
        "contacts:\n  - { id: first-contact, name: First Contact, title: Their title, level: executive }"
      )
    ],
    passing: [
      "acme/account.md": RuleCatalog.profile(
        "contacts:\n  - { id: jane-doe, name: Jane Doe, title: CFO, level: executive }")
    ])
}

/// Leaves out a roster entry that is still `rapport new account`'s placeholder: counted, it would
/// be an executive never interviewed on every page and at the top of `plan`.
enum RosterContactPlaceholder {
  /// The placeholder's name and title, as the profile template writes them.
  static let name = "First Contact"
  static let title = "Their title"

  /// The warning for `contact` when it is the placeholder, else nil.
  static func check(_ contact: Contact, file: String) -> Diagnostic? {
    guard contact.name == name, contact.title == title else { return nil }
    return Diagnostic(
      .rosterContactPlaceholder, file: file, at: contact.position,
      "`\(name)` is the placeholder `rapport new account` writes; replace it with someone on the account (name, title, level), or remove it. Reports leave it out until then"
    )
  }
}
