import RapportSystem

/// What one account's notes gave a load, beyond their interviews: kept in the cache so that an
/// account none of whose files changed need not have its notes read at all, when its report is
/// kept too (or nothing is made from its interviews, as in `check`).
public struct AccountNotes: Sendable, Equatable {
  /// Diagnostics of its notes (not of its profile, which is read on every run).
  public var diagnostics: [Diagnostic] = []
  /// Notes that are, or are treated as, confidential.
  public var confidential: [String] = []
  /// Each note's date as written.
  public var noteDates: [NoteDate] = []
  /// Notes with errors or nothing written yet: counted, not analysed.
  public var skipped: [String] = []
  /// Themes and reasons its interviews show, which open other notes' sealed ones.
  public var shownThemes: [String] = []
  /// Seals of themes and reasons its confidential interviews keep closed.
  public var sealedThemes: [String] = []

  public init() {}

  /// The key the record of an account is stored under: its files (`accountHash`, see
  /// `NotebookInputs`) and the settings, all that checking its notes depends on.
  public static func key(accountHash: UInt64, settingsHash: UInt64) -> UInt64 {
    ContentHash.of("account notes \(settingsHash)", seed: accountHash)
  }

  /// Writes the record's bytes (see `init(from:)`).
  public func encode(to writer: inout BinaryWriter) {
    writer.writeCount(diagnostics.count)
    for diagnostic in diagnostics { diagnostic.encode(to: &writer) }
    for list in [confidential, skipped, shownThemes, sealedThemes] {
      writer.writeCount(list.count)
      for item in list { writer.write(item) }
    }
    writer.write(noteDates)
  }

  /// Reads a record `encode(to:)` wrote; throws when it is damaged.
  public init(from reader: inout BinaryReader) throws {
    diagnostics = try reader.readArray { try Diagnostic(file: "", from: &$0) }
    confidential = try reader.readArray { try $0.readString() }
    skipped = try reader.readArray { try $0.readString() }
    shownThemes = try reader.readArray { try $0.readString() }
    sealedThemes = try reader.readArray { try $0.readString() }
    noteDates = try reader.readNoteDates()
  }
}

extension BinaryWriter {
  /// Writes notes' dates, as the cache keeps them.
  mutating func write(_ noteDates: [NoteDate]) {
    writeCount(noteDates.count)
    for note in noteDates {
      write(note.file)
      encodeLocated(note.date) { $0.write($1.daysSinceEpoch) }
      write(note.confidential)
      write(note.confidentialAssumed)
      write(note.confidentialMarked)
    }
  }
}

extension BinaryReader {
  /// Reads notes' dates `BinaryWriter.write(_:)` wrote.
  mutating func readNoteDates() throws -> [NoteDate] {
    try readArray { reader in
      NoteDate(
        file: try reader.readString(),
        date: try reader.decodeLocated { Day(daysSinceEpoch: try $0.readInt()) },
        confidential: try reader.readBool(), confidentialAssumed: try reader.readBool(),
        confidentialMarked: try reader.readBool())
    }
  }
}
