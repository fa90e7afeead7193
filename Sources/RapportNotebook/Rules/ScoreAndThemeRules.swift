extension Rule {
}

extension RuleCatalog {
  static let scoreAndThemeRules: [Rule] = [
    .scoreNotNumber, .scoreEmpty, .scoreOutOfRange, .scoreUnknownScale, .themeInvalid,
    .themeUnknown,
  ]
}
