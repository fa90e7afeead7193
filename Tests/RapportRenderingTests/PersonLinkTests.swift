import Testing

@testable import RapportRendering

/// A person's link built in one piece is the link to their page path, built step by step.
@Suite struct PersonLinkTests {
  @Test func sameAsLinkToThePersonsPage() {
    let layout = OutputLayout()
    let accounts = ["acme", "globex-2", "My Account", "a)b<c", "café", ""]
    let ids = ["jane-doe", "Jane Doe", "o'neil", "zoë", "x", ""]
    for account in accounts {
      for id in ids {
        for depth in [0, 1, 2, 7, 8, 11] {
          for format in OutputLayout.Format.allCases {
            let expected = layout.link(
              to: layout.person(account: account, id: id, format), fromDepth: depth)
            let built = layout.personLink(account: account, id: id, format, fromDepth: depth)
            #expect(built == expected, "\(account) \(id) \(depth) \(format)")
          }
        }
      }
    }
  }
}
