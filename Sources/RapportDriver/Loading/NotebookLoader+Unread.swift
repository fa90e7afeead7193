import RapportNotebook
import RapportSystem
import Synchronization

extension NotebookLoader {
  /// An account none of whose files changed since the cache was written, with what its notes gave
  /// the last load.
  struct Remembered: Sendable {
    var notes: AccountNotes
    /// Its input hash (`NotebookInputs.accountHash`).
    var hash: UInt64
    /// Its notes' cache entries, by path.
    var entries: [(String, NoteCache.Entry)]
    /// Whether a note's fingerprint moved (so the cache has something to learn).
    var refreshed: Bool
  }

  /// What is known of the notebook once every account but the unchanged ones is read: enough to
  /// tell what the unchanged accounts' outputs are made from.
  public struct Preview: Sendable {
    /// The settings in `rapport.yml`.
    public var settings: Settings
    /// Hashes of every input, unread accounts' included.
    public var inputs: NotebookInputs
    /// Notes found, readable or not.
    public var noteCount: Int
    /// As in `Result.openedThemes`.
    public var openedThemes: [String: UInt64]
    /// The unchanged accounts, which may stay unread.
    public var unchanged: Set<String>
  }

  /// The accounts (by index) none of whose files changed since `cache` was written and whose notes'
  /// outcomes it holds for these settings. Costs a `stat` of their notes, but for the accounts
  /// whose notes `sighted` (by folder) found unchanged in `cache` already.
  static func remembered(
    _ folders: [NotebookLayout.AccountFolder], profiles: [FileReader.Profile?], root: String,
    cache: NoteCache?, settingsHash: UInt64, limits: Limits,
    sighted: [[(String, NoteCache.Entry)]?]? = nil, jobs: Int
  ) -> [Int: Remembered] {
    guard let cache, !cache.accounts.isEmpty else { return [:] }
    let found = Parallel.map(count: folders.count, jobs: jobs, scratch: { [UInt8]() }) {
      index, buffer -> Remembered? in
      let folder = folders[index]
      guard let stored = cache.accounts[folder.id] else { return nil }
      var entries: [(String, NoteCache.Entry)] = []
      var refreshed = false
      if let seen = sighted?[index] ?? nil {
        entries = seen
      } else {
        // Touched, checked out again, or too recent to trust its times: known by its bytes.
        guard
          let found = unchangedEntries(
            of: folder, root: root, cache: cache, rehashingUpTo: limits.maxNoteBytes,
            buffer: &buffer)
        else { return nil }
        (entries, refreshed) = found
      }
      let hash = NotebookInputs.accountHash(
        profile: profiles[index]?.hash ?? 0, notes: entries.map { ($0.0, $0.1.contentHash) },
        brokenLinks: folder.brokenLinks)
      guard stored.key == AccountNotes.key(accountHash: hash, settingsHash: settingsHash),
        let notes = stored.notes()
      else { return nil }
      return Remembered(notes: notes, hash: hash, entries: entries, refreshed: refreshed)
    }
    var remembered: [Int: Remembered] = [:]
    for (index, account) in found.enumerated() { remembered[index] = account }
    return remembered
  }

  /// The cache entries of `folder`'s notes when none of them changed since `cache` was written
  /// (as `unchangedEntry` tells), and whether any entry took a file's new fingerprint; nil at the
  /// first note that changed.
  static func unchangedEntries(
    of folder: NotebookLayout.AccountFolder, root: String, cache: NoteCache,
    rehashingUpTo maxBytes: Int?, buffer: inout [UInt8]
  ) -> (entries: [(String, NoteCache.Entry)], refreshed: Bool)? {
    var entries: [(String, NoteCache.Entry)] = []
    entries.reserveCapacity(folder.notes.count)
    var refreshed = false
    var cursor = FolderCursor(root: root)
    for path in folder.notes {
      guard
        let (entry, moved) = unchangedEntry(
          path, root: root, cache: cache, rehashingUpTo: maxBytes, buffer: &buffer,
          cursor: &cursor)
      else { return nil }
      entries.append((path, entry))
      refreshed = refreshed || moved
    }
    return (entries, refreshed)
  }

  /// The cache entry of the note at `path` when the file is unchanged since `cache` was written:
  /// by its fingerprint, or else, up to `rehashingUpTo` bytes, by its content hash, which gives
  /// the entry the file's new fingerprint (`moved`). Nil when it changed or cannot be examined.
  /// `cursor` (over `root`) examines the file.
  static func unchangedEntry(
    _ path: String, root: String, cache: NoteCache, rehashingUpTo maxBytes: Int?,
    buffer: inout [UInt8], cursor: inout FolderCursor
  ) -> (entry: NoteCache.Entry, moved: Bool)? {
    guard let fingerprint = cursor.fingerprint(path) else { return nil }
    if let entry = cache.entry(for: path, fingerprint: fingerprint) { return (entry, false) }
    guard let maxBytes,
      case .success(let read) = FileSystem.read(
        root + "/" + path, into: &buffer,
        maxBytes: min(maxBytes, cache.entries[path]?.fingerprint.size ?? 0)),
      read.size == buffer.count,
      var entry = cache.entry(for: path, contentHash: buffer.withUnsafeBytes { ContentHash.of($0) })
    else { return nil }
    entry.fingerprint = read
    return (entry, true)
  }

  /// What the notebook will be, from what each account's notes give it and its input hash
  /// (`outcomes`, in the accounts' order, read or remembered), with the `unchanged` ones' ids.
  static func preview(
    _ layout: NotebookLayout, settings: Settings, settingsHash: UInt64,
    outcomes: [(notes: AccountNotes, hash: UInt64)], unchanged: Set<String>
  ) -> Preview {
    var hashes: [String: UInt64] = [:]
    var shown: [String: String] = [:]
    for (folder, outcome) in zip(layout.accounts, outcomes) {
      hashes[folder.id] = outcome.hash
      for theme in outcome.notes.shownThemes { shown[Seal.seal(theme)] = theme }
    }
    return Preview(
      settings: settings,
      inputs: NotebookInputs(
        settingsHash: settingsHash, layoutHash: NotebookInputs.layoutHash(layout),
        accountHashes: hashes),
      noteCount: layout.accounts.reduce(0) { $0 + $1.notes.count } + layout.unreadableNotes.count,
      openedThemes: openedThemes(
        layout.accounts.map(\.id), sealed: outcomes.map(\.notes.sealedThemes), known: shown),
      unchanged: unchanged)
  }

  /// What an account's notes (read, at `paths`) give the notebook besides their interviews.
  static func outcome(of notes: [FileReader.Note], paths: [String]) -> AccountNotes {
    var outcome = AccountNotes()
    var shown = Set<String>()
    var sealed = Set<String>()
    for (path, note) in zip(paths, notes) {
      outcome.diagnostics += note.diagnostics
      if note.entry == nil { outcome.diagnostics.append(FileUnreadable.note(path)) }
      if note.confidential { outcome.confidential.append(path) }
      if let date = note.date {
        outcome.noteDates.append(
          NoteDate(
            file: path, date: date, confidential: note.confidential,
            confidentialAssumed: note.confidentialAssumed,
            confidentialMarked: note.confidentialMarked))
      }
      if !note.gaveInterview { outcome.skipped.append(path) }
      shown.formUnion(note.shownThemes)
      sealed.formUnion(note.sealedThemes)
    }
    outcome.shownThemes = shown.sorted()
    outcome.sealedThemes = sealed.sorted()
    return outcome
  }

  /// Per account id, a hash of the themes `known` opens among the seals its confidential
  /// interviews keep (`sealed`, in the accounts' order); accounts without any are left out.
  static func openedThemes(
    _ ids: [String], sealed: [[String]], known: [String: String]
  ) -> [String: UInt64] {
    var opened: [String: UInt64] = [:]
    for (id, seals) in zip(ids, sealed) where !seals.isEmpty {
      opened[id] = seals.reduce(0) { ContentHash.of(known[$1] ?? "", seed: $0) }
    }
    return opened
  }
}

/// Accounts whose notes a load left unread, and how to read them should they be needed after
/// all (a report that could not be kept, say).
struct UnreadAccounts: Sendable {
  /// Reads notes as the load did, but sets nothing aside and has no cache of its own.
  let reader: FileReader
  /// The cache, read again only if an unread account is needed: holding the load's own until
  /// then would keep every note's entry in memory for the whole run.
  let cache: OnDemand<NoteCache?>
  /// Every account folder, in the notebook's order.
  let folders: [NotebookLayout.AccountFolder]
  /// The unread accounts, by their position in `folders`.
  let indexes: Set<Int>
  /// Themes that notes other than confidential ones raise, by their seal.
  let known: [String: String]

  init(
    reader: FileReader, cache: @escaping @Sendable () -> NoteCache?,
    folders: [NotebookLayout.AccountFolder], indexes: Set<Int>, known: [String: String]
  ) {
    self.reader = reader.settingNothingAside(cache: nil)
    self.cache = OnDemand(cache)
    self.folders = folders
    self.indexes = indexes
    self.known = known
  }

  /// The interviews of unread account `index` (with `profile`), by date then file; nil when
  /// it was read.
  func interviews(at index: Int, profile: AccountProfile) -> [Interview]? {
    guard indexes.contains(index) else { return nil }
    let reader = reader.settingNothingAside(cache: cache.value)
    let context = NoteContext(settings: reader.settings, profile: profile)
    var buffer: [UInt8] = []
    var interviews = folders[index].notes.compactMap {
      reader.note($0, context: context, buffer: &buffer).interview
    }
    interviews.sort { NotebookLoader.inOrder(($0.date, $0.file), ($1.date, $1.file)) }
    NotebookLoader.open(&interviews, of: profile, known: known)
    return interviews
  }
}

/// A value worked out the first time it is asked for, once, from any thread.
final class OnDemand<Value: Sendable>: Sendable {
  private let make: @Sendable () -> Value
  private let made = Mutex<Value?>(nil)

  init(_ make: @escaping @Sendable () -> Value) { self.make = make }

  /// The value, made now if it was not yet.
  var value: Value {
    made.withLock {
      if let value = $0 { return value }
      let value = make()
      $0 = value
      return value
    }
  }
}
