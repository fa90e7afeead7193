extension Rule {
  /// An internal-side interview on an account that is not a partner.
  public static let noteSideNotPartner = Rule(
    "note.side.not-partner", .warning,
    "`side: internal` is for partner accounts, where our own people are interviewed about the partnership.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Priya Shah\ncontact: sam\nside: internal")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.bareNote(
        "date: 2026-03-14\ninterviewer: Priya Shah\ncontact: jane-doe\nside: external")
    ])
}

/// Checks that internal-side interviews are on partner accounts.
enum NoteSideNotPartner: NoteCheck {
  static let rule = Rule.noteSideNotPartner

  static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    let relationship = context.profile.relationship
    guard let written = note.side, Side(rawValue: written.value) == .internal,
      relationship != .partner
    else { return [] }
    return [
      Diagnostic(
        rule, file: note.file, underlining: written,
        "`side: internal` is for partner accounts; this account's relationship is \(relationship.rawValue)"
      )
    ]
  }
}
