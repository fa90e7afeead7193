import RapportNotebook
import RapportSystem

extension Workspace {
  /// Checks the notebook and keeps the diagnostics `scope` asks for.
  public func check(_ scope: CheckScope = .everything) throws -> CheckOutcome {
    var workspace = self
    var snapshot: ScratchFolder? = nil
    var changed: ChangedFiles? = nil
    switch scope {
    case .everything:
      break
    case .changed(let since):
      let repository = try repository()
      let base = try gitCall { try since.map(repository.commit) ?? repository.defaultBase() }
      changed = ChangedFiles(paths: Set(repository.changedFiles(since: base)))
    case .staged:
      let repository = try repository()
      let folder = try ScratchFolder(purpose: "staged")
      snapshot = folder
      try gitCall { try repository.exportStaged(into: folder.path + "/index") }
      workspace = Workspace(
        notebook: notebook, options: options,
        snapshot: repository.notebook(in: folder.path + "/index"))
      changed = ChangedFiles(paths: Set(repository.stagedFiles()))
    }
    let found: (diagnostics: [Diagnostic], notes: Int, accounts: Int, dates: [NoteDate])
    var looked = workspace.lookForChanges()
    var saved: Background<Int>? = nil
    if let (_, last) = looked.unchanged {
      found = (last.diagnostics, last.noteCount, last.accountCount, last.noteDates)
    } else {
      // Only diagnostics, dates and counts are wanted: unchanged accounts are not read again,
      // and no interview is kept. The cache is written while the findings are sorted out.
      let loaded = workspace.load(
        interviews: .dropped, mayLeaveUnread: { $0.unchanged }, sighting: looked.sighting.take(),
        savingCacheAside: true)
      let notebook = loaded.notebook
      found = (notebook.diagnostics, notebook.noteCount, notebook.accounts.count, loaded.noteDates)
      saved = loaded.cacheSaved
    }
    defer { _ = saved?.value }
    // What depends on the day of the run is checked now, after the cache, never kept in it.
    var diagnostics = found.diagnostics
    let future = NoteDateFuture.diagnostics(for: found.dates, today: today)
    if !future.isEmpty { diagnostics = (diagnostics + future).sorted(by: Diagnostic.ordered) }
    if let changed { diagnostics = diagnostics.filter(changed.affects) }
    return CheckOutcome(
      diagnostics: diagnostics, noteCount: found.notes, accountCount: found.accounts,
      changedFiles: changed?.paths.count, root: workspace.root, snapshot: snapshot)
  }

  /// The git repository holding the notebook, or an error saying it is not in one.
  func repository() throws -> GitRepository {
    try gitCall { try GitRepository(folder: notebook) }
  }
}
