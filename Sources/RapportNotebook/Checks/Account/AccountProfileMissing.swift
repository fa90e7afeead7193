extension Rule {
  /// An account folder with notes and no `account.md`.
  public static let accountProfileMissing = Rule(
    "account.profile.missing", .warning,
    "An account folder holds notes but no `account.md`, so there is no roster or account team to check the people its notes name against; said once for the folder, not for each note.",
    triggering: [
      "globex/2026-01-10-hank.md": RuleCatalog.bareNote(
        "date: 2026-01-10\ninterviewer: Sam Lee\ncontact: Hank Scorpio")
    ],
    passing: [
      "globex/2026-01-10-hank.md": RuleCatalog.bareNote(
        "date: 2026-01-10\ninterviewer: Sam Lee\ncontact: Hank Scorpio"),
      "globex/account.md": "---\nname: Globex\ncontacts:\n  - { name: Hank Scorpio }\n---\n",
    ])
}

/// Says once for an account folder that it has no profile; the checks of people against its
/// roster and team (`NoteContext.hasProfile`) stay silent for its notes instead of each warning.
public enum AccountProfileMissing {
  /// The warning for account folder `folder` holding `noteCount` notes and no `account.md`, else
  /// nil.
  public static func check(folder: String, hasProfile: Bool, noteCount: Int) -> Diagnostic? {
    guard !hasProfile, noteCount > 0 else { return nil }
    return Diagnostic(
      .accountProfileMissing, file: folder + "/", at: nil,
      "account folder `\(folder)` has no account.md, so the people its \(noteCount) note(s) name are not checked against a roster or team; `rapport new account \(folder)` creates it"
    )
  }
}
