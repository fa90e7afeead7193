import RapportNotebook
import RapportSystem
import Synchronization

/// Loads the notebook a command names, with the cache and progress line the options ask for.
final class NotebookSession: Sendable {
  let options: NotebookOptions
  private let store: CacheStore
  private let startedAt = Clock.wallNanoseconds()
  /// The cache read from disk, kept so a fast check and a full load read it once.
  private let loadedCache = Mutex<NoteCache??>(nil)

  /// The folder notes are read from (the notebook itself, or a snapshot of it).
  let root: String
  /// Whether the cache may be rewritten (not when reading a snapshot).
  private let savesCache: Bool

  /// A session for `options.notebook`; `snapshot` reads a copy of it (such as the staged files)
  /// while still using, but never rewriting, the notebook's cache.
  init(options: NotebookOptions, snapshot: String? = nil) {
    self.options = options
    store = CacheStore(notebook: options.notebook)
    root = snapshot ?? options.notebook
    savesCache = snapshot == nil
  }

  /// The cache for these limits (read once), unless `--no-cache`.
  func cache(limits: Limits) -> NoteCache? {
    guard !options.noCache else { return nil }
    return loadedCache.withLock { cached in
      if let cached { return cached }
      let cache = store.load(key: NoteCache.key(version: BuildIdentity.current, limits: limits))
      cached = .some(cache)
      return cache
    }
  }

  /// The inputs and the remembered outcome of the last load, when no file changed since; else nil.
  func unchanged() -> (inputs: NotebookInputs, lastRun: NoteCache.LastRun)? {
    var timer = PhaseTimer()
    defer { timer.mark("check for changes") }
    let limits = NotebookLoader.settings(root: root).settings.limits
    guard let cache = cache(limits: limits), let lastRun = cache.lastRun,
      let inputs = NotebookLoader.unchangedInputs(root: root, cache: cache),
      inputs.hash == lastRun.inputs
    else { return nil }
    return (inputs, lastRun)
  }

  /// Loads the notebook, reusing and refreshing the on-disk cache unless `--no-cache`.
  func load() -> NotebookLoader.Result {
    let progress = ProgressLine()
    let loader = NotebookLoader(jobs: options.threads, cache: { [self] in cache(limits: $0) }) {
      done, total in
      progress.update(done: done, total: total)
    }
    var timer = PhaseTimer()
    var result = loader.load(root: root)
    progress.finish()
    timer.mark("load notebook (\(result.parsedCount) parsed)")
    if savesCache && !options.noCache && result.cacheChanged {
      let key = NoteCache.key(
        version: BuildIdentity.current, limits: result.notebook.settings.limits)
      store.save(result.cache, key: key, startedAt: startedAt)
      timer.mark("save cache")
    }
    // Once saved, the cache's records (and the file they were read from) are not needed again:
    // freeing them keeps peak memory to the notebook's facts while reports are rendered.
    result.cache = NoteCache()
    loadedCache.withLock { $0 = .some(nil) }
    return result
  }
}
