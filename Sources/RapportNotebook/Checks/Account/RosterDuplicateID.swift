extension Rule {
  /// Two roster contacts with one id.
  public static let rosterDuplicateID = Rule(
    "roster.duplicate-id", .error,
    "Two roster contacts share an id (ids default to the slug of the name).",
    triggering: [
      "acme/account.md": RuleCatalog.profile(
        "contacts:\n  - { name: Jane Doe }\n  - { name: Jane Doe, title: CFO }")
    ],
    passing: [
      "acme/account.md": RuleCatalog.profile(
        "contacts:\n  - { name: Jane Doe }\n  - { id: jane-doe-cfo, name: Jane Doe, title: CFO }")
    ])
}

/// Refuses a second roster contact with an id already taken; the first one keeps it.
enum RosterDuplicateID {
  /// The error for `contact` when one of `roster` (the contacts before it) has its id, else nil.
  static func check(_ contact: Contact, roster: [Contact], file: String) -> Diagnostic? {
    guard roster.contains(where: { $0.id == contact.id }) else { return nil }
    return Diagnostic(
      .rosterDuplicateID, file: file, at: contact.position,
      "contact id `\(contact.id)` is used twice; give one of them an explicit `id:`")
  }
}
