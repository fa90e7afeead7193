import RapportNotebook
import RapportTestSupport
import Testing

/// A promise's tag one slip from the tell-back tag is a warning; other tags that merely look
/// alike, or sit in prose, are themes like any other.
@Suite struct TellBackTagTests {
  func warnings(_ body: String) throws -> [String] {
    let folder = try TemporaryNotebook([
      "acme/account.md":
        "---\nname: Acme\ncontacts:\n  - { id: ann, name: Ann Lee }\nteam:\n  - { handle: sam, name: Sam Lee }\n---\n",
      "acme/2026-01-05-ann.md":
        "---\ndate: 2026-01-05\ninterviewer: Sam Lee\ncontact: ann\n---\nAnn talked.\n\n" + body,
    ])
    return try folder.check(today: RuleCatalog.exampleToday)
      .filter { $0.rule == "commitment.tell-back.misspelled" }.map(\.message)
  }

  @Test(arguments: ["tellback", "tell_back", "tel-back", "TellBack", "tell-bak"])
  func aSlipOnAPromiseIsAWarning(tag: String) throws {
    let found = try warnings("- [ ] Tell Ann what we heard @sam due:2026-02-01 #\(tag)\n")
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.contains("did you mean `#tell-back`?") == true)
  }

  @Test func lookalikesAndProseAreThemes() throws {
    #expect(try warnings("- [ ] Tell Ann @sam due:2026-02-01 #tell-back\n").isEmpty)
    #expect(try warnings("- [ ] Offer a #call-back and a #roll-back @sam due:2026-02-01\n").isEmpty)
    #expect(try warnings("Wants a #tellback option in the product.\n").isEmpty)
  }
}
