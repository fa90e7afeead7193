import RapportNotebook

/// Loads the notebook a command names, with the cache and progress line the options ask for.
struct NotebookSession {
  let options: NotebookOptions

  /// Loads the notebook, reusing and refreshing the on-disk cache unless `--no-cache`.
  func load() -> NotebookLoader.Result {
    let startedAt = wallClockNanoseconds()
    let store = CacheStore(notebook: options.notebook)
    let progress = ProgressLine()
    let cache: (@Sendable (Limits) -> NoteCache?)? =
      options.noCache
      ? nil
      : { @Sendable limits in
        store.load(key: NoteCache.key(version: RapportVersion.current, limits: limits))
      }
    let loader = NotebookLoader(jobs: options.threads, cache: cache) { done, total in
      progress.update(done: done, total: total)
    }
    let result = loader.load(root: options.notebook)
    progress.finish()
    if !options.noCache {
      let finalKey = NoteCache.key(
        version: RapportVersion.current, limits: result.notebook.settings.limits)
      store.save(result.cache, key: finalKey, startedAt: startedAt)
    }
    return result
  }
}
