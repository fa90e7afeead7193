extension Rule {
  /// A commitment nobody owns.
  public static let commitmentOwnerMissing = Rule(
    "commitment.owner.missing", .warning, "A commitment has no `@owner`.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "- [ ] Send the roadmap due:2026-04-01\n")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [ ] Send the roadmap @sam due:2026-04-01\n")
    ])

  /// A commitment without a due date.
  public static let commitmentDueMissing = Rule(
    "commitment.due.missing", .warning, "A commitment has no `due:YYYY-MM-DD`.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "- [ ] Send the roadmap @sam\n")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [ ] Send the roadmap @sam due:2026-04-01\n")
    ])
  /// A `done:` date on an item that is not checked.
  public static let commitmentDoneUnchecked = Rule(
    "commitment.done.unchecked", .error,
    "An unchecked `[ ]` item has a `done:` date; check it or remove the date.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [ ] Send the roadmap @sam due:2026-04-01 done:2026-03-30\n")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [x] Send the roadmap @sam due:2026-04-01 done:2026-03-30\n")
    ])
  /// A checkbox state rapport does not read, such as Obsidian's `[-]` or `[/]`.
  public static let commitmentCheckboxUnknown = Rule(
    "commitment.checkbox.unknown", .warning,
    "A list item starts with a checkbox other than `[ ]` or `[x]`, so it is not read as a commitment.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [-] Send the roadmap @sam due:2026-04-01\n")
    ],
    passing: [
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: "- [x] Send the roadmap @sam due:2026-04-01\n")
    ])
}

extension RuleCatalog {
  static let commitmentRules: [Rule] = [
    .commitmentOwnerMissing, .commitmentDueMissing, .commitmentOwnerUnknown,
    .commitmentDoneUnchecked,
    .commitmentDueBeforeInterview, .commitmentCheckboxUnknown,
  ]
}
