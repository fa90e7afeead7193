/// Every check run on a parsed note against its account, in the order their findings are listed.
public enum NoteChecks {
  static let all: [any NoteCheck.Type] = [
    NoteTypeUnknown.self, NoteChannelUnknown.self, NoteSideInvalid.self, NoteSideNotPartner.self,
    NoteContactUnknown.self, NoteContactMisspelled.self, NoteAttendeeUnknown.self,
    ScoreUnknownScale.self, ScoreOutOfRange.self, ThemeUnknown.self, ThemeMisspelled.self,
    NoteOutcomeNotWinLoss.self,
    NoteOutcomeInvalid.self, NoteOutcomeMissing.self, QuoteSpeakerUnknown.self,
    QuoteAttributionHyphen.self,
    CommitmentOwnerUnknown.self, CommitmentDueBeforeInterview.self,
    CommitmentDoneBeforeInterview.self, CommitmentTellBackMisspelled.self,
  ]

  /// What every check finds in `note`.
  public static func diagnostics(for note: ParsedNote, in context: NoteContext) -> [Diagnostic] {
    all.flatMap { $0.diagnostics(for: note, in: context) }
  }
}
