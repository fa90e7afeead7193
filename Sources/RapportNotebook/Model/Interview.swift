import RapportMarkdown

/// One interview note, checked against its account's roster and the notebook settings.
public struct Interview: Sendable, Equatable {
  /// Path relative to the notebook root.
  public var file: String
  public var date: Day
  /// Who interviewed; shown on the note's line, never used to group or rank scores.
  public var interviewer: String
  public var type: String
  public var channel: String?
  /// The person interviewed: a roster id, a team handle (internal side), or the slug of a name.
  public var contactID: String
  /// The person's name as known (roster name, or as written).
  public var contactName: String
  /// Whether `contactID` is on the account's roster (or team, for internal-side notes).
  public var contactInRoster: Bool
  /// Other people present, as roster ids or slugs of names.
  public var attendees: [String]
  /// Their names, by index like `attendees`: the roster's, or as the note wrote them.
  public var attendeeNames: [String] = []
  public var side: Side
  public var scores: [Score]
  /// Canonical themes of the note (front matter and body), sorted, each once.
  public var themes: [String]
  public var outcome: Outcome?
  /// Reasons the buyer stated (canonical themes), win-loss notes only.
  public var reasons: [String]
  /// Whether the note's words are withheld from every output.
  public var confidential: Bool
  public var quotes: [AttributedQuote]
  public var commitments: [Commitment]
  /// The summary as Markdown; nil when absent or confidential.
  public var summary: String?

  /// The themes and reasons that open confidential notes' sealed ones: none from a confidential
  /// note, whose own themes are sealed.
  public var themesShown: [String] { confidential ? [] : themes + reasons }

  /// The score on a scale, if the note gives one.
  public func score(on scale: String) -> Double? { scores.first { $0.scale == scale }?.value }

  public init(
    file: String, date: Day, interviewer: String, type: String, channel: String?, contactID: String,
    contactName: String, contactInRoster: Bool, attendees: [String], side: Side, scores: [Score],
    themes: [String], outcome: Outcome?, reasons: [String], confidential: Bool,
    quotes: [AttributedQuote], commitments: [Commitment], summary: String?
  ) {
    self.file = file
    self.date = date
    self.interviewer = interviewer
    self.type = type
    self.channel = channel
    self.contactID = contactID
    self.contactName = contactName
    self.contactInRoster = contactInRoster
    self.attendees = attendees
    self.side = side
    self.scores = scores
    self.themes = themes
    self.outcome = outcome
    self.reasons = reasons
    self.confidential = confidential
    self.quotes = quotes
    self.commitments = commitments
    self.summary = summary
  }
}

/// Whose view an interview gives: the account's people (external) or our own (internal).
public enum Side: String, Sendable, CaseIterable {
  case external
  case `internal`
}

/// How a won-or-lost decision ended.
public enum Outcome: String, Sendable, CaseIterable {
  case won, lost
  case noDecision = "no-decision"
}

/// A score given in an interview.
public struct Score: Sendable, Hashable {
  public var scale: String
  public var value: Double
  public var position: SourcePosition

  public init(scale: String, value: Double, position: SourcePosition) {
    self.scale = scale
    self.value = value
    self.position = position
  }
}

/// A quote with its speaker resolved and its tags mapped to canonical themes.
public struct AttributedQuote: Sendable, Hashable {
  /// The quote as Markdown; never nil here (confidential notes keep no quotes).
  public var markdown: String
  /// Contact id (or slug of the name) of the speaker.
  public var speakerID: String
  public var speakerName: String
  public var themes: [String]
  public var position: SourcePosition

  public init(
    markdown: String, speakerID: String, speakerName: String, themes: [String],
    position: SourcePosition
  ) {
    self.markdown = markdown
    self.speakerID = speakerID
    self.speakerName = speakerName
    self.themes = themes
    self.position = position
  }
}
