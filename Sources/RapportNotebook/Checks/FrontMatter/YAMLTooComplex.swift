import RapportMarkdown

extension Rule {
  /// YAML whose aliases and merge keys repeat more nodes than `limits.max_yaml_nodes`.
  public static let yamlTooComplex = Rule(
    "yaml.too-complex", .error,
    "Aliases (`*name`) and `<<` merge keys repeat more YAML nodes than `limits.max_yaml_nodes` (10,000 by default); the YAML is not read.",
    triggering: [
      "rapport.yml": "limits: { max_yaml_nodes: 20 }\n",
      "acme/account.md": RuleCatalog.profile(
        "a: &a [x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b]"),
    ],
    passing: [
      "rapport.yml": "limits: { max_yaml_nodes: 20 }\n",
      "acme/account.md": RuleCatalog.profile("a: &a [x, x, x, x, x]\nb: [*a, *a, *a]"),
    ])
}

/// Words the error for YAML whose aliases expand past the limit (see `YAMLExpansion`).
enum YAMLTooComplex {
  /// The error for `excess`, found in YAML whose first line is file line `firstLine`.
  static func diagnostic(
    _ excess: YAMLExpansion.Excess, limit: Int, firstLine: Int, file: String
  ) -> Diagnostic {
    Diagnostic(
      .yamlTooComplex, file: file,
      at: SourcePosition(line: excess.line + firstLine - 1, column: excess.column),
      length: excess.alias.unicodeScalars.count + 1,
      "aliases and `<<` merge keys repeat more than \(limit) YAML nodes, passing the limit at `*\(excess.alias)` (`limits.max_yaml_nodes` in rapport.yml); the YAML is not read"
    )
  }
}
