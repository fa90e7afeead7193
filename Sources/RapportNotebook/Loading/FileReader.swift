import Dispatch
import Synchronization

/// Reads and parses note files and profiles on several threads, reusing cached notes.
struct FileReader: Sendable {
  let root: String
  let settings: Settings
  let cache: NoteCache?
  let progress: (@Sendable (Int, Int) -> Void)?
  let total: Int

  /// A profile read from `account.md`.
  struct Profile: Sendable {
    var profile: AccountProfile
    var diagnostics: [Diagnostic]
    /// Hash of the file's bytes.
    var hash: UInt64
  }

  /// Reads `notes` and `profiles` (notebook-relative paths); results keep their order.
  func read(notes: [String], profiles: [String], jobs: Int) -> ([NoteCache.Entry?], [Profile], Int)
  {
    let count = notes.count + profiles.count
    let next = Atomic<Int>(0)
    let finished = Atomic<Int>(0)
    let collected = Mutex<(notes: [NoteCache.Entry?], profiles: [Profile?], parsed: Int)>(
      (Array(repeating: nil, count: notes.count), Array(repeating: nil, count: profiles.count), 0))
    DispatchQueue.concurrentPerform(iterations: min(jobs, max(1, count))) { _ in
      var buffer: [UInt8] = []
      var parsed = 0
      var localNotes: [(Int, NoteCache.Entry?)] = []
      var localProfiles: [(Int, Profile)] = []
      while true {
        let index = next.add(1, ordering: .relaxed).oldValue
        guard index < count else { break }
        if index < profiles.count {
          // Profiles first: few, and every account needs its own.
          localProfiles.append((index, profile(profiles[index], buffer: &buffer)))
          continue
        }
        let noteIndex = index - profiles.count
        localNotes.append((noteIndex, note(notes[noteIndex], buffer: &buffer, parsed: &parsed)))
        if let progress { progress(finished.add(1, ordering: .relaxed).newValue, total) }
      }
      collected.withLock { state in
        for (index, entry) in localNotes { state.notes[index] = entry }
        for (index, profile) in localProfiles { state.profiles[index] = profile }
        state.parsed += parsed
      }
    }
    return collected.withLock { ($0.notes, $0.profiles.map { $0! }, $0.parsed) }
  }

  /// One note: from the cache when unchanged, else read, hashed and parsed; nil when unreadable.
  func note(_ path: String, buffer: inout [UInt8], parsed: inout Int) -> NoteCache.Entry? {
    let full = root + "/" + path
    let limits = settings.limits
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
      return NoteCache.Entry(
        fingerprint: fingerprint, contentHash: UInt64(fingerprint.size), note: note)
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

  /// One account profile.
  func profile(_ path: String, buffer: inout [UInt8]) -> Profile {
    switch FileSystem.read(root + "/" + path, into: &buffer, maxBytes: settings.limits.maxNoteBytes)
    {
    case .success(let fingerprint) where fingerprint.size > settings.limits.maxNoteBytes:
      var profile = AccountProfile()
      profile.file = path
      return Profile(
        profile: profile,
        diagnostics: [
          NoteParser.tooLarge(size: fingerprint.size, file: path, limits: settings.limits)
        ],
        hash: UInt64(fingerprint.size))
    case .success:
      let hash = buffer.withUnsafeBytes { ContentHash.of($0) }
      let (parsed, found) = buffer.withUnsafeBytes {
        ProfileParser.parse(bytes: $0, file: path, settings: settings)
      }
      return Profile(profile: parsed, diagnostics: found, hash: hash)
    case .failure(let error):
      var profile = AccountProfile()
      profile.file = path
      return Profile(
        profile: profile,
        diagnostics: [
          Diagnostic(.fileUnreadable, file: path, at: nil, "cannot read: \(error.reason)")
        ],
        hash: 0)
    }
  }
}
