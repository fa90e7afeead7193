import Foundation
import RapportMarkdown
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// `reports_to` is checked in one pass over the roster, however long its chains: loops are reported
/// exactly as a contact-by-contact walk would report them, and a roster full of unknown managers
/// does not compare each with every id.
@Suite struct ReportsToTests {
  /// An `account.md` whose contacts `c0`, `c1`, … report to `managers[i]` (nil: nobody).
  static func profile(_ managers: [Int?]) -> String {
    let rows = managers.enumerated().map { index, manager in
      "  - { id: c\(index), name: Contact \(index)"
        + (manager.map { ", reports_to: c\($0)" } ?? "") + " }"
    }
    return "---\nname: Acme\ncontacts:\n" + rows.joined(separator: "\n") + "\n---\n"
  }

  func load(_ managers: [Int?]) throws -> Notebook {
    try TemporaryNotebook([
      "acme/account.md": Self.profile(managers),
      "acme/2026-01-01-c0.md": "---\ndate: 2026-01-01\ninterviewer: S\ncontact: c0\n---\nHi.\n",
    ]).load()
  }

  @Test func aLongChainAndALongLoopAreReadInLinearTime() throws {
    let count = 8_000
    let started = ContinuousClock.now
    let chain = try load((0..<count).map { $0 == 0 ? nil : $0 - 1 })
    #expect(chain.diagnostics.isEmpty)
    #expect(chain.accounts.first?.profile.contacts.count == count)
    let loop = try load((0..<count).map { ($0 + 1) % count })
    let found = loop.diagnostics.filter { $0.rule == "roster.reports-to.cycle" }
    #expect(found.count == 1)
    #expect(found.first?.position?.line == 4, "at the first contact of the loop")
    #expect(found.first?.message.contains("c7999 → c0; the top") == true)
    #expect(loop.accounts.first?.profile.contacts.first?.reportsTo == nil, "cut at c0")
    // A ceiling far above linear time (well under a second) and far below the old walk's minutes.
    #expect(ContinuousClock.now - started < .seconds(60))
  }

  @Test func onlyTheFirstHundredUnknownManagersGetASuggestion() throws {
    let rows = (0..<8_000).map { "  - { id: c\($0), name: Contact \($0), reports_to: x\($0) }" }
    let notebook = try TemporaryNotebook([
      "acme/account.md": "---\nname: Acme\ncontacts:\n" + rows.joined(separator: "\n") + "\n---\n"
    ]).load()
    let unknown = notebook.diagnostics.filter { $0.rule == "roster.reports-to.unknown" }
    #expect(unknown.count == 8_000)
    let suggested = unknown.filter { $0.message.contains("did you mean") }
    #expect(suggested.count == 100)
    #expect(
      suggested.first?.message == "`reports_to: x0` names nobody on the roster; did you mean `c0`?")
  }

  @Test func loopsAreReportedAsAContactByContactWalkReportsThem() {
    var random = SeededRandom(seed: 2026)
    for round in 0..<300 {
      let count = Int(random.next() % 30) + 1
      var contacts = (0..<count).map { index in
        Contact(
          id: "c\(index)", name: "Contact \(index)",
          position: SourcePosition(line: index + 1, column: 5))
      }
      for index in contacts.indices where random.next() % 5 != 0 {
        contacts[index].reportsTo = "c\(random.next() % UInt64(count))"
      }
      var expected = contacts
      let reference = Self.walkEveryContact(&expected)
      var actual = contacts
      let found = RosterReportsToCycle.breakCycles(&actual, file: "acme/account.md")
      #expect(found.map(\.message) == reference.map(\.message), "round \(round)")
      #expect(found.map(\.position) == reference.map(\.position), "round \(round)")
      #expect(actual.map(\.reportsTo) == expected.map(\.reportsTo), "round \(round)")
    }
  }

  /// The specification, slowly: from each contact in file order, follow `reports_to`; a walk that
  /// comes back to its own first contact is a loop, reported there and cut there.
  static func walkEveryContact(_ contacts: inout [Contact]) -> [Diagnostic] {
    var result: [Diagnostic] = []
    for start in contacts.indices {
      var seen: [String] = []
      var current: String? = contacts[start].id
      while let id = current, let index = contacts.firstIndex(where: { $0.id == id }) {
        if let loopStart = seen.firstIndex(of: id) {
          let loop = Array(seen[loopStart...])
          if loop.first == contacts[start].id {
            result.append(
              Diagnostic(
                .rosterReportsToCycle, file: "acme/account.md", at: contacts[start].position,
                "`reports_to` forms a loop: \((loop + [loop[0]]).joined(separator: " → ")); the top of the org chart must report to nobody"
              ))
            contacts[start].reportsTo = nil
          }
          break
        }
        seen.append(id)
        current = contacts[index].reportsTo
      }
    }
    return result
  }
}
