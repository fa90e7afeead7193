import Dispatch
import RapportNotebook
import RapportSystem
import Synchronization

/// Loads a notebook folder: settings, profiles, and every note (in parallel, reusing a cache).
public struct NotebookLoader: Sendable {
  /// Files read at once (threads).
  public var jobs: Int
  /// Gives what an earlier run remembered for the notebook's limits, or nil to parse everything.
  public var cache: (@Sendable (Limits) -> NoteCache?)?
  /// Called from worker threads with (notes done, notes in all) as reading proceeds.
  public var progress: (@Sendable (Int, Int) -> Void)?
  /// What becomes of each parsed note's cache record.
  var records = Records.kept
  /// Given what is known once the other notes are read, the ids of the accounts none of whose
  /// files changed that need not be read (their reports are kept, say); nil reads every account.
  var mayLeaveUnread: (@Sendable (Preview) -> Set<String>)? = nil
  /// Whether checked interviews are kept, set aside or dropped.
  var interviews = Interviews.kept
  /// What looking for changes found just before, if it did: its listing of the files is used,
  /// and so are its cache and its unchanged notes when the cache was read for these limits.
  var sighting: Sighting? = nil

  /// What becomes of each checked interview.
  enum Interviews: Sendable {
    /// Kept in the notebook's accounts.
    case kept
    /// Set aside in a temporary file while the rest is read (see `StoredInterviews`).
    case setAside(InterviewSpool)
    /// Not kept at all: a caller that wants only diagnostics, dates and counts (`check`) holds
    /// none, so memory stays flat however large the notebook.
    case dropped
  }

  /// What becomes of each parsed note's cache record.
  enum Records: Sendable {
    /// Kept in the result's cache, for a caller that writes it whole.
    case kept
    /// Written to a cache file as the note is read, and not held.
    case spooled(CacheSpool)
    /// Not made: nothing will be cached.
    case none
  }

  public init(
    jobs: Int = 1, cache: (@Sendable (Limits) -> NoteCache?)? = nil,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) {
    self.jobs = max(1, jobs)
    self.cache = cache
    self.progress = progress
  }

  /// What a load produced: the notebook, what it was made from, and the cache to keep.
  public struct Result: Sendable {
    public var notebook: Notebook
    public var inputs: NotebookInputs
    /// The cache to save for the next run.
    public var cache: NoteCache
    /// Whether `cache` differs from the one the load started from (so it is worth saving).
    public var cacheChanged: Bool
    /// Notes parsed this time (the rest came from the cache).
    public var parsedCount: Int
    /// Every note's date as written, by path, for the checks made afresh on each run.
    public var noteDates: [NoteDate]
    /// The interviews set aside, when they were: the notebook's accounts then have none.
    var stored: StoredInterviews?
    /// Per account id, a hash of the themes other notes open in its confidential notes (see
    /// `openThemes`): its pages show them, so a note in another account can change them.
    var openedThemes: [String: UInt64] = [:]
    /// The accounts whose notes were not read, and how to read them if they are needed after all.
    var unread: UnreadAccounts? = nil
  }

  /// Loads the notebook in folder `root` (as `sighting` lists its files, when it is given).
  public func load(root: String) -> Result {
    let layout = sighting?.layout ?? NotebookLayout(root: root, jobs: jobs)
    let settingsFile = Self.settings(root: root)
    let settings = settingsFile.settings
    let key = NoteCache.key(version: BuildIdentity.current, limits: settings.limits)
    // Its cache and unchanged notes serve only a load under the same limits.
    let sighted = sighting.flatMap { $0.cacheKey == key ? $0 : nil }
    let old = sighted?.cache ?? cache?(settings.limits)
    let reader = FileReader(
      root: root, settings: settings, settingsHash: settingsFile.hash, cache: old,
      records: records, interviews: interviews, progress: progress)
    let folders = layout.accounts
    let profiles = reader.profiles(folders, jobs: jobs)
    // Accounts none of whose files changed, with what their notes gave last time: once the rest
    // is read, those the caller can do without are not read at all.
    let remembered =
      mayLeaveUnread == nil
      ? [:]
      : Self.remembered(
        folders, profiles: profiles, root: root, cache: old, settingsHash: settingsFile.hash,
        limits: settings.limits, sighted: sighted?.unchangedNotes, jobs: jobs)
    var notes = reader.notes(
      folders, profiles: profiles,
      indexes: folders.indices.filter { remembered[$0] == nil }, jobs: jobs)
    // What each account read gives the notebook, and its input hash: worked out once.
    var outcomes = [(notes: AccountNotes, hash: UInt64)?](repeating: nil, count: folders.count)
    func summarize(_ read: [[FileReader.Note]?]) {
      for (index, notes) in read.enumerated() {
        guard let notes else { continue }
        outcomes[index] = (
          Self.outcome(of: notes, paths: folders[index].notes),
          NotebookInputs.accountHash(
            profile: profiles[index]?.hash ?? 0,
            notes: zip(folders[index].notes, notes).map { ($0, $1.entry?.contentHash) },
            brokenLinks: folders[index].brokenLinks)
        )
      }
    }
    summarize(notes)
    var unread: [Int: Remembered] = [:]
    if let mayLeaveUnread, !remembered.isEmpty {
      let preview = Self.preview(
        layout, settings: settings, settingsHash: settingsFile.hash,
        outcomes: folders.indices.map {
          outcomes[$0] ?? (remembered[$0]!.notes, remembered[$0]!.hash)
        },
        unchanged: Set(remembered.keys.map { folders[$0].id }))
      let allowed = mayLeaveUnread(preview)
      unread = remembered.filter { allowed.contains(folders[$0.key].id) }
      let more = reader.notes(
        folders, profiles: profiles,
        indexes: remembered.keys.filter { unread[$0] == nil }.sorted(), jobs: jobs)
      summarize(more)
      for (index, read) in more.enumerated() where read != nil { notes[index] = read }
    }
    var diagnostics = layout.diagnostics + settingsFile.diagnostics
    var newCache = NoteCache()
    var changed = old == nil
    var accounts: [Account] = []
    var accountHashes: [String: UInt64] = [:]
    var skipped = layout.unreadableNotes
    var skippedByAccount: [String: Int] = [:]
    var confidential = Set<String>()
    var noteDates: [NoteDate] = []
    var parsedCount = 0
    var places: [[InterviewSpool.Place]] = []
    var shown: [String: String] = [:]
    var sealed: [[String]] = []
    for (index, folder) in folders.enumerated() {
      var profile = AccountProfile()
      var profileHash: UInt64 = 0
      if let path = folder.profile, let loaded = profiles[index] {
        profile = loaded.profile
        profileHash = loaded.hash
        diagnostics += loaded.diagnostics
        if let entry = loaded.entry { newCache.profiles[path] = entry }
        changed = changed || loaded.isNew
      }
      let outcome: AccountNotes
      let hash: UInt64
      var interviews: [Interview] = []
      var stored: [(date: Day, file: String, place: InterviewSpool.Place)] = []
      if let kept = unread[index] {
        (outcome, hash) = (kept.notes, kept.hash)
        for (path, entry) in kept.entries { newCache.entries[path] = entry }
        newCache.accounts[folder.id] = old?.accounts[folder.id]
        changed = changed || kept.refreshed
      } else {
        (outcome, hash) =
          outcomes[index]
          ?? (
            AccountNotes(),
            NotebookInputs.accountHash(
              profile: profileHash, notes: [], brokenLinks: folder.brokenLinks)
          )
        for (path, note) in zip(folder.notes, notes[index] ?? []) {
          changed = changed || note.isNew
          if note.isParsed { parsedCount += 1 }
          if let entry = note.entry { newCache.entries[path] = entry }
          if let interview = note.interview {
            interviews.append(interview)
          } else if let set = note.stored {
            stored.append((set.date, path, set.place))
          }
        }
        let key = AccountNotes.key(accountHash: hash, settingsHash: settingsFile.hash)
        changed = changed || old?.accounts[folder.id]?.key != key
        newCache.accounts[folder.id] = NoteCache.AccountEntry(key: key, notes: outcome)
      }
      accountHashes[folder.id] = hash
      diagnostics += outcome.diagnostics
      skipped += outcome.skipped
      // Broken links are in `skipped` already (the layout's unreadable notes).
      let left = outcome.skipped.count + folder.brokenLinks.count
      if left > 0 { skippedByAccount[folder.id] = left }
      confidential.formUnion(outcome.confidential)
      noteDates += outcome.noteDates
      for theme in outcome.shownThemes { shown[Seal.seal(theme)] = theme }
      sealed.append(outcome.sealedThemes)
      interviews.sort { Self.inOrder(($0.date, $0.file), ($1.date, $1.file)) }
      places.append(
        stored.sorted { Self.inOrder(($0.date, $0.file), ($1.date, $1.file)) }.map(\.place))
      accounts.append(Account(id: folder.id, profile: profile, interviews: interviews))
    }
    let noteCount = folders.reduce(0) { $0 + $1.notes.count } + layout.unreadableNotes.count
    if let empty = NotebookEmpty.check(noteCount: noteCount) { diagnostics.append(empty) }
    diagnostics.sort(by: Diagnostic.ordered)
    skipped.sort()
    noteDates.sort { $0.file < $1.file }
    let inputs = NotebookInputs(
      settingsHash: settingsFile.hash, layoutHash: NotebookInputs.layoutHash(layout),
      accountHashes: accountHashes)
    newCache.lastRun = NoteCache.LastRun(
      inputs: inputs.hash, diagnostics: diagnostics, noteCount: noteCount,
      accountCount: accounts.count,
      skippedNotes: skipped, noteDates: noteDates)
    if let old {
      changed =
        changed || old.entries.count != newCache.entries.count
        || old.profiles.count != newCache.profiles.count
        || old.accounts.count != newCache.accounts.count
        || old.lastRun != newCache.lastRun
    }
    let known = Self.openThemes(of: &accounts, known: shown)
    var notebook = Notebook(
      settings: settings, accounts: accounts, diagnostics: diagnostics, noteCount: noteCount,
      skippedNotes: skipped)
    notebook.confidentialFiles = confidential
    notebook.skippedByAccount = skippedByAccount
    return Result(
      notebook: notebook, inputs: inputs, cache: newCache, cacheChanged: changed,
      parsedCount: parsedCount, noteDates: noteDates,
      stored: interviews.spool.map { StoredInterviews(spool: $0, places: places, known: known) },
      openedThemes: Self.openedThemes(folders.map(\.id), sealed: sealed, known: known),
      unread: unread.isEmpty
        ? nil
        : UnreadAccounts(
          reader: reader, cache: { [cache] in cache?(settings.limits) }, folders: folders,
          indexes: Set(unread.keys), known: known))
  }

  /// An account's interviews are ordered by date, then file.
  static func inOrder(_ a: (date: Day, file: String), _ b: (date: Day, file: String)) -> Bool {
    (a.date, a.file) < (b.date, b.file)
  }

  /// Gives confidential interviews the themes (and win-loss reasons) they share with other notes;
  /// a theme only confidential notes raise stays sealed there and is dropped: its name is itself
  /// a secret. `known` adds themes of notes set aside; returns every theme known, by its seal.
  static func openThemes(
    of accounts: inout [Account], known more: [String: String] = [:]
  ) -> [String: String] {
    var known = more
    for account in accounts {
      for interview in account.interviews {
        for theme in interview.themesShown { known[Seal.seal(theme)] = theme }
      }
    }
    for a in accounts.indices {
      accounts[a].sealedNames = open(&accounts[a].interviews, of: accounts[a].profile, known: known)
    }
    return known
  }

  /// One account's interviews (by date, then file) as outputs may show them: confidential ones'
  /// sealed themes and reasons opened where `known` names them, their people labelled
  /// (`Withheld`). Returns the seals of those people's names.
  @discardableResult
  static func open(
    _ interviews: inout [Interview], of profile: AccountProfile, known: [String: String]
  ) -> Set<String> {
    for i in interviews.indices where interviews[i].confidential {
      open(&interviews[i], known: known)
    }
    return Withheld.label(&interviews, roster: profile.contacts, team: profile.team)
  }

  /// Opens a confidential interview's sealed themes and reasons that `known` names. One already
  /// open (a codebook theme, which the note's words are matched against) stays only when an open
  /// note raises it too: the codebook is no secret, but that this note raised it is.
  static func open(_ interview: inout Interview, known: [String: String]) {
    func open(_ themes: [String]) -> [String] {
      var result: [String] = []
      for theme in themes {
        let word = known[Seal.isSealed(theme) ? theme : Seal.seal(theme)]
        if let word, !result.contains(word) { result.append(word) }
      }
      return result
    }
    interview.themes = open(interview.themes).sorted()
    interview.reasons = open(interview.reasons)
  }

  /// The settings in `root`'s `rapport.yml`, the diagnostics they raise, and a hash of its bytes.
  public static func settings(
    root: String
  ) -> (settings: Settings, diagnostics: [Diagnostic], hash: UInt64) {
    guard FileSystem.exists(root + "/rapport.yml") else { return (Settings(), [], 0) }
    if let outside = NotebookLayout.settingsOutside(root: root) {
      return (Settings(), [outside], 0)
    }
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
        [FileUnreadable.file("rapport.yml", reason: error.reason)],
        0
      )
    }
  }
}

extension NotebookLoader.Interviews {
  /// The file interviews are set aside in, when they are.
  var spool: InterviewSpool? {
    if case .setAside(let spool) = self { spool } else { nil }
  }
}
