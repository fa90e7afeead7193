import RapportMarkdown
import RapportSystem

/// Checks a parsed note against its account's roster and team and the settings, giving an `Interview`.
struct NoteResolver {
  let settings: Settings
  let profile: AccountProfile
  /// Handles of our people who may own commitments here: the account team and the notebook team.
  let team: [TeamMember]
  /// Lookups built once per account: the roster, the team by handle and lowercased name, and
  /// each theme word to its canonical theme.
  let roster: RosterIndex
  let teamByHandle: [String: TeamMember]
  let teamByName: [String: TeamMember]
  let themes: [String: String]
  private(set) var diagnostics: [Diagnostic] = []

  init(settings: Settings, profile: AccountProfile) {
    self.settings = settings
    self.profile = profile
    let team =
      profile.team
      + settings.team.filter { member in !profile.team.contains { $0.handle == member.handle } }
    self.team = team
    roster = RosterIndex(profile.contacts)
    teamByHandle = Dictionary(team.map { ($0.handle, $0) }, uniquingKeysWith: { first, _ in first })
    teamByName = Dictionary(
      team.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
    var themes: [String: String] = [:]
    for definition in settings.themes.reversed() {
      for word in definition.aliases + [definition.name] { themes[word] = definition.name }
    }
    self.themes = themes
  }

  /// The canonical theme of a tag: its codebook theme, or itself.
  func canonical(_ tag: String) -> String { themes[tag] ?? tag }

  /// The interview (nil when the note cannot be one) and the diagnostics checking it raised.
  func checked(_ note: ParsedNote) -> (interview: Interview?, diagnostics: [Diagnostic]) {
    var copy = self
    copy.diagnostics = []
    let interview = copy.resolve(note)
    return (interview, copy.diagnostics)
  }

  /// The interview, or nil when the note lacks a date, interviewer or contact.
  mutating func resolve(_ note: ParsedNote) -> Interview? {
    let file = note.file
    let type = note.type?.value ?? "relationship"
    if let written = note.type, !settings.types.contains(written.value) {
      add(
        .noteTypeUnknown, file, written,
        "type `\(written.value)` is not one of \(settings.types.joined(separator: ", "))"
          + Suggestion.didYouMean(written.value, among: settings.types))
    }
    if let channel = note.channel, !Settings.channels.contains(channel.value) {
      add(
        .noteChannelUnknown, file, channel,
        "channel `\(channel.value)` is not one of \(Settings.channels.joined(separator: ", "))"
          + Suggestion.didYouMean(channel.value, among: Settings.channels))
    }
    var side = Side.external
    if let written = note.side {
      if let value = Side(rawValue: written.value) {
        side = value
        if value == .internal && profile.relationship != .partner {
          add(
            .noteSideNotPartner, file, written,
            "`side: internal` is for partner accounts; this account's relationship is \(profile.relationship.rawValue)"
          )
        }
      } else {
        add(.noteSideInvalid, file, written, "side `\(written.value)` is not external or internal")
      }
    }
    let contact = note.contact.map {
      person($0, side: side, file: file, rule: .noteContactUnknown, role: "contact")
    }
    let attendees = note.attendees.map {
      person($0, side: side, file: file, rule: .noteAttendeeUnknown, role: "attendee").id
    }
    let scores = checkedScores(note)
    let themes = checkedThemes(note)
    let (outcome, reasons) = checkedOutcome(note, type: type)
    let quotes: [AttributedQuote] =
      note.confidential
      ? []
      : note.body.quotes.map { quote in
        let speaker =
          quote.attribution.map {
            person($0, side: side, file: file, rule: .quoteSpeakerUnknown, role: "quote speaker")
          }
          ?? contact ?? (id: "", name: "", known: false)
        return AttributedQuote(
          markdown: quote.markdown ?? "", speakerID: speaker.id, speakerName: speaker.name,
          themes: unique(
            quote.tags.filter { $0 != settings.tellBackTag }.map(canonical)),
          position: quote.position)
      }
    let commitments = note.body.commitments.map { checkedCommitment($0, note: note) }
    guard let date = note.date?.value, let interviewer = note.interviewer?.value, let contact else {
      return nil
    }
    return Interview(
      file: file, date: date, interviewer: interviewer, type: type, channel: note.channel?.value,
      contactID: contact.id, contactName: contact.name, contactInRoster: contact.known,
      attendees: attendees,
      side: side, scores: scores, themes: themes, outcome: outcome, reasons: reasons,
      confidential: note.confidential, quotes: quotes, commitments: commitments,
      summary: note.confidential ? nil : note.body.summary)
  }

  /// Finds a person by roster id or name (external side) or team handle or name (internal side).
  private mutating func person(
    _ written: Located<String>, side: Side, file: String, rule: Rule, role: String
  )
    -> (id: String, name: String, known: Bool)
  {
    let value = written.value
    let lowered = value.lowercased()
    if side == .external || rule == .noteAttendeeUnknown {
      if let contact = roster.contact(value) {
        return (contact.id, contact.name, true)
      }
    }
    if side == .internal {
      let handle = lowered.hasPrefix("@") ? String(lowered.dropFirst()) : lowered
      if let member = teamByHandle[handle] ?? teamByName[lowered] {
        return (member.handle, member.name, true)
      }
    }
    let candidates =
      side == .internal
      ? team.flatMap { [$0.handle, $0.name] } : profile.contacts.flatMap { [$0.id, $0.name] }
    let place =
      side == .internal
      ? "the account's or notebook's team" : "the roster of \(profile.name ?? "this account")"
    let suggestion = Suggestion.closest(to: value, among: candidates)
    if rule == .noteContactUnknown, let suggestion, Suggestion.isNearMiss(value, suggestion) {
      // A near-miss is a typo that would count a phantom person: refuse it.
      add(
        .noteContactMisspelled, file, written,
        "\(role) `\(value)` is not on \(place); did you mean `\(suggestion)`? (add them to the roster if they are someone else)"
      )
    } else {
      add(
        rule, file, written,
        "\(role) `\(value)` is not on \(place)"
          + (suggestion.map { "; did you mean `\($0)`?" } ?? ""))
    }
    let slug = Slug.make(from: value)
    return (slug.isEmpty ? value : slug, value, false)
  }

  private mutating func checkedScores(_ note: ParsedNote) -> [Score] {
    var result: [Score] = []
    for score in note.scores {
      guard let scale = settings.scale(named: score.scale.value) else {
        let names = settings.scales.map(\.name)
        add(
          .scoreUnknownScale, note.file, score.scale,
          "scale `\(score.scale.value)` is not defined in rapport.yml (scales: \(names.joined(separator: ", ")))"
            + Suggestion.didYouMean(score.scale.value, among: names))
        continue
      }
      let value = score.value.value
      let text = NumberText.plain(value)
      if value < scale.minimum || value > scale.maximum {
        add(
          .scoreOutOfRange, note.file, Located(text, at: score.value.position),
          "\(scale.name) score \(text) is outside \(NumberText.plain(scale.minimum))-\(NumberText.plain(scale.maximum))"
        )
        continue
      }
      if scale.isNPS && value != value.rounded() {
        add(
          .scoreOutOfRange, note.file, Located(text, at: score.value.position),
          "NPS scores are whole numbers 0-10, not \(text)")
        continue
      }
      result.append(Score(scale: scale.name, value: value, position: score.value.position))
    }
    return result
  }

  private mutating func checkedThemes(_ note: ParsedNote) -> [String] {
    let tags = note.themes + note.body.tags.filter { $0.value != settings.tellBackTag }
    if settings.strictThemes {
      let known = settings.themes.flatMap { [$0.name] + $0.aliases }
      for tag in tags where !known.contains(tag.value) {
        add(
          .themeUnknown, note.file, Located("#" + tag.value, at: tag.position),
          "theme `\(tag.value)` is not in the codebook (strict_themes is on)"
            + Suggestion.didYouMean(tag.value, among: known))
      }
    }
    return unique(tags.map { canonical($0.value) }).sorted()
  }

  private mutating func checkedOutcome(_ note: ParsedNote, type: String) -> (Outcome?, [String]) {
    guard type == "win-loss" else {
      if let outcome = note.outcome {
        add(
          .noteOutcomeNotWinLoss, note.file, outcome,
          "`outcome` is read only on win-loss notes; set `type: win-loss` or remove it")
      }
      if let reason = note.reasons.first {
        add(
          .noteOutcomeNotWinLoss, note.file, reason,
          "`reasons` are read only on win-loss notes; set `type: win-loss` or remove them")
      }
      return (nil, [])
    }
    var outcome: Outcome? = nil
    if let written = note.outcome {
      outcome = Outcome(rawValue: written.value)
      if outcome == nil {
        let allowed = Outcome.allCases.map(\.rawValue)
        add(
          .noteOutcomeInvalid, note.file, written,
          "outcome `\(written.value)` is not one of \(allowed.joined(separator: ", "))"
            + Suggestion.didYouMean(written.value, among: allowed))
      }
    } else {
      let at = note.type ?? Located("type", at: SourcePosition(line: 1, column: 1))
      add(
        .noteOutcomeMissing, note.file, at,
        "win-loss note has no `outcome`; add won, lost or no-decision")
    }
    return (outcome, unique(note.reasons.map { canonical($0.value) }))
  }

  private mutating func checkedCommitment(_ commitment: Commitment, note: ParsedNote) -> Commitment
  {
    var result = commitment
    if let owner = commitment.owner, teamByHandle[owner.value] == nil {
      add(
        .commitmentOwnerUnknown, note.file, Located("@" + owner.value, at: owner.position),
        "owner `@\(owner.value)` is not in the team of \(profile.name ?? "this account") or of rapport.yml"
          + Suggestion.didYouMean(owner.value, among: team.map(\.handle)))
    }
    if let due = commitment.due, let date = note.date, due.value < date.value {
      add(
        .commitmentDueBeforeInterview, note.file,
        Located("due:" + due.value.description, at: due.position),
        "due \(due.value) is before the interview on \(date.value)")
    }
    if note.confidential { result.text = nil }
    return result
  }

  private mutating func add(
    _ rule: Rule, _ file: String, _ value: Located<String>, _ message: String
  ) {
    diagnostics.append(
      Diagnostic(rule, file: file, at: value.position, length: value.value.count, message))
  }
}

/// The elements of `values` in first-seen order, each once.
func unique(_ values: [String]) -> [String] {
  // Notes name a handful of themes: a linear scan beats hashing into a set.
  guard values.count > 16 else {
    var result: [String] = []
    for value in values where !result.contains(value) { result.append(value) }
    return result
  }
  var seen = Set<String>()
  return values.filter { seen.insert($0).inserted }
}
