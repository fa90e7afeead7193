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
  /// The error for `contact` when one of the contacts before it has its id (`taken`), else nil.
  static func check(_ contact: Contact, taken: Set<String>, file: String) -> Diagnostic? {
    guard taken.contains(contact.id) else { return nil }
    return Diagnostic(
      .rosterDuplicateID, file: file, at: contact.position,
      "contact id `\(contact.id)` is used twice; give one of them an explicit `id:`")
  }
}
