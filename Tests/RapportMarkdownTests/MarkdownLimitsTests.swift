import Testing

@testable import RapportMarkdown

/// The limits that refuse bodies on which cmark 0.30 would take quadratic time.
@Suite struct MarkdownLimitsTests {
  func violation(
    _ text: String, _ limits: MarkdownLimits = MarkdownLimits()
  ) -> MarkdownLimitViolation? {
    if case .failure(let violation) = Markdown.parse(text[...], firstLine: 10, limits: limits) {
      return violation
    }
    return nil
  }

  @Test func deepPrefixNestingIsRefusedWhereItPassesTheLimit() {
    let found = violation("intro\n\n> > > > deep\n", MarkdownLimits(maximumNesting: 3))
    #expect(
      found
        == MarkdownLimitViolation(
          kind: .nesting(depth: 4), position: SourcePosition(line: 12, column: 7)))
    #expect(violation("> > > deep\n", MarkdownLimits(maximumNesting: 3)) == nil)
  }

  @Test func thematicBreaksAreNotNesting() {
    #expect(violation("- - - - - - - -\n", MarkdownLimits(maximumNesting: 2)) == nil)
    #expect(violation("* * * * *\n", MarkdownLimits(maximumNesting: 2)) == nil)
  }

  @Test func indentedNestingIsCaughtAfterParsing() {
    let text = (0..<6).map { String(repeating: "  ", count: $0) + "- item\n" }.joined()
    guard case .nesting(let depth)? = violation(text, MarkdownLimits(maximumNesting: 4))?.kind
    else {
      Issue.record("expected a nesting violation")
      return
    }
    #expect(depth > 4)
  }

  @Test func bracketsOutsideFencedCodeAreCounted() {
    let limits = MarkdownLimits(maximumBrackets: 3)
    #expect(
      violation("[a] [b] [c] [d]\n", limits)?.position == SourcePosition(line: 10, column: 13))
    #expect(violation("[a] [b]\n\n```\n[c] [d] [e]\n```\n[f]\n", limits) == nil)
  }
}
