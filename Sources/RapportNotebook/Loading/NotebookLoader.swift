import Dispatch
import Synchronization

/// Loads a notebook folder: settings, profiles, and every note (in parallel, reusing a cache).
public struct NotebookLoader: Sendable {
  /// Files read at once (threads).
  public var jobs: Int
  /// Gives the notes remembered from an earlier run for the notebook's limits, or nil to parse all.
  public var cache: (@Sendable (Limits) -> NoteCache?)?
  /// Called from worker threads with (notes done, notes in all) as reading proceeds.
  public var progress: (@Sendable (Int, Int) -> Void)?

  public init(
    jobs: Int = 1, cache: (@Sendable (Limits) -> NoteCache?)? = nil,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) {
    self.jobs = max(1, jobs)
    self.cache = cache
    self.progress = progress
  }

  /// What a load produced: the notebook, the cache to keep, and fingerprints of what was read.
  public struct Result: Sendable {
    public var notebook: Notebook
    public var cache: NoteCache
    /// Notes parsed this time (the rest came from the cache).
    public var parsedCount: Int
    /// Hash of `rapport.yml`'s bytes (0 without one).
    public var settingsHash: UInt64
    /// Per account id: a hash of its profile's bytes and of its notes' paths and contents.
    public var accountHashes: [String: UInt64]
  }

  /// Loads the notebook in folder `root`.
  public func load(root: String) -> Result {
    let layout = NotebookLayout(root: root)
    let settingsFile = Self.settings(root: root)
    let settings = settingsFile.settings
    let paths = layout.accounts.flatMap(\.notes)
    let profiles = layout.accounts.compactMap(\.profile)
    let reader = FileReader(
      root: root, settings: settings, cache: cache?(settings.limits), progress: progress,
      total: paths.count)
    let (notes, profileResults, parsedCount) = reader.read(
      notes: paths, profiles: profiles, jobs: jobs)
    var diagnostics = layout.diagnostics + settingsFile.diagnostics
    var noteIndex = 0
    var profileIndex = 0
    var folders:
      [(
        folder: NotebookLayout.AccountFolder, profile: AccountProfile, profileHash: UInt64,
        notes: ArraySlice<NoteCache.Entry?>
      )] = []
    for folder in layout.accounts {
      var profile = AccountProfile()
      var profileHash: UInt64 = 0
      if folder.profile != nil {
        let loaded = profileResults[profileIndex]
        profile = loaded.profile
        profileHash = loaded.hash
        diagnostics += loaded.diagnostics
        profileIndex += 1
      }
      folders.append(
        (folder, profile, profileHash, notes[noteIndex..<noteIndex + folder.notes.count]))
      noteIndex += folder.notes.count
    }
    let resolved = Self.resolve(
      folders.map { ($0.folder.id, $0.profile, $0.notes) }, settings: settings, jobs: jobs)
    var accounts: [Account] = []
    var skipped = layout.unreadableNotes
    var accountHashes: [String: UInt64] = [:]
    for (folder, account) in zip(folders, resolved) {
      accounts.append(account.account)
      diagnostics += account.diagnostics
      skipped += account.skipped
      var hash = folder.profileHash
      for (path, entry) in zip(folder.folder.notes, folder.notes) {
        hash = ContentHash.of(path, seed: hash ^ (entry?.contentHash ?? 1))
        if entry == nil {
          diagnostics.append(
            Diagnostic(.fileUnreadable, file: path, at: nil, "cannot read this file"))
          skipped.append(path)
        }
      }
      accountHashes[folder.folder.id] = hash
    }
    let noteCount = paths.count + layout.unreadableNotes.count
    if noteCount == 0 {
      diagnostics.append(
        Diagnostic(
          .notebookEmpty, file: ".", at: nil,
          "no interview notes found: notes are Markdown files inside account folders"))
    }
    diagnostics.sort(by: Diagnostic.ordered)
    var newCache = NoteCache()
    newCache.entries.reserveCapacity(paths.count)
    for (path, entry) in zip(paths, notes) where entry != nil { newCache.entries[path] = entry }
    let notebook = Notebook(
      settings: settings, accounts: accounts, diagnostics: diagnostics, noteCount: noteCount,
      skippedNotes: skipped.sorted())
    return Result(
      notebook: notebook, cache: newCache, parsedCount: parsedCount,
      settingsHash: settingsFile.hash,
      accountHashes: accountHashes)
  }

  /// The settings in `root`'s `rapport.yml`, the diagnostics they raise, and a hash of its bytes.
  static func settings(
    root: String
  ) -> (settings: Settings, diagnostics: [Diagnostic], hash: UInt64) {
    guard FileSystem.exists(root + "/rapport.yml") else { return (Settings(), [], 0) }
    var buffer: [UInt8] = []
    switch FileSystem.read(root + "/rapport.yml", into: &buffer, maxBytes: Limits().maxNoteBytes) {
    case .success:
      let hash = buffer.withUnsafeBytes { ContentHash.of($0) }
      let source = buffer.withUnsafeBytes { SourceText(bytes: $0, file: "rapport.yml") }
      guard let text = source.text else { return (Settings(), source.diagnostics, hash) }
      let (parsed, found) = SettingsParser.parse(text, file: "rapport.yml")
      return (parsed, source.diagnostics + found, hash)
    case .failure(let error):
      return (
        Settings(),
        [Diagnostic(.fileUnreadable, file: "rapport.yml", at: nil, "cannot read: \(error.reason)")],
        0
      )
    }
  }

  /// One resolved account: its interviews, the diagnostics resolving raised, and notes left out.
  struct ResolvedAccount: Sendable {
    var account: Account
    var diagnostics: [Diagnostic]
    var skipped: [String]
  }

  /// Checks every account's notes against its roster and the settings, accounts in parallel.
  static func resolve(
    _ folders: [(id: String, profile: AccountProfile, notes: ArraySlice<NoteCache.Entry?>)],
    settings: Settings, jobs: Int
  ) -> [ResolvedAccount] {
    let results = Mutex<[ResolvedAccount?]>(Array(repeating: nil, count: folders.count))
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: min(max(1, jobs), max(1, folders.count))) { _ in
      while true {
        let index = next.add(1, ordering: .relaxed).oldValue
        guard index < folders.count else { break }
        let folder = folders[index]
        var resolver = NoteResolver(settings: settings, profile: folder.profile)
        var interviews: [Interview] = []
        var diagnostics: [Diagnostic] = []
        var skipped: [String] = []
        for entry in folder.notes {
          guard let note = entry?.note else { continue }
          diagnostics += note.diagnostics
          let before = resolver.diagnostics.count
          let interview = resolver.resolve(note)
          let newErrors = resolver.diagnostics[before...].contains { $0.severity == .error }
          if let interview, !note.hasErrors, !newErrors {
            interviews.append(interview)
          } else {
            skipped.append(note.file)
          }
        }
        diagnostics += resolver.diagnostics
        interviews.sort { ($0.date, $0.file) < ($1.date, $1.file) }
        let account = ResolvedAccount(
          account: Account(id: folder.id, profile: folder.profile, interviews: interviews),
          diagnostics: diagnostics,
          skipped: skipped)
        results.withLock { $0[index] = account }
      }
    }
    return results.withLock { $0.map { $0! } }
  }
}
