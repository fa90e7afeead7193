extension Rule {
  /// A note or profile without front matter on its first line.
  public static let frontMatterMissing = Rule(
    "front-matter.missing", .error,
    "The file does not start with a `---` line opening YAML front matter.",
    triggering: [RuleCatalog.exampleNote: "\n" + RuleCatalog.note("")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("")])

  /// Front matter that is opened but never closed.
  public static let frontMatterUnclosed = Rule(
    "front-matter.unclosed", .error,
    "The front matter has no closing `---` (or `...`) line, so it is unclear where the body starts.",
    triggering: [
      RuleCatalog.exampleNote:
        "---\ndate: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\n\nNotes.\n"
    ],
    passing: [
      RuleCatalog.exampleNote:
        "---\ndate: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\n---\nNotes.\n"
    ])

  /// YAML that does not parse.
  public static let yamlInvalid = Rule(
    "yaml.invalid", .error,
    "The YAML does not parse; the position is YAML's own, mapped to the file line.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("themes: [reporting, automation")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("themes: [reporting, automation]")])

  /// YAML whose top level is a list or a single value.
  public static let yamlNotMapping = Rule(
    "yaml.not-mapping", .error,
    "The YAML is a list or a single value instead of `key: value` lines.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.bareNote("- 2026-03-14\n- Sam Lee")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("")])

  /// The same key twice in one mapping.
  public static let yamlDuplicateKey = Rule(
    "yaml.duplicate-key", .error, "A key appears twice in the same mapping.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("interviewer: Priya Shah")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("attendees: [raj-patel]")])

  /// A key rapport does not know, usually a typo.
  public static let yamlUnknownKey = Rule(
    "yaml.unknown-key", .warning, "A key rapport does not read; usually a typo, with a suggestion.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("theme: [reporting]")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("themes: [reporting]")])

  /// A value of the wrong shape: a list where one value belongs, or not true/false.
  public static let yamlValueType = Rule(
    "yaml.value-type", .error,
    "A value has the wrong shape, such as a list where one value belongs.",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("confidential: maybe")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("confidential: true")])
}

extension RuleCatalog {
  static let frontMatterRules: [Rule] = [
    .frontMatterMissing, .frontMatterUnclosed, .yamlInvalid, .yamlNotMapping, .yamlDuplicateKey,
    .yamlUnknownKey, .yamlValueType,
  ]
}
