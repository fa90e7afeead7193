import Dispatch
import Synchronization

/// Loads a notebook folder: settings, profiles, and every note (in parallel, reusing a cache).
public struct NotebookLoader: Sendable {
  /// Notes read at once (threads).
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

  /// What a load produced: the notebook, and the cache to keep for next time.
  public struct Result: Sendable {
    public var notebook: Notebook
    public var cache: NoteCache
    /// Notes parsed this time (the rest came from the cache).
    public var parsedCount: Int
  }

  /// The settings in `root`'s `rapport.yml` with the diagnostics they raise.
  static func settings(root: String) -> (settings: Settings, diagnostics: [Diagnostic]) {
    guard FileSystem.exists(root + "/rapport.yml") else { return (Settings(), []) }
    var buffer: [UInt8] = []
    switch FileSystem.read(root + "/rapport.yml", into: &buffer, maxBytes: Limits().maxNoteBytes) {
    case .success:
      let source = buffer.withUnsafeBytes { SourceText(bytes: $0, file: "rapport.yml") }
      guard let text = source.text else { return (Settings(), source.diagnostics) }
      let (parsed, found) = SettingsParser.parse(text, file: "rapport.yml")
      return (parsed, source.diagnostics + found)
    case .failure(let error):
      return (
        Settings(),
        [Diagnostic(.fileUnreadable, file: "rapport.yml", at: nil, "cannot read: \(error.reason)")]
      )
    }
  }

  /// Loads the notebook in folder `root`.
  public func load(root: String) -> Result {
    let layout = NotebookLayout(root: root)
    let (settings, settingsDiagnostics) = Self.settings(root: root)
    var diagnostics = layout.diagnostics + settingsDiagnostics
    let paths = layout.accounts.flatMap(\.notes)
    let (entries, parsedCount) = readNotes(
      paths, root: root, limits: settings.limits, cache: cache?(settings.limits))
    var accounts: [Account] = []
    var skipped = layout.unreadableNotes
    var index = 0
    for folder in layout.accounts {
      var profile = AccountProfile()
      if let file = folder.profile {
        var buffer: [UInt8] = []
        switch FileSystem.read(
          root + "/" + file, into: &buffer, maxBytes: settings.limits.maxNoteBytes)
        {
        case .success(let fingerprint) where fingerprint.size > settings.limits.maxNoteBytes:
          diagnostics.append(
            NoteParser.tooLarge(size: fingerprint.size, file: file, limits: settings.limits))
        case .success:
          let (parsed, found) = buffer.withUnsafeBytes {
            ProfileParser.parse(bytes: $0, file: file, settings: settings)
          }
          profile = parsed
          diagnostics += found
        case .failure(let error):
          diagnostics.append(
            Diagnostic(.fileUnreadable, file: file, at: nil, "cannot read: \(error.reason)"))
        }
      }
      var resolver = NoteResolver(settings: settings, profile: profile)
      var interviews: [Interview] = []
      for path in folder.notes {
        defer { index += 1 }
        guard let note = entries[index]?.note else {
          skipped.append(path)
          continue
        }
        diagnostics += note.diagnostics
        let before = resolver.diagnostics.count
        let interview = resolver.resolve(note)
        let newErrors = resolver.diagnostics[before...].contains { $0.severity == .error }
        if let interview, !note.hasErrors, !newErrors {
          interviews.append(interview)
        } else {
          skipped.append(path)
        }
      }
      diagnostics += resolver.diagnostics
      interviews.sort { ($0.date, $0.file) < ($1.date, $1.file) }
      accounts.append(Account(id: folder.id, profile: profile, interviews: interviews))
    }
    for (offset, path) in paths.enumerated() where entries[offset] == nil {
      diagnostics.append(Diagnostic(.fileUnreadable, file: path, at: nil, "cannot read this file"))
    }
    let noteCount = paths.count + layout.unreadableNotes.count
    if noteCount == 0 {
      diagnostics.append(
        Diagnostic(
          .notebookEmpty, file: ".", at: nil,
          "no interview notes found: notes are Markdown files inside account folders"))
    }
    diagnostics.sort(by: Diagnostic.ordered)
    var newCache = NoteCache(writtenAt: 0)
    for (offset, path) in paths.enumerated() {
      if let entry = entries[offset] { newCache.entries[path] = entry }
    }
    let notebook = Notebook(
      settings: settings, accounts: accounts, diagnostics: diagnostics, noteCount: noteCount,
      skippedNotes: skipped.sorted())
    return Result(notebook: notebook, cache: newCache, parsedCount: parsedCount)
  }

  /// Reads and parses `paths` on `jobs` threads; results keep the order of `paths`.
  func readNotes(
    _ paths: [String], root: String, limits: Limits, cache: NoteCache?
  ) -> ([NoteCache.Entry?], Int) {
    let work = WorkQueue(count: paths.count)
    let progress = self.progress
    let workers = min(jobs, max(1, paths.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      var buffer: [UInt8] = []
      var local: [(Int, NoteCache.Entry?)] = []
      var parsed = 0
      while let index = work.next() {
        let path = paths[index]
        let entry = Self.read(
          path, root: root, limits: limits, cache: cache, buffer: &buffer, parsed: &parsed)
        local.append((index, entry))
        if let progress { progress(work.finish(), paths.count) }
      }
      work.store(local, parsed: parsed)
    }
    return work.results()
  }

  /// One note: from the cache when unchanged, else read, hashed and parsed.
  static func read(
    _ path: String, root: String, limits: Limits, cache: NoteCache?, buffer: inout [UInt8],
    parsed: inout Int
  ) -> NoteCache.Entry? {
    let full = root + "/" + path
    if let cache, let fingerprint = FileSystem.fingerprint(full),
      let hit = cache.entry(for: path, fingerprint: fingerprint)
    {
      return hit
    }
    guard
      case .success(let fingerprint) = FileSystem.read(
        full, into: &buffer, maxBytes: limits.maxNoteBytes)
    else {
      return nil
    }
    if fingerprint.size > limits.maxNoteBytes {
      parsed += 1
      var note = ParsedNote(file: path)
      note.diagnostics = [NoteParser.tooLarge(size: fingerprint.size, file: path, limits: limits)]
      return NoteCache.Entry(fingerprint: fingerprint, contentHash: 0, note: note)
    }
    let hash = buffer.withUnsafeBytes { ContentHash.of($0) }
    if let cache, var hit = cache.entry(for: path, contentHash: hash) {
      hit.fingerprint = fingerprint
      return hit
    }
    parsed += 1
    let note = buffer.withUnsafeBytes { NoteParser.parse(bytes: $0, file: path, limits: limits) }
    return NoteCache.Entry(fingerprint: fingerprint, contentHash: hash, note: note)
  }
}

/// Hands out note indices to worker threads and gathers their results.
private final class WorkQueue: Sendable {
  private let count: Int
  private let cursor = Atomic<Int>(0)
  private let finished = Atomic<Int>(0)
  private let collected: Mutex<(entries: [NoteCache.Entry?], parsed: Int)>

  init(count: Int) {
    self.count = count
    collected = Mutex((Array(repeating: nil, count: count), 0))
  }

  /// The next index to work on, or nil when all are taken.
  func next() -> Int? {
    let index = cursor.add(1, ordering: .relaxed).oldValue
    return index < count ? index : nil
  }

  /// Counts one more finished note; returns the total so far.
  func finish() -> Int { finished.add(1, ordering: .relaxed).newValue }

  func store(_ results: [(Int, NoteCache.Entry?)], parsed: Int) {
    collected.withLock { state in
      for (index, entry) in results { state.entries[index] = entry }
      state.parsed += parsed
    }
  }

  func results() -> ([NoteCache.Entry?], Int) { collected.withLock { ($0.entries, $0.parsed) } }
}
