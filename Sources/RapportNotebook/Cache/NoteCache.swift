import RapportSystem

/// What an earlier run learned, so unchanged notes and profiles are not read or parsed again.
///
/// A note is reused when its fingerprint (size, times, inode) is unchanged and older than the
/// cache, or else when its content hash is unchanged. Entries keep their parsed form encoded and
/// are decoded only when needed, so a run that changes nothing decodes nothing.
public struct NoteCache: Sendable {
  /// One remembered note.
  public struct Entry: Sendable {
    public var fingerprint: FileFingerprint
    public var contentHash: UInt64
    /// The parsed note, encoded; see `note(file:)`.
    public var record: RecordBytes
    /// The hash the record had when written, checked before decoding; nil for a record made now.
    public var recordHash: UInt64?
    /// Where the record was written already, in the cache file being made (then `record` is
    /// empty: a record written as its note is read is not also held).
    public var location: RecordLocation?

    public init(
      fingerprint: FileFingerprint, contentHash: UInt64, record: RecordBytes,
      recordHash: UInt64? = nil, location: RecordLocation? = nil
    ) {
      self.fingerprint = fingerprint
      self.contentHash = contentHash
      self.record = record
      self.recordHash = recordHash
      self.location = location
    }

    /// An entry whose record is in memory.
    public init(
      fingerprint: FileFingerprint, contentHash: UInt64, record: ArraySlice<UInt8>,
      recordHash: UInt64? = nil, location: RecordLocation? = nil
    ) {
      self.init(
        fingerprint: fingerprint, contentHash: contentHash, record: .inMemory(record),
        recordHash: recordHash, location: location)
    }

    /// An entry for a note just parsed.
    public init(fingerprint: FileFingerprint, contentHash: UInt64, note: ParsedNote) {
      var writer = BinaryWriter(capacity: 2048)
      note.encode(to: &writer)
      // A right-sized copy: the writer's spare capacity would otherwise stay alive with the record.
      self.init(
        fingerprint: fingerprint, contentHash: contentHash,
        record: ArraySlice(Array(writer.bytes[...])))
    }

    /// An entry for a note just parsed whose record is handed to `write`, which stores it and
    /// says where, instead of being kept.
    public init(
      fingerprint: FileFingerprint, contentHash: UInt64, note: ParsedNote,
      write: (UnsafeRawBufferPointer) -> RecordLocation
    ) {
      var writer = BinaryWriter(capacity: 4096)
      note.encode(to: &writer)
      let location = writer.bytes.withUnsafeBytes { write($0) }
      self.init(fingerprint: fingerprint, contentHash: contentHash, record: [], location: location)
    }

    /// The parsed note, or nil when the record is damaged or cannot be read.
    public func note(file: String) -> ParsedNote? {
      record.load()?.withUnsafeBytes { bytes in
        if let recordHash, ContentHash.of(bytes) != recordHash { return nil }
        var reader = BinaryReader(bytes)
        guard let note = try? ParsedNote(file: file, from: &reader), reader.isAtEnd else {
          return nil
        }
        return note
      }
    }
  }

  /// A record's bytes: in memory, or in a cache file and read only when needed, so a run that
  /// reuses most of an earlier cache never holds all of it.
  public enum RecordBytes: Sendable {
    case inMemory(ArraySlice<UInt8>)
    /// `length` bytes at byte `offset` of `file`.
    case inFile(ReadableFile, offset: Int, length: Int)

    /// The bytes; nil when the file cannot give them.
    public func load() -> ArraySlice<UInt8>? {
      switch self {
      case .inMemory(let bytes): return bytes
      case .inFile(let file, let offset, let length):
        return file.read(offset: offset, count: length).map { $0[...] }
      }
    }
  }

  /// Where a record sits among a cache file's records: byte offset from the first record, length
  /// in bytes, and the hash of its bytes.
  public struct RecordLocation: Sendable, Hashable {
    public var offset: Int
    public var length: Int
    public var hash: UInt64

    public init(offset: Int, length: Int, hash: UInt64) {
      self.offset = offset
      self.length = length
      self.hash = hash
    }
  }

  /// One remembered account profile, valid for one version of `rapport.yml`.
  public struct ProfileEntry: Sendable {
    public var contentHash: UInt64
    public var settingsHash: UInt64
    public var record: RecordBytes
    /// The hash the record had when written, checked before decoding; nil for a record made now.
    public var recordHash: UInt64?

    public init(
      contentHash: UInt64, settingsHash: UInt64, record: RecordBytes, recordHash: UInt64? = nil
    ) {
      self.contentHash = contentHash
      self.settingsHash = settingsHash
      self.record = record
      self.recordHash = recordHash
    }

    /// An entry whose record is in memory.
    public init(
      contentHash: UInt64, settingsHash: UInt64, record: ArraySlice<UInt8>,
      recordHash: UInt64? = nil
    ) {
      self.init(
        contentHash: contentHash, settingsHash: settingsHash, record: .inMemory(record),
        recordHash: recordHash)
    }

    /// The profile and its diagnostics, or nil when the record is damaged or cannot be read.
    public func profile(file: String) -> (AccountProfile, [Diagnostic])? {
      record.load()?.withUnsafeBytes { bytes in
        if let recordHash, ContentHash.of(bytes) != recordHash { return nil }
        var reader = BinaryReader(bytes)
        guard let decoded = try? AccountProfile.decode(file: file, from: &reader), reader.isAtEnd
        else { return nil }
        return decoded
      }
    }
  }

  /// What one account's notes gave the last load (`AccountNotes`), valid for one `key`.
  public struct AccountEntry: Sendable {
    public var key: UInt64
    public var record: RecordBytes
    /// The hash the record had when written, checked before decoding; nil for a record made now.
    public var recordHash: UInt64?

    public init(key: UInt64, record: RecordBytes, recordHash: UInt64? = nil) {
      self.key = key
      self.record = record
      self.recordHash = recordHash
    }

    /// An entry for an account's notes just read.
    public init(key: UInt64, notes: AccountNotes) {
      var writer = BinaryWriter(capacity: 1024)
      notes.encode(to: &writer)
      self.init(key: key, record: .inMemory(ArraySlice(writer.bytes)))
    }

    /// The account's note outcomes, or nil when the record is damaged or cannot be read.
    public func notes() -> AccountNotes? {
      record.load()?.withUnsafeBytes { bytes in
        if let recordHash, ContentHash.of(bytes) != recordHash { return nil }
        var reader = BinaryReader(bytes)
        guard let notes = try? AccountNotes(from: &reader), reader.isAtEnd else { return nil }
        return notes
      }
    }
  }

  /// The outcome of the last full load, valid while the notebook's inputs hash is the same.
  public struct LastRun: Sendable, Equatable {
    /// `NotebookInputs.hash` of the notebook that was loaded.
    public var inputs: UInt64
    public var diagnostics: [Diagnostic]
    public var noteCount: Int
    public var accountCount: Int
    public var skippedNotes: [String]
    /// Every note's date, so checks that depend on the day of the run (`note.date.future`) can
    /// be made without loading the notes; never their outcome, which changes with the day.
    public var noteDates: [NoteDate]

    public init(
      inputs: UInt64, diagnostics: [Diagnostic], noteCount: Int, accountCount: Int,
      skippedNotes: [String], noteDates: [NoteDate] = []
    ) {
      self.inputs = inputs
      self.diagnostics = diagnostics
      self.noteCount = noteCount
      self.accountCount = accountCount
      self.skippedNotes = skippedNotes
      self.noteDates = noteDates
    }
  }

  /// Notes by notebook-relative path.
  public var entries: [String: Entry]
  /// Profiles by notebook-relative path.
  public var profiles: [String: ProfileEntry]
  /// Note outcomes by account id.
  public var accounts: [String: AccountEntry] = [:]
  public var lastRun: LastRun?
  /// When the run that wrote the cache started, nanoseconds since 1970; later changes are re-hashed.
  public var writtenAt: Int64
  /// The file the cache was read from, when its records are read from there as they are used.
  public var sourceFile: ReadableFile? = nil

  public init(
    entries: [String: Entry] = [:], profiles: [String: ProfileEntry] = [:], lastRun: LastRun? = nil,
    writtenAt: Int64 = 0
  ) {
    self.entries = entries
    self.profiles = profiles
    self.lastRun = lastRun
    self.writtenAt = writtenAt
  }

  /// Margin (nanoseconds) within which a change time is too close to the cache's own to trust.
  static let racyMargin: Int64 = 2_000_000_000

  /// The entry for `file` if its fingerprint shows it unchanged since the cache was written.
  public func entry(for file: String, fingerprint: FileFingerprint) -> Entry? {
    guard let entry = entries[file], entry.fingerprint == fingerprint,
      fingerprint.changed < writtenAt - Self.racyMargin
    else { return nil }
    return entry
  }

  /// The entry for `file` if its content hash matches.
  public func entry(for file: String, contentHash: UInt64) -> Entry? {
    guard let entry = entries[file], entry.contentHash == contentHash else { return nil }
    return entry
  }
}
