extension RuleCatalog {
  static let fileRules: [Rule] = [
    .fileEncoding, .fileLineEndings, .fileTooLarge, .fileUnreadable, .bodyTooDeep,
    .bodyTooManyBrackets, .noteTooManyThemes, .fileIgnored,
  ]
}
