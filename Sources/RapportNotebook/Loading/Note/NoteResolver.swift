/// Builds the `Interview` a parsed note describes, finding its people and themes in its account.
///
/// Resolution does not judge: the checks (`NoteChecks`) do, and a note is used only when they find
/// no error, so a value they reject (a score off its scale, an unknown type) is carried as written.
public enum NoteResolver {
  /// The interview, or nil when the note lacks a date, interviewer or contact.
  public static func interview(from note: ParsedNote, in context: NoteContext) -> Interview? {
    guard let date = note.date?.value, let interviewer = note.interviewer?.value,
      let written = note.contact
    else { return nil }
    let settings = context.settings
    let side = note.interviewSide
    let contact = context.person(written.value, side: side)
    let isWinLoss = note.interviewType == "win-loss"
    let themes = note.themes + note.body.tags.filter { $0.value != settings.tellBackTag }
    let attendees = note.attendees.map { context.person($0.value, side: side, isAttendee: true) }
    var interview = Interview(
      file: note.file, date: date,
      interviewer: Seal.isSealed(interviewer) ? "(withheld)" : interviewer,
      type: note.interviewType,
      channel: note.channel?.value, contactID: contact.id, contactName: contact.name,
      contactInRoster: contact.isKnown,
      attendees: attendees.map(\.id),
      side: side,
      scores: note.scores.compactMap { score in
        settings.scale(named: score.scale.value).map {
          Score(scale: $0.name, value: score.value.value, position: score.value.position)
        }
      },
      themes: unique(themes.map { context.canonical($0.value) }).sorted(),
      outcome: isWinLoss ? note.outcome.flatMap { Outcome(rawValue: $0.value) } : nil,
      reasons: isWinLoss ? unique(note.reasons.map { context.canonical($0.value) }) : [],
      confidential: note.confidential,
      quotes: note.confidential
        ? []
        : note.body.quotes.map { quote in
          let speaker = quote.attribution.map { context.person($0.value, side: side) } ?? contact
          return AttributedQuote(
            markdown: quote.markdown ?? "", speakerID: speaker.id, speakerName: speaker.name,
            // A closure, not `context.canonical` itself, which would copy the context per quote.
            themes: unique(
              quote.tags.filter { $0 != settings.tellBackTag }.map { context.canonical($0) }),
            position: quote.position)
        },
      commitments: note.body.commitments.map { commitment in
        var result = commitment
        if note.confidential { result.text = nil }
        return result
      },
      summary: note.confidential ? nil : note.body.summary)
    interview.attendeeNames = attendees.map(\.name)
    return interview
  }
}

/// The elements of `values` in first-seen order, each once.
func unique(_ values: [String]) -> [String] {
  // A note names its few themes many times over: the distinct ones are scanned, not hashed.
  var seen = SeenStrings()
  return values.filter { seen.insert($0) }
}
