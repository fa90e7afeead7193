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
}

extension RuleCatalog {
  static let settingsRules: [Rule] = [.settingsInvalid, .notebookEmpty]
}
