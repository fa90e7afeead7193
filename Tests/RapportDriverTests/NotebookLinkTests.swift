import Foundation
import RapportDriver
import RapportNotebook
import RapportTestSupport
import Testing

/// Symbolic links in a notebook: followed once while they stay inside it, reported and never
/// followed when they lead out of it.
@Suite struct NotebookLinkTests {
  static let profile = "---\nname: Acme\ncontacts:\n  - { id: jo, name: Jo }\n---\n"

  static func note(_ day: Int) -> String {
    "---\ndate: 2026-01-\(10 + day)\ninterviewer: Sam\ncontact: jo\n---\nDay \(day).\n"
  }

  func notebook(_ extra: [String: String] = [:]) throws -> TemporaryNotebook {
    try TemporaryNotebook(
      [
        "nb/acme/account.md": Self.profile, "nb/acme/2026-01-11-jo.md": Self.note(1),
        "nb/acme/2025/2025-12-01-jo.md": Self.note(2),
      ].merging(extra) { $1 })
  }

  func load(_ folder: TemporaryNotebook) -> Notebook {
    NotebookLoader().load(root: folder.root + "/nb").notebook
  }

  func rules(_ notebook: Notebook) -> [String] { notebook.diagnostics.map(\.rule) }

  @Test func linksBackIntoTheNotebookAreWalkedOnce() throws {
    let folder = try notebook()
    for (name, target) in [("loop1", "."), ("loop2", "."), ("up", ".."), ("again", "../acme")] {
      try folder.link("nb/acme/" + name, to: target)
    }
    try folder.link("nb/acme/2025/top", to: "../..")
    let notebook = load(folder)
    #expect(notebook.noteCount == 2)
    #expect(notebook.accounts.map(\.id) == ["acme"])
    #expect(notebook.diagnostics.isEmpty, "\(notebook.diagnostics.map(\.message))")
  }

  @Test func aSecondNameForAnAccountIsNotASecondAccount() throws {
    let folder = try notebook()
    try folder.link("nb/acme-corp", to: "acme")
    try folder.link("nb/acme/2026-01-11-copy.md", to: "2026-01-11-jo.md")
    let notebook = load(folder)
    #expect(notebook.accounts.map(\.id) == ["acme"])
    #expect(notebook.noteCount == 2)
  }

  @Test func linksToHiddenFoldersInsideAreRead() throws {
    let folder = try notebook([
      "nb/_archive/2024/2024-06-01-jo.md": Self.note(3),
      "nb/_accounts/globex/account.md": "---\nname: Globex\n---\n",
      "nb/_accounts/globex/2026-02-01-ann.md":
        "---\ndate: 2026-02-01\ninterviewer: Sam\ncontact: Ann\n---\nHi.\n",
    ])
    try folder.link("nb/acme/2024", to: "../_archive/2024")
    // Absolute, and through the notebook's own path: still inside.
    try folder.link("nb/globex", to: folder.root + "/nb/_accounts/globex")
    let notebook = load(folder)
    #expect(notebook.accounts.map(\.id) == ["acme", "globex"])
    let acme = try #require(notebook.accounts.first)
    #expect(acme.interviews.map(\.file).contains("acme/2024/2024-06-01-jo.md"))
    #expect(notebook.accounts.last?.profile.name == "Globex")
    #expect(notebook.noteCount == 4)
  }

  @Test func linksLeadingOutAreReportedAndNotRead() throws {
    let folder = try notebook([
      "elsewhere/secret.md":
        "---\ndate: 2026-01-01\ninterviewer: X\ncontact: jo\n---\nTOP SECRET\n",
      "elsewhere/settings.yml": "levels: [boss]\n",
    ])
    try folder.link("nb/root", to: "/")
    try folder.link("nb/acme/shared", to: "../../elsewhere")
    try folder.link("nb/acme/2026-01-01-secret.md", to: folder.root + "/elsewhere/secret.md")
    try folder.link("nb/rapport.yml", to: "../elsewhere/settings.yml")
    let notebook = load(folder)
    #expect(notebook.noteCount == 2)
    #expect(notebook.accounts.map(\.id) == ["acme"])
    #expect(notebook.settings.levels == Settings().levels)
    let outside = notebook.diagnostics.filter { $0.rule == "file.outside-notebook" }
    #expect(
      outside.map(\.file) == [
        "acme/2026-01-01-secret.md", "acme/shared/", "rapport.yml", "root/",
      ])
    #expect(outside.allSatisfy { $0.severity == .warning && $0.position == nil })
    #expect(
      outside.last?.message == "this link leads outside the notebook (to `/`), so it is not read")
    #expect(!notebook.diagnostics.contains { $0.message.contains("TOP SECRET") })
  }

  @Test func linksToNowhereAreStillUnreadableNotes() throws {
    let folder = try notebook()
    try folder.link("nb/acme/2026-01-02-gone.md", to: "../nowhere.md")
    try folder.link("nb/acme/gone", to: "../nowhere")
    let notebook = load(folder)
    #expect(rules(notebook) == ["file.unreadable"])
    #expect(notebook.skippedNotes == ["acme/2026-01-02-gone.md"])
  }
}
