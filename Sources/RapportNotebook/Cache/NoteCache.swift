/// Parsed notes remembered from an earlier run, so unchanged notes are not read or parsed again.
///
/// An entry is reused when the file's fingerprint (size, times, inode) is unchanged and older than
/// the cache, or else when the file's content hash is unchanged.
public struct NoteCache: Sendable {
  /// One remembered note.
  public struct Entry: Sendable {
    public var fingerprint: FileFingerprint
    public var contentHash: UInt64
    public var note: ParsedNote

    public init(fingerprint: FileFingerprint, contentHash: UInt64, note: ParsedNote) {
      self.fingerprint = fingerprint
      self.contentHash = contentHash
      self.note = note
    }
  }

  /// Entries by notebook-relative path.
  public var entries: [String: Entry]
  /// When the cache was written, nanoseconds since 1970; files changed since then are re-hashed.
  public var writtenAt: Int64

  public init(entries: [String: Entry] = [:], writtenAt: Int64 = 0) {
    self.entries = entries
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
