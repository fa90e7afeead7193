extension Rule {
}

extension RuleCatalog {
  static let noteRules: [Rule] = [
    .dateInvalid, .noteDateMissing, .noteInterviewerMissing, .noteContactMissing,
    .noteContactUnknown, .noteContactMisspelled, .noteConfidentialMisspelled,
    .noteAttendeeUnknown, .noteTypeUnknown, .noteChannelUnknown, .noteSideInvalid,
    .noteSideNotPartner,
    .noteOutcomeNotWinLoss, .noteOutcomeInvalid, .noteOutcomeMissing, .quoteSpeakerUnknown,
  ]
}
