import RapportMarkdown

/// Notebook-wide settings from `rapport.yml`; every field has a default.
public struct Settings: Sendable, Hashable {
  /// Score scales by name, in the order written.
  public var scales: [Scale]
  /// Whether `scales` are the built-in ones, `rapport.yml` giving none.
  public var scalesAreBuiltIn = true
  /// Contact levels from the top of an organisation down.
  public var levels: [String]
  /// Our people who may own commitments in any account.
  public var team: [TeamMember]
  /// The theme codebook, in the order written.
  public var themes: [ThemeDefinition]
  /// Whether a theme outside the codebook is a warning.
  public var strictThemes: Bool
  /// Interview types a note may declare.
  public var types: [String]
  /// The tag that marks a commitment as telling the customer what we learned.
  public var tellBackTag: String
  public var thresholds: Thresholds
  public var limits: Limits
  /// Whether the company page shows each account's NPS (`reports: { account_scores: hide }`
  /// keeps per-account scores off it, so the research never turns into an audit).
  public var showsAccountScores = true
  /// A web address for note links, with `{commit}`, `{path}` and `{line}` filled in, for reports
  /// read where the notebook is not checked out; nil for relative links.
  public var noteURL: String? = nil
  /// Opening questions replacing the built-in ones, by cohort (`new`, `established`, `loyal`,
  /// `lost`).
  public var questions: [String: String] = [:]

  public init(
    scales: [Scale] = Settings.defaultScales, levels: [String] = ["executive", "manager", "staff"],
    team: [TeamMember] = [], themes: [ThemeDefinition] = [], strictThemes: Bool = false,
    types: [String] = Settings.defaultTypes, tellBackTag: String = "tell-back",
    thresholds: Thresholds = Thresholds(), limits: Limits = Limits()
  ) {
    self.scales = scales
    self.levels = levels
    self.team = team
    self.themes = themes
    self.strictThemes = strictThemes
    self.types = types
    self.tellBackTag = tellBackTag
    self.thresholds = thresholds
    self.limits = limits
  }

  public static let defaultScales = [
    Scale(name: "nps", minimum: 0, maximum: 10, isNPS: true),
    Scale(name: "health", minimum: 1, maximum: 5, isNPS: false),
  ]
  public static let defaultTypes = [
    "relationship", "win-loss", "onboarding", "lost-customer", "partner",
  ]
  /// Channels an interview may take place through.
  public static let channels = ["in-person", "video", "phone", "email"]

  /// The scale NPS is computed on: the first with `nps: true`.
  public var npsScale: Scale? { scales.first { $0.isNPS } }

  /// The scale named `name`.
  public func scale(named name: String) -> Scale? { scales.first { $0.name == name } }

  /// The canonical theme for a tag or alias (lowercased); unknown tags map to themselves.
  public func canonicalTheme(_ tag: String) -> String {
    if let definition = themes.first(where: { $0.name == tag || $0.aliases.contains(tag) }) {
      return definition.name
    }
    return tag
  }
}

/// A score scale such as NPS 0-10 or health 1-5.
public struct Scale: Sendable, Hashable {
  public var name: String
  /// Lowest allowed score (inclusive).
  public var minimum: Double
  /// Highest allowed score (inclusive).
  public var maximum: Double
  /// Whether this is the Net Promoter scale (promoters 9-10, detractors 0-6; whole numbers only).
  public var isNPS: Bool

  public init(name: String, minimum: Double, maximum: Double, isNPS: Bool) {
    self.name = name
    self.minimum = minimum
    self.maximum = maximum
    self.isNPS = isNPS
  }
}

/// A theme in the codebook, with the tags that mean the same thing.
public struct ThemeDefinition: Sendable, Hashable {
  public var name: String
  public var aliases: [String]
  /// Free grouping label such as `product` or `commercial`.
  public var group: String?

  public init(name: String, aliases: [String] = [], group: String? = nil) {
    self.name = name
    self.aliases = aliases
    self.group = group
  }
}

/// One of our own people: a commitment owner, or an internal interviewee for partner accounts.
public struct TeamMember: Sendable, Hashable {
  /// The handle used after `@` in commitments.
  public var handle: String
  public var name: String
  public var role: String?

  public init(handle: String, name: String, role: String? = nil) {
    self.handle = handle
    self.name = name
    self.role = role
  }
}

/// Numbers that turn facts into flags.
public struct Thresholds: Sendable, Hashable {
  /// Days after an interview by which its tell-back should be done.
  public var tellBackDays = 14
  /// Days without an interview after which a contact or account counts as silent.
  public var silenceDays = 180
  /// Points between executive and non-executive mean NPS-scale scores that make a split opinion.
  public var splitGap = 3.0
  /// Fewest respondents a company-wide breakdown needs before it shows a number.
  public var minGroupSize = 3
  /// Days before the as-of date that count as "recent" for NPS, coverage and interviews.
  public var windowDays = 365

  public init() {}
}

/// Per-note limits that keep hostile input fast; see `MarkdownLimits`.
public struct Limits: Sendable, Hashable {
  /// Largest note or profile file read (bytes).
  public var maxNoteBytes = 1_048_576
  /// Deepest nesting of block quotes and lists in a body (levels).
  public var maxNesting = 32
  /// Most `[` characters in a body outside fenced code.
  public var maxBrackets = 10_000
  /// Most distinct themes in one note, front matter and tags together (theme pairs grow as its square).
  public var maxThemes = 100
  /// Most YAML nodes that aliases (`*name`) and `<<` merge keys may repeat in one file's YAML
  /// (nodes; see `YAMLExpansion`).
  public var maxYAMLNodes = 10_000

  public init() {}

  /// The body limits handed to the Markdown layer.
  public var markdown: MarkdownLimits {
    MarkdownLimits(maximumNesting: maxNesting, maximumBrackets: maxBrackets)
  }
}
