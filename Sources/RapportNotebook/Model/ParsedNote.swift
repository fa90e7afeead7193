import RapportMarkdown

/// Everything read from one note file on its own, before the roster and settings are consulted.
///
/// This is what the incremental cache stores: it depends only on the file's bytes and the limits.
public struct ParsedNote: Sendable, Equatable {
  /// Path relative to the notebook root.
  public var file: String
  /// Problems found in the file itself (encoding, front matter, syntax of values).
  public var diagnostics: [Diagnostic] = []
  public var date: Located<Day>?
  public var interviewer: Located<String>?
  public var type: Located<String>?
  public var channel: Located<String>?
  public var contact: Located<String>?
  public var attendees: [Located<String>] = []
  public var side: Located<String>?
  public var scores: [RawScore] = []
  /// Themes from the front matter, lowercased, before aliases apply.
  public var themes: [Located<String>] = []
  public var outcome: Located<String>?
  public var reasons: [Located<String>] = []
  public var confidential = false
  /// Whether it is confidential only until its front matter reads (it does not say
  /// `confidential: true`): what is said about it says so.
  public var confidentialAssumed = false
  /// Whether, only treated as confidential, it seems to mean `confidential: true` (a value that
  /// is not `false`, a key that looks like or means `confidential`, or such a line in front matter
  /// that does not read): its problems are then given by line only, as a declared note's are.
  public var confidentialMarked = false
  public var body = NoteBody()

  public init(file: String) { self.file = file }

  /// The interview type: as written, or `relationship` when the note names none.
  public var interviewType: String { type?.value ?? "relationship" }

  /// Whose view the note gives: as written, or external when absent or not a side.
  public var interviewSide: Side { side.flatMap { Side(rawValue: $0.value) } ?? .external }
}

/// A score as written: the scale's name and the value, each with its place.
public struct RawScore: Sendable, Hashable {
  public var scale: Located<String>
  public var value: Located<Double>

  public init(scale: Located<String>, value: Located<Double>) {
    self.scale = scale
    self.value = value
  }
}

/// What the body of a note holds: tags, quotes, commitments and a summary.
public struct NoteBody: Sendable, Equatable {
  /// Every `#tag` in the body, lowercased, in order.
  public var tags: [Located<String>] = []
  public var quotes: [Quote] = []
  public var commitments: [Commitment] = []
  /// The `Summary` section (or first paragraph) as Markdown, for the interview timeline.
  public var summary: String?
  /// Whether the body says anything of its own: text or code outside headings, HTML comments and
  /// commitments (a note fresh from `rapport new note` has none).
  public var hasText = false

  public init() {}
}

/// A block quote: what a person said, in their words.
public struct Quote: Sendable, Hashable {
  /// The quote as Markdown, without the attribution line; nil when withheld (confidential note).
  public var markdown: String?
  /// The attribution as written after `—` or `--`, or nil (then the note's contact said it).
  public var attribution: Located<String>?
  /// Tags inside the quote, lowercased.
  public var tags: [String]
  public var position: SourcePosition
  /// A last line written with a hyphen where an attribution's dash belongs, `- Name` (a list item)
  /// or `-Name`, from the hyphen to the end of the line; it attributes nothing, and whether it
  /// names someone is for the checks to say (`quote.attribution.hyphen`).
  public var hyphenLine: Located<String>?
  /// The same written on the line right after the quote without its `>` (which ends the quote):
  /// a list of one item, which only a known name makes worth a warning.
  public var hyphenLineAfter: Located<String>?

  public init(
    markdown: String?, attribution: Located<String>?, tags: [String], position: SourcePosition,
    hyphenLine: Located<String>? = nil, hyphenLineAfter: Located<String>? = nil
  ) {
    self.markdown = markdown
    self.attribution = attribution
    self.tags = tags
    self.position = position
    self.hyphenLine = hyphenLine
    self.hyphenLineAfter = hyphenLineAfter
  }
}

/// A `[ ]` or `[x]` list item: something one of ours promised to do.
public struct Commitment: Sendable, Hashable {
  /// The item's text without its checkbox, owner and dates; nil when withheld (confidential note).
  public var text: String?
  public var isChecked: Bool
  /// The `@handle` of the owner, without `@`.
  public var owner: Located<String>?
  public var due: Located<Day>?
  public var done: Located<Day>?
  /// Tags on the item, lowercased.
  public var tags: [String]
  public var position: SourcePosition

  public init(
    text: String?, isChecked: Bool, owner: Located<String>?, due: Located<Day>?,
    done: Located<Day>?,
    tags: [String], position: SourcePosition
  ) {
    self.text = text
    self.isChecked = isChecked
    self.owner = owner
    self.due = due
    self.done = done
    self.tags = tags
    self.position = position
  }
}
