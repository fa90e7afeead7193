import Foundation
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// Aliases and `<<` merge keys let a few hundred bytes of YAML stand for billions of nodes; the
/// nodes they repeat are counted before anything is built, and past `limits.max_yaml_nodes` the
/// YAML is refused.
@Suite struct YAMLExpansionTests {
  static let front = "---\ndate: 2026-01-10\ninterviewer: Sam Lee\ncontact: jane-doe\n"
  static let profile = "---\nname: Acme\ncontacts:\n  - { id: jane-doe, name: Jane Doe }\n---\n"

  /// Eight levels of mappings, each merging the one before ten times: 10^8 pairs once expanded.
  static let mergeBomb: String = {
    var lines = ["k0: &m0 {x: 1}"]
    for level in 1...8 {
      let sources = Array(repeating: "*m\(level - 1)", count: 10).joined(separator: ",")
      lines.append("k\(level): &m\(level) {<<: [\(sources)]}")
    }
    return lines.joined(separator: "\n") + "\n<<: *m8\n"
  }()

  /// Eight levels of lists, each holding the one before ten times, used as a mapping key (which
  /// Yams hashes whole while it composes).
  static let aliasKeyBomb: String = {
    var lines = ["l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in 1...8 {
      let items = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
      lines.append("l\(level): &l\(level) [\(items)]")
    }
    return lines.joined(separator: "\n") + "\n? *l8\n: 1\n"
  }()

  func load(_ files: [String: String]) throws -> Notebook {
    try TemporaryNotebook(["acme/account.md": Self.profile].merging(files) { $1 }).load()
  }

  @Test(arguments: [("merge keys", mergeBomb), ("an alias as a key", aliasKeyBomb)])
  func aNoteWhoseAliasesExplodeIsRefusedAndKeptOut(name: String, yaml: String) throws {
    let notebook = try load(["acme/2026-01-10-bomb.md": Self.front + yaml + "---\nHi.\n"])
    let refused = notebook.diagnostics.filter { $0.rule == "yaml.too-complex" }
    #expect(refused.count == 1, "\(name)")
    #expect(refused.first?.file == "acme/2026-01-10-bomb.md")
    #expect(notebook.skippedNotes == ["acme/2026-01-10-bomb.md"])
    // Nothing past the refusal is read, so nothing else is said about the front matter.
    #expect(notebook.diagnostics.map(\.rule) == ["yaml.too-complex"])
    #expect(notebook.confidentialFiles == ["acme/2026-01-10-bomb.md"])
  }

  @Test func largeNodesRepeatedByAliasesCountEveryNode() throws {
    let big = "big: &big [" + (0..<2_000).map { "p\($0)" }.joined(separator: ", ") + "]\n"
    let repeated = "again: [" + Array(repeating: "*big", count: 6).joined(separator: ", ") + "]\n"
    let notebook = try load(["acme/2026-01-10-big.md": Self.front + big + repeated + "---\nHi.\n"])
    let refused = try #require(notebook.diagnostics.first { $0.rule == "yaml.too-complex" })
    // 2,001 nodes a time: the fifth `*big` passes 10,000; it is on file line 6.
    #expect(refused.position?.line == 6)
    #expect(refused.position?.column == 1 + "again: [".count + 4 * "*big, ".count)
  }

  @Test func theLimitIsASetting() throws {
    let big = "big: &big [" + (0..<2_000).map { "p\($0)" }.joined(separator: ", ") + "]\n"
    let repeated = "again: [" + Array(repeating: "*big", count: 6).joined(separator: ", ") + "]\n"
    let note = Self.front + big + repeated + "---\nHi.\n"
    let raised = try load([
      "rapport.yml": "limits: { max_yaml_nodes: 20000 }\n", "acme/2026-01-10-big.md": note,
    ])
    #expect(!raised.diagnostics.contains { $0.rule == "yaml.too-complex" })
    let lowered = try load([
      "rapport.yml": "limits: { max_yaml_nodes: 2 }\n",
      "acme/2026-01-10-a.md": Self.front + "who: &who [a, b]\nagain: *who\n---\nHi.\n",
    ])
    #expect(lowered.diagnostics.contains { $0.rule == "yaml.too-complex" })
  }

  @Test func profilesAndSettingsAreHeldToTheLimitToo() throws {
    let notebook = try load([
      "rapport.yml": Self.mergeBomb,
      "acme/account.md": "---\nname: Acme\n" + Self.mergeBomb + "---\n",
      "acme/2026-01-10-a.md": Self.front + "---\nHi.\n",
    ])
    let refused = notebook.diagnostics.filter { $0.rule == "yaml.too-complex" }.map(\.file)
    #expect(refused.sorted() == ["acme/account.md", "rapport.yml"])
    #expect(refused.count == 2)
  }

  @Test func ordinaryAliasesAndMergesStillWork() throws {
    let note =
      Self.front
      + "base: &base { nps: 9, health: 2 }\nscores: { <<: [*base, { health: 5, nps: 1 }], health: 4 }\n"
      + "attendees: &people [jane-doe]\n---\nHi.\n"
    let notebook = try load(["acme/2026-01-10-a.md": note])
    let interview = try #require(notebook.accounts.first?.interviews.first)
    // The note's own key wins over merged ones, and the first merged mapping over the second.
    #expect(interview.score(on: "health") == 4)
    #expect(interview.scores.count == 2)
    #expect(interview.score(on: "nps") == 9)
    #expect(!notebook.diagnostics.contains { $0.rule == "yaml.too-complex" })
  }

  @Test func countingStopsAtTheLimitAndIgnoresWrittenNodes() {
    let written = "list: [" + (0..<50_000).map { "p\($0)" }.joined(separator: ", ") + "]\n"
    #expect(YAMLExpansion.excess(in: written, limit: 10) == nil)
    #expect(YAMLExpansion.excess(in: "a: &a [x]\nb: *a\n", limit: 2) == nil)
    #expect(
      YAMLExpansion.excess(in: "a: &a [x]\nb: [*a, *a]\n", limit: 2)
        == YAMLExpansion.Excess(alias: "a", line: 2, column: 9))
    // An alias to no anchor repeats nothing (Yams reports it).
    #expect(YAMLExpansion.excess(in: "b: [*nowhere, *nowhere]\n", limit: 0) == nil)
  }
}
