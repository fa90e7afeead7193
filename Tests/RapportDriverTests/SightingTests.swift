import Foundation
import RapportNotebook
import RapportTestSupport
import Testing

@testable import RapportDriver

/// Looking for changes examines every account, and the load that follows starts from what it
/// found: the notebook is the same as one loaded without it.
@Suite struct SightingTests {
  @Test func theLoadStartsFromWhatLookingFoundAndGivesTheSameNotebook() throws {
    let (folder, sample) = try UnreadAccountsTests().sample()
    defer { withExtendedLifetime(folder) {} }
    // Files changed within two seconds of the run that wrote the cache are examined by their
    // bytes, not their times: the cache is written again (an edit makes it new) by a run that
    // starts once the sample's files are older than that.
    Thread.sleep(forTimeInterval: 2.1)
    let workspace = Workspace(notebook: sample.notebook, options: sample.options)
    try UnreadAccountsTests().edit(workspace)
    _ = workspace.load()
    try UnreadAccountsTests().edit(workspace)
    let looked = workspace.lookForChanges()
    #expect(looked.unchanged == nil)
    let sighting = try #require(looked.sighting)
    let accounts = sighting.layout.accounts.map(\.id)
    let edited = try #require(accounts.firstIndex(of: "northwind-logistics"))
    // Every account is examined, also those after the first change.
    for (index, notes) in sighting.unchangedNotes.enumerated() {
      #expect((notes == nil) == (index == edited), "\(accounts[index])")
    }
    #expect(sighting.accountHashes.filter { $0 == nil }.count == 1)
    let loaded = workspace.load(
      interviews: .setAside, mayLeaveUnread: { $0.unchanged }, sighting: sighting)
    #expect(loaded.unreadAccounts == accounts.count - 1)
    let whole = UnreadAccountsTests().uncached(workspace).load(settingInterviewsAside: true)
    #expect(loaded.notebook.diagnostics == whole.notebook.diagnostics)
    #expect(loaded.inputs == whole.inputs)
    #expect(loaded.noteDates == whole.noteDates)
    for index in whole.notebook.accounts.indices {
      #expect(try loaded.account(at: index).interviews == whole.account(at: index).interviews)
    }
    // The cache it wrote carried the unchanged notes' records, and every record reads back.
    #expect((loaded.cacheCarried ?? 0) > 0)
    let written = try #require(workspace.store.load(key: sighting.cacheKey, readWholeBytes: 0))
    #expect(written.entries.count == whole.notebook.noteCount)
    for (path, entry) in written.entries { #expect(entry.note(file: path) != nil, "\(path)") }
    for (path, profile) in written.profiles { #expect(profile.profile(file: path) != nil) }
    for (id, account) in written.accounts { #expect(account.notes() != nil, "\(id)") }
  }

  @Test func aSightingUnderOtherLimitsLeavesTheCacheToTheLoad() throws {
    let (folder, workspace) = try UnreadAccountsTests().sample()
    defer { withExtendedLifetime(folder) {} }
    try UnreadAccountsTests().edit(workspace)
    var sighting = try #require(workspace.lookForChanges().sighting)
    // A cache read for other limits, and notes it claims are unchanged: neither is used.
    sighting.cacheKey += " other"
    sighting.cache = NoteCache()
    sighting.unchangedNotes = sighting.unchangedNotes.map { _ in [] }
    let loaded = workspace.load(
      interviews: .kept, mayLeaveUnread: { $0.unchanged }, sighting: sighting)
    let whole = UnreadAccountsTests().uncached(workspace).load()
    #expect(loaded.notebook.diagnostics == whole.notebook.diagnostics)
    #expect(loaded.inputs == whole.inputs)
    #expect(loaded.unreadAccounts == whole.notebook.accounts.count - 1)
  }
}
