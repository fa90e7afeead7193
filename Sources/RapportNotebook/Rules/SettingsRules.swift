extension Rule {
  /// A setting with an impossible value.
  public static let settingsInvalid = Rule(
    "settings.invalid", .error,
    "A value in `rapport.yml` is impossible, such as a scale whose `min` is not below its `max`.",
    triggering: [
      "rapport.yml":
        "scales:\n  nps: { min: 0, max: 10, nps: true }\n  health: { min: 5, max: 1 }\n"
    ],
    passing: [
      "rapport.yml":
        "scales:\n  nps: { min: 0, max: 10, nps: true }\n  health: { min: 1, max: 5 }\n"
    ])

  /// A notebook with no interview notes at all.
  public static let notebookEmpty = Rule(
    "notebook.empty", .warning, "The notebook has no interview notes: is this the right folder?",
    triggering: [RuleCatalog.exampleNote: "", "acme/account.md": ""],
    passing: [:])
}

extension RuleCatalog {
  static let settingsRules: [Rule] = [.settingsInvalid, .notebookEmpty]
}
