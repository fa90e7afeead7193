import RapportSystem

extension Rule {
  /// An account folder whose name is not a slug.
  public static let accountFolderNotSlug = Rule(
    "account.folder.not-slug", .error,
    "An account folder's name is not a slug (lowercase letters, digits, `-`); its notes are not read.",
    triggering: [
      "Globex Inc/2026-01-10-hank.md": RuleCatalog.bareNote(
        "date: 2026-01-10\ninterviewer: Sam Lee\ncontact: Hank Scorpio")
    ],
    passing: [
      "globex-inc/2026-01-10-hank.md": RuleCatalog.bareNote(
        "date: 2026-01-10\ninterviewer: Sam Lee\ncontact: Hank Scorpio")
    ])
}

/// Refuses account folders whose names are not slugs: the name is the account's id.
public enum AccountFolderNotSlug {
  /// The error for folder `name` holding `noteCount` notes, unless its name is a slug.
  public static func check(folder name: String, noteCount: Int) -> Diagnostic? {
    guard !Slug.isValid(name) else { return nil }
    let fix = Slug.make(from: name)
    return Diagnostic(
      .accountFolderNotSlug, file: name + "/", at: nil,
      "account folder `\(name)` is not a slug (lowercase letters, digits and -), so its \(noteCount) note(s) are not read"
        + (fix.isEmpty ? "" : "; rename it to `\(fix)`"))
  }
}
