import Foundation
import RapportNotebook
import RapportSystem

/// A notebook opened for work: its folder, its cache and the build of rapport reading it.
///
/// Every command (and the language server) goes through one: it loads the notebook once, reusing
/// what earlier runs cached, and the check, report, export and diff entry points work from it.
public final class Workspace: Sendable {
  /// How a workspace reads.
  public struct Options: Sendable {
    /// Files read at once (threads).
    public var jobs: Int
    /// Whether the cache of earlier runs is read and refreshed.
    public var usesCache: Bool
    /// The environment variables that choose the cache's folder (`RAPPORT_CACHE_DIR`,
    /// `XDG_CACHE_HOME`, `HOME`), passed in rather than read from the process.
    public var environment: [String: String]
    /// Called from worker threads with (notes read, notes in all).
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Largest cache file read whole; a larger one is read record by record (see `CacheStore`).
    /// A load that follows a look for changes reads records one by one from the file the look
    /// opened, whatever its size.
    var cacheReadWholeBytes = 64 << 20

    public init(
      jobs: Int = ProcessorCount.available, usesCache: Bool = true,
      environment: [String: String] = [:], progress: (@Sendable (Int, Int) -> Void)? = nil
    ) {
      self.jobs = max(1, jobs)
      self.usesCache = usesCache
      self.environment = environment
      self.progress = progress
    }
  }

  /// The notebook folder, as the user named it.
  public let notebook: String
  public let options: Options
  /// The folder notes are read from: the notebook itself, or a snapshot of it.
  public let root: String
  let store: CacheStore
  /// Whether the cache may be rewritten (not when reading a snapshot).
  let savesCache: Bool
  private let startedAt = Clock.wallNanoseconds()

  /// A workspace over `notebook`; `snapshot` reads a copy of it (such as the staged files) while
  /// still using, but never rewriting, the notebook's cache.
  public init(notebook: String, options: Options = Options(), snapshot: String? = nil) {
    self.notebook = notebook
    self.options = options
    store = CacheStore(notebook: notebook, environment: options.environment)
    root = snapshot ?? notebook
    savesCache = snapshot == nil
  }

  /// The settings in `rapport.yml` (defaults without one), with their diagnostics.
  public var settings: (settings: Settings, diagnostics: [Diagnostic]) {
    let read = NotebookLoader.settings(root: root)
    return (read.settings, read.diagnostics)
  }

  /// The cache for these limits, unless caching is off.
  func cache(limits: Limits) -> NoteCache? {
    guard options.usesCache else { return nil }
    return store.load(
      key: NoteCache.key(version: BuildIdentity.current, limits: limits),
      readWholeBytes: options.cacheReadWholeBytes)
  }

  /// The inputs and the remembered outcome of the last load, when no file changed since; else nil.
  ///
  /// Reads only the cache's index, never its records.
  public func unchanged() -> (inputs: NotebookInputs, lastRun: NoteCache.LastRun)? {
    lookForChanges().unchanged
  }

  /// `unchanged()`, and otherwise what looking found (when there was a cache to compare with), for
  /// the load that follows.
  func lookForChanges() -> (
    unchanged: (inputs: NotebookInputs, lastRun: NoteCache.LastRun)?, sighting: Sighting?
  ) {
    var timer = PhaseTimer()
    defer { timer.mark("check for changes") }
    guard options.usesCache else { return (nil, nil) }
    let settings = NotebookLoader.settings(root: root)
    let key = NoteCache.key(version: BuildIdentity.current, limits: settings.settings.limits)
    // The index only: records are read from the file if the load that follows uses them.
    guard let cache = store.load(key: key, readWholeBytes: 0) else { return (nil, nil) }
    let sighting = NotebookLoader.sight(
      NotebookLayout(root: root, jobs: options.jobs), root: root, cache: cache, cacheKey: key,
      jobs: options.jobs)
    guard let lastRun = cache.lastRun, let inputs = sighting.inputs(settingsHash: settings.hash),
      inputs.hash == lastRun.inputs
    else { return (nil, sighting) }
    return ((inputs, lastRun), nil)
  }

  /// Loads the notebook, reusing and refreshing the on-disk cache unless caching is off.
  ///
  /// `settingInterviewsAside` keeps the interviews in a temporary file rather than in the
  /// notebook, for a caller that reads them back one account at a time (`LoadedNotebook.account`);
  /// when no such file can be made or written, they are kept in the notebook as usual.
  ///
  /// `mayLeaveUnread` is given what is known once every account but the unchanged ones is read,
  /// and names those whose notes need not be read: the notebook then has their diagnostics,
  /// dates and counts from the cache, and `LoadedNotebook.account(at:)` reads their interviews
  /// only if asked.
  public func load(
    settingInterviewsAside: Bool = false,
    mayLeaveUnread: (@Sendable (NotebookLoader.Preview) -> Set<String>)? = nil
  ) -> LoadedNotebook {
    load(
      interviews: settingInterviewsAside ? .setAside : .kept, mayLeaveUnread: mayLeaveUnread,
      sighting: nil)
  }

  /// What a load does with each checked interview.
  enum Interviews {
    /// Kept in the notebook's accounts.
    case kept
    /// Kept in a temporary file until read back (kept in the notebook when no file can be made).
    case setAside
    /// Not kept: for a caller that wants only diagnostics, dates and counts.
    case dropped
  }

  /// `load`, starting from what looking for changes found when it is given.
  ///
  /// With `savingCacheAside`, the cache is written on a thread of its own while the caller goes
  /// on: it waits for `LoadedNotebook.cacheSaved` before the run ends.
  func load(
    interviews: Interviews,
    mayLeaveUnread: (@Sendable (NotebookLoader.Preview) -> Set<String>)?,
    sighting: consuming Sighting?, savingCacheAside: Bool = false
  ) -> LoadedNotebook {
    var loader = NotebookLoader(
      jobs: options.jobs, cache: { [self] in cache(limits: $0) }, progress: options.progress)
    loader.mayLeaveUnread = options.usesCache ? mayLeaveUnread : nil
    // Records of notes parsed now go straight to a new cache file, or are not made at all; it
    // carries the records still in use from the file the earlier cache was read from.
    let spool =
      savesCache && options.usesCache ? store.spool(carrying: sighting?.cache.sourceFile) : nil
    loader.sighting = consume sighting
    loader.records = spool.map { .spooled($0) } ?? .none
    switch interviews {
    case .kept: loader.interviews = .kept
    case .dropped: loader.interviews = .dropped
    case .setAside:
      loader.interviews = InterviewSpool(folder: temporaryFolder).map { .setAside($0) } ?? .kept
    }
    var timer = PhaseTimer()
    var result = loader.load(root: root)
    // What looking for changes found, the earlier cache's index above all, is not needed again.
    loader.sighting = nil
    timer.mark(
      "load notebook (\(result.parsedCount) parsed, \(result.unread?.indexes.count ?? 0) accounts unread)"
    )
    if let stored = result.stored, !stored.spool.finish() {
      // The temporary folder is full or failing: read again, keeping the interviews.
      spool?.discard()
      return load()
    }
    var saved: Background<Int>? = nil
    var carried: Int? = nil
    if let spool, result.cacheChanged {
      let key = NoteCache.key(
        version: BuildIdentity.current, limits: result.notebook.settings.limits)
      if savingCacheAside {
        let (cache, startedAt) = (result.cache, startedAt)
        saved = Background {
          spool.finish(cache, key: key, writtenAt: startedAt)
          return spool.carriedBytes
        }
      } else {
        spool.finish(result.cache, key: key, writtenAt: startedAt)
        carried = spool.carriedBytes
        timer.mark("save cache (\(spool.carriedBytes >> 10) KB of records carried)")
      }
    } else {
      spool?.discard()
    }
    let loaded = LoadedNotebook(
      notebook: result.notebook, inputs: result.inputs,
      // Only `diff`, which keeps the interviews, compares notes by content.
      contentHashes: interviews == .kept ? result.cache.entries.mapValues(\.contentHash) : [:],
      noteDates: result.noteDates,
      stored: result.stored, openedThemes: result.openedThemes, unread: result.unread,
      cacheSaved: saved, cacheCarried: carried)
    // The cache's records (and the file they were read from) are not needed again: dropping
    // them, and handing their pages back, keeps peak memory to the notebook's facts while reports
    // are rendered.
    result.cache = NoteCache()
    Memory.releaseFreed()
    timer.mark("release the cache")
    return loaded
  }

  /// The folder for temporary files: `TMPDIR` when set and not empty, else the system's.
  var temporaryFolder: String {
    guard let folder = options.environment["TMPDIR"], !folder.isEmpty else {
      return NSTemporaryDirectory()
    }
    return folder
  }

  /// Today where rapport runs: the machine's local date, or `RAPPORT_TODAY` in the environment.
  public var today: Day { Today.date(environment: options.environment) }
}

/// A loaded notebook with what it was made from.
public struct LoadedNotebook: Sendable {
  public var notebook: Notebook
  /// Hashes of every input, to tell whether outputs made from them are still current.
  public var inputs: NotebookInputs
  /// Each note's content hash, by notebook-relative path (for a load that keeps the interviews).
  public var contentHashes: [String: UInt64]
  /// Every note's date as written, for checks that depend on the day of the run.
  public var noteDates: [NoteDate] = []
  /// The interviews, when they were set aside rather than kept in `notebook`.
  var stored: StoredInterviews? = nil
  /// Per account id, a hash of the themes other notes open in its confidential notes: part of
  /// what its pages are made from, beyond its own files.
  var openedThemes: [String: UInt64] = [:]
  /// Accounts whose notes were left unread.
  var unread: UnreadAccounts? = nil
  /// The cache being written on a thread of its own (`savingCacheAside`); `value` waits for it,
  /// and gives the bytes of records it carried from the earlier cache file.
  var cacheSaved: Background<Int>? = nil
  /// The bytes of records the cache written during the load carried from the earlier cache file
  /// (when it was written then, not aside).
  var cacheCarried: Int? = nil

  /// Notes not left out but dated after `asOf`, by account id (the first folder of a note's
  /// path): a report as of that day is not made from them.
  public func notesDated(after asOf: Day) -> [String: Int] {
    let skipped = Set(notebook.skippedNotes)
    var counts: [String: Int] = [:]
    for note in noteDates where note.date.value > asOf && !skipped.contains(note.file) {
      counts[String(note.file.prefix { $0 != "/" }), default: 0] += 1
    }
    return counts
  }

  /// The notebook's account at `index`, with its interviews (read back if they were set aside,
  /// read now if they were left unread).
  public func account(at index: Int) throws(DriverError) -> Account {
    var account = notebook.accounts[index]
    if let interviews = unread?.interviews(at: index, profile: account.profile) {
      account.interviews = interviews
      return account
    }
    guard let stored else { return account }
    return try stored.filling(account, at: index)
  }

  /// How many accounts' notes were left unread.
  public var unreadAccounts: Int { unread?.indexes.count ?? 0 }
}

/// A failure a user can act on, worded for them; commands print it as `error: …`.
public struct DriverError: Error, CustomStringConvertible {
  public let description: String
  /// Whether the command line asked for something that is not there (an account that does not
  /// exist): a usage error, not a failure of the run.
  public let isUsage: Bool

  public init(_ description: String, isUsage: Bool = false) {
    self.description = description
    self.isUsage = isUsage
  }
}
