import RapportMarkdown
import RapportSystem

extension Rule {
  /// A team entry that cannot own commitments: no handle, a handle that is not a slug, or a repeat.
  public static let teamMemberInvalid = Rule(
    "team.member.invalid", .error,
    "A `team` entry has no handle or name, a handle that is not a slug, or a repeated handle.",
    triggering: ["acme/account.md": RuleCatalog.profile("team:\n  - { name: Sam Lee }")],
    passing: ["acme/account.md": RuleCatalog.profile("team:\n  - { handle: sam, name: Sam Lee }")])
}

/// Refuses `team` entries that could not own commitments.
enum TeamMemberInvalid {
  /// The error for an entry at `position` without a `handle`, suggesting one from its `name`.
  static func noHandle(name: String?, at position: SourcePosition, file: String) -> Diagnostic {
    let fix =
      name.map { "; add `handle: \(Slug.make(from: $0).split(separator: "-").first ?? "")`" } ?? ""
    return Diagnostic(
      .teamMemberInvalid, file: file, at: position,
      "team entry has no `handle`, so it cannot own commitments\(fix)")
  }

  /// The error for `handle` (`id` once any `@` is dropped) when it is not a slug or one of
  /// the entries before it has it (`taken`), else nil.
  static func check(
    handle: Located<String>, id: String, taken: Set<String>, file: String
  ) -> Diagnostic? {
    guard Slug.isValid(id) else {
      return Diagnostic(
        .teamMemberInvalid, file: file, underlining: handle,
        "handle `\(handle.value)` is not a slug (lowercase letters, digits and -); did you mean `\(Slug.make(from: id))`?"
      )
    }
    guard !taken.contains(id) else {
      return Diagnostic(
        .teamMemberInvalid, file: file, underlining: handle, "handle `\(id)` is listed twice")
    }
    return nil
  }
}
