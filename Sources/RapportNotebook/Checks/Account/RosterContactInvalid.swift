import RapportMarkdown
import RapportSystem

extension Rule {
  /// A roster contact that cannot be used: no name, or an id that is not a slug.
  public static let rosterContactInvalid = Rule(
    "roster.contact.invalid", .error, "A roster contact has no name, or an id that is not a slug.",
    triggering: [
      "acme/account.md": RuleCatalog.profile("contacts:\n  - { id: Jane_Doe, name: Jane Doe }")
    ],
    passing: [
      "acme/account.md": RuleCatalog.profile("contacts:\n  - { id: jane-doe, name: Jane Doe }")
    ])
}

/// Refuses roster contacts that notes could not name: no name, or no usable id.
enum RosterContactInvalid {
  /// The error for a contact entry at `position` without a `name`.
  static func noName(at position: SourcePosition, file: String) -> Diagnostic {
    Diagnostic(.rosterContactInvalid, file: file, at: position, "contact has no `name`")
  }

  /// The error for an explicit `id` that is not a slug, else nil.
  static func check(id: Located<String>, file: String) -> Diagnostic? {
    guard !Slug.isValid(id.value) else { return nil }
    return Diagnostic(
      .rosterContactInvalid, file: file, underlining: id,
      "id `\(id.value)` is not a slug (lowercase letters, digits and -); did you mean `\(Slug.make(from: id.value))`?"
    )
  }

  /// The error for a contact at `position` whose `name` gives no id (`derived`, its slug, is
  /// empty), else nil.
  static func check(
    derived: String, name: String, at position: SourcePosition, file: String
  ) -> Diagnostic? {
    guard derived.isEmpty else { return nil }
    return Diagnostic(
      .rosterContactInvalid, file: file, at: position,
      "cannot make an id from the name \"\(name)\"; add an `id:`")
  }
}
