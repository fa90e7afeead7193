import RapportMarkdown

extension Rule {
  /// Block quotes and lists nested deeper than `limits.max_nesting`.
  public static let bodyTooDeep = Rule(
    "body.too-deep", .error,
    "Block quotes and lists are nested deeper than `limits.max_nesting` (32 by default).",
    triggering: [
      "rapport.yml": "limits: { max_nesting: 2 }\n",
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "> > > Deeply quoted.\n"),
    ],
    passing: [
      "rapport.yml": "limits: { max_nesting: 3 }\n",
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "> > > Deeply quoted.\n"),
    ])
}

/// Words the error for a body the Markdown layer refused as nested too deep (`MarkdownLimits`).
enum BodyTooDeep {
  /// The error for nesting `depth` levels deep, first passing the limit at `position`.
  static func diagnostic(
    depth: Int, at position: SourcePosition, file: String, limits: Limits
  ) -> Diagnostic {
    Diagnostic(
      .bodyTooDeep, file: file, at: position,
      "block quotes and lists nest \(depth) levels deep, over the limit of \(limits.maxNesting) (`limits.max_nesting` in rapport.yml); the body is not read"
    )
  }
}
