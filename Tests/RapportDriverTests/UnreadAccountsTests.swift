import Foundation
import RapportNotebook
import RapportTestSupport
import Testing

@testable import RapportDriver

/// Accounts none of whose files changed are not read again when nothing is wanted from their
/// notes but what the last load kept: the notebook is the same as one read whole.
@Suite struct UnreadAccountsTests {
  /// The sample notebook with an error in Fernwood Foods, loaded once so the cache knows it.
  func sample() throws -> (folder: TemporaryNotebook, workspace: Workspace) {
    let (folder, workspace) = try WorkspaceTests().sample()
    try "---\ndate: 2026-02-30\ninterviewer: Sam Lee\ncontact: nobody\n---\nA bad date.\n".write(
      toFile: workspace.notebook + "/fernwood-foods/2026-02-30-bad.md", atomically: false,
      encoding: .utf8)
    // A theme only Northwind's confidential note raised, which a Harborview note now names too.
    for (path, old, new) in [
      (
        "northwind-logistics/2025-12-03-victor-ramos.md", "themes: [reporting, automation]",
        "themes: [reporting, automation, onboarding-gap]"
      ),
      (
        "harborview-credit/2026-03-24-patricia-lowe.md", "themes: [integration, onboarding]",
        "themes: [onboarding-gap, integration, onboarding]"
      ),
    ] {
      let file = workspace.notebook + "/" + path
      let text = try String(contentsOfFile: file, encoding: .utf8)
      #expect(text.contains(old))
      try text.replacingOccurrences(of: old, with: new).write(
        toFile: file, atomically: false, encoding: .utf8)
    }
    _ = workspace.load()
    return (folder, workspace)
  }

  /// Appends a line to a note of Northwind Logistics.
  func edit(_ workspace: Workspace) throws {
    let path = workspace.notebook + "/northwind-logistics/2026-03-17-tomas-berg.md"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try (text + "\nOne more line.\n").write(toFile: path, atomically: false, encoding: .utf8)
  }

  /// The same workspace without its cache.
  func uncached(_ workspace: Workspace) -> Workspace {
    var options = workspace.options
    options.usesCache = false
    return Workspace(notebook: workspace.notebook, options: options)
  }

  @Test func unreadAccountsGiveTheSameNotebookAndAreReadWhenAsked() throws {
    let (folder, workspace) = try sample()
    defer { withExtendedLifetime(folder) {} }
    try edit(workspace)
    let partial = workspace.load(settingInterviewsAside: true, mayLeaveUnread: { $0.unchanged })
    let whole = uncached(workspace).load(settingInterviewsAside: true)
    #expect(partial.unreadAccounts == partial.notebook.accounts.count - 1)
    #expect(partial.notebook.diagnostics.contains { $0.file.hasPrefix("fernwood-foods/") })
    #expect(partial.notebook.diagnostics == whole.notebook.diagnostics)
    #expect(partial.notebook.skippedNotes == whole.notebook.skippedNotes)
    #expect(partial.notebook.noteCount == whole.notebook.noteCount)
    #expect(partial.notebook.confidentialFiles == whole.notebook.confidentialFiles)
    #expect(partial.noteDates == whole.noteDates)
    #expect(partial.inputs == whole.inputs)
    #expect(partial.openedThemes == whole.openedThemes)
    #expect(!partial.openedThemes.isEmpty)
    var interviews = 0
    for index in whole.notebook.accounts.indices {
      let read = try partial.account(at: index)
      let expected = try whole.account(at: index)
      #expect(read.id == expected.id)
      #expect(read.interviews == expected.interviews, "\(read.id)")
      interviews += read.interviews.count
    }
    #expect(interviews > 30)
    // Northwind's sealed theme is opened by a note of Harborview, which was not read.
    #expect(
      try partial.account(
        at: whole.notebook.accounts.firstIndex { $0.id == "northwind-logistics" }!
      )
      .interviews.contains { $0.themes.contains("onboarding-gap") })
    // The next load knows the edited account again, and the unread ones still.
    let next = workspace.load(mayLeaveUnread: { $0.unchanged })
    #expect(next.unreadAccounts == next.notebook.accounts.count)
    #expect(next.notebook.diagnostics == whole.notebook.diagnostics)
  }

  @Test func onlyTheAccountsTheCallerNamesStayUnread() throws {
    let (folder, workspace) = try sample()
    defer { withExtendedLifetime(folder) {} }
    try edit(workspace)
    let loaded = workspace.load(
      settingInterviewsAside: true,
      mayLeaveUnread: { preview in
        #expect(!preview.unchanged.contains("northwind-logistics"))
        return ["fernwood-foods", "northwind-logistics"]
      })
    #expect(loaded.unreadAccounts == 1)
    #expect(loaded.notebook.diagnostics == uncached(workspace).load().notebook.diagnostics)
  }

  @Test func aProfileThatCannotBeReadIsNotTakenForAMissingOne() throws {
    let (folder, workspace) = try sample()
    defer { withExtendedLifetime(folder) {} }
    let profile = workspace.notebook + "/fernwood-foods/account.md"
    try FileManager.default.removeItem(atPath: profile)
    let missing = try workspace.check()
    // A link to nowhere: listed as the profile, but it cannot be read.
    try FileManager.default.createSymbolicLink(
      atPath: profile, withDestinationPath: folder.root + "/nowhere.md")
    let unreadable = try workspace.check()
    #expect(unreadable.diagnostics == (try uncached(workspace).check()).diagnostics)
    #expect(unreadable.diagnostics != missing.diagnostics)
  }

  @Test func checkAfterAnEditSaysWhatACheckFromNothingSays() throws {
    let (folder, workspace) = try sample()
    defer { withExtendedLifetime(folder) {} }
    try edit(workspace)
    let checked = try workspace.check()
    let fresh = try uncached(workspace).check()
    #expect(checked.diagnostics.contains { $0.file.hasPrefix("fernwood-foods/") })
    #expect(checked.diagnostics == fresh.diagnostics)
    #expect(checked.noteCount == fresh.noteCount && checked.accountCount == fresh.accountCount)
  }
}

/// A load that keeps no interviews, as `check` makes, finds what a full load finds.
@Suite struct InterviewlessLoadTests {
  @Test func sameDiagnosticsDatesAndCountsWithoutInterviews() throws {
    let (folder, workspace) = try UnreadAccountsTests().sample()
    defer { withExtendedLifetime(folder) {} }
    for cached in [false, true] {
      let chosen = cached ? workspace : UnreadAccountsTests().uncached(workspace)
      let bare = chosen.load(interviews: .dropped, mayLeaveUnread: nil, sighting: nil)
      let whole = chosen.load(interviews: .kept, mayLeaveUnread: nil, sighting: nil)
      #expect(bare.notebook.accounts.allSatisfy { $0.interviews.isEmpty })
      #expect(whole.notebook.accounts.contains { !$0.interviews.isEmpty })
      #expect(bare.notebook.diagnostics == whole.notebook.diagnostics)
      #expect(!bare.notebook.diagnostics.isEmpty)
      #expect(bare.noteDates == whole.noteDates)
      #expect(bare.notebook.noteCount == whole.notebook.noteCount)
      #expect(bare.notebook.accounts.map(\.id) == whole.notebook.accounts.map(\.id))
      #expect(bare.notebook.skippedNotes == whole.notebook.skippedNotes)
    }
    // What such a load leaves in the cache serves a later load that reads nothing again.
    _ = workspace.load(interviews: .dropped, mayLeaveUnread: nil, sighting: nil)
    let reused = workspace.load(settingInterviewsAside: true, mayLeaveUnread: { $0.unchanged })
    let fresh = UnreadAccountsTests().uncached(workspace).load(settingInterviewsAside: true)
    #expect(reused.unreadAccounts == reused.notebook.accounts.count)
    #expect(reused.notebook.skippedNotes == fresh.notebook.skippedNotes)
    #expect(reused.notebook.diagnostics == fresh.notebook.diagnostics)
  }
}
