import Foundation
import RapportMarkdown
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// Front matter that YAML reads otherwise than meant gets a message that says what went wrong:
/// `#` starting a comment, and front matter running into the note's text.
@Suite struct FrontMatterHintTests {
  func diagnostics(_ note: String) throws -> [Diagnostic] {
    let notebook = try TemporaryNotebook(
      RuleCatalog.exampleBase.merging(["acme/2026-04-01-raj.md": note]) { $1 })
    return try notebook.check()
  }

  static let head = "---\ndate: 2026-04-01\ninterviewer: Sam Lee\ncontact: raj-patel\n"

  @Test func themesWrittenAsTagsAfterTheColonAreAWarning() throws {
    let found = try diagnostics(Self.head + "themes: #price #support # from the call\n---\nText.\n")
    #expect(found.map(\.rule) == ["theme.commented"], "\(found.map(\.message))")
    #expect(found.first?.message.hasSuffix("write `themes: [price, support]`") == true)
    #expect(found.first?.position == SourcePosition(line: 5, column: 1))
    // A comment meant as one is left alone.
    #expect(try diagnostics(Self.head + "themes:   # none yet\n---\nText.\n").isEmpty)
    // In a block list, an item written as a tag is a comment too.
    let items = try diagnostics(Self.head + "themes:\n  - #price\n  - support\n---\nText.\n")
    #expect(
      items.map(\.message) == ["`- #price` is a YAML comment, so no theme is read; write `- price`"]
    )
    #expect(items.first?.position?.line == 6)
    #expect(
      try diagnostics(Self.head + "themes:\n  - support  # from the call\n---\nText.\n").isEmpty)
  }

  @Test func aHashInAFlowListIsNamed() throws {
    let found = try diagnostics(Self.head + "themes: [#price]\n---\nText.\n")
    #expect(found.map(\.rule) == ["yaml.invalid"])
    #expect(found.first?.message.contains("a `#` after `[` or a space starts a comment") == true)
  }

  @Test func frontMatterRunningIntoTheBodyAsksForItsClosingFence() throws {
    let found = try diagnostics(
      Self.head + "\n## Summary\n\nConversation about pricing.\n\n---\n\nMore.\n")
    #expect(found.map(\.rule) == ["yaml.invalid"])
    #expect(found.first?.message.contains("is its closing `---` missing?") == true)
    // Without a heading in it, no guess is made.
    let plain = try diagnostics(Self.head + "themes: [a, b\n---\nText.\n")
    #expect(plain.first?.message.contains("closing") == false)
    // A comment written like a heading, with YAML after it, is a comment.
    let commented = try diagnostics(
      "---\n# Call with Raj\ndate: 2026-04-01\ninterviewer: Sam Lee\ncontact: raj-patel\nthemes: [a, b\n---\nText.\n"
    )
    #expect(commented.map(\.rule) == ["yaml.invalid"])
    #expect(commented.first?.message.contains("closing") == false)
  }

  @Test func settingsGetNoHintMeantForNotes() throws {
    let notebook = try TemporaryNotebook(
      RuleCatalog.exampleBase.merging([
        "rapport.yml": "# rapport settings\n## Scales\nThe scales we use.\nscales: [nps\n"
      ]) { $1 })
    let found = try notebook.check().filter { $0.rule == "yaml.invalid" }
    #expect(found.count == 1)
    #expect(found.first?.message.contains("closing `---`") == false)
  }

  @Test func aCommitmentDateAfterASpaceIsNamed() throws {
    let found = try diagnostics(
      Self.head
        + "---\n- [ ] Send the plan @sam due: 2026-10-20\n- [ ] Call @sam due:2026-10-2\n"
        + "- [ ] Write @sam due: 2026-10-3\n")
    let dates = found.filter { $0.rule == "date.invalid" }.map(\.message)
    #expect(dates.count == 3, "\(found.map(\.message))")
    #expect(
      dates.contains {
        $0.hasPrefix("`due:` is followed by a space, so it has no date; write it with no space")
          && $0.contains("write 2026-10-03")
      }, "\(dates)")
    #expect(
      dates.contains("`due:` is followed by a space, so it has no date; write due:2026-10-20"))
    #expect(dates.contains { $0.contains("write 2026-10-02") })
  }
}
