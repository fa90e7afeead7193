import RapportNotebook
import RapportSystem
import Synchronization

/// Reads, parses and checks note files and profiles on several threads, reusing the cache.
///
/// Profiles are read first; then each note is read (or decoded from the cache), checked against its
/// account's roster at once, and only the resulting interview is kept, so parsed notes never pile up.
struct FileReader: Sendable {
  let root: String
  let settings: Settings
  let settingsHash: UInt64
  let cache: NoteCache?
  /// What becomes of the records of notes parsed now.
  let records: NotebookLoader.Records
  /// What becomes of each checked interview: kept, set aside or dropped (only what the note gave
  /// the account's diagnostics, dates and themes stays).
  let interviews: NotebookLoader.Interviews
  let progress: (@Sendable (Int, Int) -> Void)?

  /// A note as read and checked.
  struct Note: Sendable {
    /// Its cache entry; nil when the file could not be read.
    var entry: NoteCache.Entry?
    /// The interview, when the note has no errors.
    var interview: Interview?
    /// Problems in the file itself and found checking it.
    var diagnostics: [Diagnostic]
    /// Whether the cache had to learn something (the note was parsed or its fingerprint moved).
    var isNew: Bool
    /// Whether the note was parsed (not decoded from the cache).
    var isParsed: Bool
    /// Whether the note is (or is treated as) confidential.
    var confidential = false
    /// Whether it is only treated as confidential until its front matter reads.
    var confidentialAssumed = false
    /// Whether, treated so, it seems to mean `confidential: true`.
    var confidentialMarked = false
    /// The note's date as written, when it has one.
    var date: Located<Day>? = nil
    /// Whether the note gave an interview (kept, set aside or dropped): else it is skipped.
    var gaveInterview = false
    /// Where the interview was set aside instead of kept, with its date (for ordering).
    var stored: (place: InterviewSpool.Place, date: Day)? = nil
    /// The themes and reasons of its interview, unless it is confidential: they open confidential
    /// notes' themes.
    var shownThemes: [String] = []
    /// A confidential interview's themes and reasons still sealed: other notes may open them.
    var sealedThemes: [String] = []
  }

  /// A profile as read from `account.md`.
  struct Profile: Sendable {
    var profile: AccountProfile
    var diagnostics: [Diagnostic]
    /// Hash of the file's bytes.
    var hash: UInt64
    var entry: NoteCache.ProfileEntry?
    var isNew: Bool
  }

  /// The same reader keeping every interview it reads and no cache record, reusing `cache`.
  func settingNothingAside(cache: NoteCache?) -> FileReader {
    FileReader(
      root: root, settings: settings, settingsHash: settingsHash, cache: cache, records: .none,
      interviews: .kept, progress: nil)
  }

  /// Reads every account's profile (if any); results keep the accounts' order.
  func profiles(_ accounts: [NotebookLayout.AccountFolder], jobs: Int) -> [Profile?] {
    Parallel.map(count: accounts.count, jobs: jobs, scratch: { [UInt8]() }) {
      index, buffer -> Profile? in
      accounts[index].profile.map { profile($0, buffer: &buffer) }
    }
  }

  /// Reads the notes of the accounts at `indexes` (each checked against its profile, from
  /// `profiles`); nil for the other accounts. Results keep the accounts' order.
  func notes(
    _ accounts: [NotebookLayout.AccountFolder], profiles: [Profile?], indexes: [Int], jobs: Int
  ) -> [[Note]?] {
    // Made for the accounts read only: a context indexes its roster.
    let contexts = Dictionary(
      indexes.map {
        ($0, NoteContext(settings: settings, profile: profiles[$0]?.profile ?? AccountProfile()))
      }, uniquingKeysWith: { first, _ in first })
    let work = indexes.flatMap { index in accounts[index].notes.map { (index, $0) } }
    let finished = Atomic<Int>(0)
    let notes = Parallel.map(count: work.count, jobs: jobs, scratch: { [UInt8]() }) {
      index, buffer -> Note in
      let (account, path) = work[index]
      let read = note(path, context: contexts[account]!, buffer: &buffer)
      if let progress { progress(finished.add(1, ordering: .relaxed).newValue, work.count) }
      return read
    }
    var grouped = [[Note]?](repeating: nil, count: accounts.count)
    var offset = 0
    for index in indexes {
      grouped[index] = Array(notes[offset..<offset + accounts[index].notes.count])
      offset += accounts[index].notes.count
    }
    return grouped
  }

  /// One note: decoded from the cache when unchanged, else read, hashed and parsed; then checked
  /// against its account, and resolved into an interview when no check finds an error.
  func note(_ path: String, context: NoteContext, buffer: inout [UInt8]) -> Note {
    let (entry, parsed, isNew, isParsed) = load(path, buffer: &buffer)
    guard let parsed else {
      return Note(entry: entry, interview: nil, diagnostics: [], isNew: isNew, isParsed: isParsed)
    }
    let checked = CheckedNote(parsed, in: context)
    var note = Note(
      entry: entry, interview: checked.interview, diagnostics: checked.diagnostics, isNew: isNew,
      isParsed: isParsed, confidential: checked.confidential,
      confidentialAssumed: parsed.confidentialAssumed,
      confidentialMarked: parsed.confidentialMarked, date: parsed.date)
    if let interview = note.interview {
      note.gaveInterview = true
      note.shownThemes = interview.themesShown
      if interview.confidential {
        note.sealedThemes = (interview.themes + interview.reasons).filter { Seal.isSealed($0) }
      }
    }
    switch interviews {
    case .kept: break
    case .dropped: note.interview = nil
    case .setAside(let spool):
      if let interview = note.interview {
        note.stored = (spool.store(interview), interview.date)
        note.interview = nil
      }
    }
    return note
  }

  /// The note's cache entry and parsed form, from the cache or the file.
  private func load(
    _ path: String, buffer: inout [UInt8]
  ) -> (NoteCache.Entry?, ParsedNote?, Bool, Bool) {
    let full = root + "/" + path
    let limits = settings.limits
    if let cache, let fingerprint = FileSystem.fingerprint(full),
      let hit = cache.entry(for: path, fingerprint: fingerprint),
      let note = hit.note(file: path)
    {
      return (hit, note, false, false)
    }
    guard
      case .success(let fingerprint) = FileSystem.read(
        full, into: &buffer, maxBytes: limits.maxNoteBytes)
    else {
      return (nil, nil, true, false)
    }
    if let tooLarge = FileTooLarge.check(size: fingerprint.size, file: path, limits: limits) {
      var note = ParsedNote(file: path)
      note.diagnostics = [tooLarge]
      return (entry(fingerprint, UInt64(fingerprint.size), note), note, true, true)
    }
    let hash = buffer.withUnsafeBytes { ContentHash.of($0) }
    if let cache, var hit = cache.entry(for: path, contentHash: hash),
      let note = hit.note(file: path)
    {
      hit.fingerprint = fingerprint
      return (hit, note, true, false)
    }
    let note = buffer.withUnsafeBytes { NoteParser.parse(bytes: $0, file: path, limits: limits) }
    return (entry(fingerprint, hash, note), note, true, true)
  }

  /// The cache entry of a note parsed now, its record kept, written out or not made at all.
  private func entry(
    _ fingerprint: FileFingerprint, _ hash: UInt64, _ note: ParsedNote
  ) -> NoteCache.Entry {
    switch records {
    case .kept: return NoteCache.Entry(fingerprint: fingerprint, contentHash: hash, note: note)
    case .none: return NoteCache.Entry(fingerprint: fingerprint, contentHash: hash, record: [])
    case .spooled(let spool):
      return NoteCache.Entry(fingerprint: fingerprint, contentHash: hash, note: note) {
        spool.append($0)
      }
    }
  }

  /// The hash standing for a profile that cannot be read: not 0, which stands for no profile, as
  /// the two check an account's notes differently (a profile turns on the roster checks).
  static let unreadableProfile = ContentHash.of("unreadable account.md")

  /// One account profile: from the cache when its bytes and the settings are unchanged, else parsed.
  func profile(_ path: String, buffer: inout [UInt8]) -> Profile {
    let limits = settings.limits
    switch FileSystem.read(root + "/" + path, into: &buffer, maxBytes: limits.maxNoteBytes) {
    case .success(let fingerprint):
      if let tooLarge = FileTooLarge.check(size: fingerprint.size, file: path, limits: limits) {
        var profile = AccountProfile()
        profile.file = path
        return Profile(
          profile: profile, diagnostics: [tooLarge], hash: UInt64(fingerprint.size), entry: nil,
          isNew: true)
      }
      let hash = buffer.withUnsafeBytes { ContentHash.of($0) }
      if let cached = cache?.profiles[path], cached.contentHash == hash,
        cached.settingsHash == settingsHash,
        let (profile, diagnostics) = cached.profile(file: path)
      {
        return Profile(
          profile: profile, diagnostics: diagnostics, hash: hash, entry: cached, isNew: false)
      }
      let (parsed, found) = buffer.withUnsafeBytes {
        ProfileParser.parse(bytes: $0, file: path, settings: settings)
      }
      let entry = NoteCache.ProfileEntry(
        contentHash: hash, settingsHash: settingsHash,
        record: AccountProfile.record(parsed, diagnostics: found))
      return Profile(profile: parsed, diagnostics: found, hash: hash, entry: entry, isNew: true)
    case .failure(let error):
      var profile = AccountProfile()
      profile.file = path
      return Profile(
        profile: profile,
        diagnostics: [FileUnreadable.file(path, reason: error.reason)],
        hash: Self.unreadableProfile, entry: nil, isNew: true)
    }
  }
}
