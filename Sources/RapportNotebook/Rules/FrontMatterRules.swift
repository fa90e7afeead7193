extension Rule {
}

extension RuleCatalog {
  static let frontMatterRules: [Rule] = [
    .frontMatterMissing, .frontMatterUnclosed, .yamlInvalid, .yamlNotMapping, .yamlDuplicateKey,
    .yamlUnknownKey, .yamlValueType,
  ]
}
