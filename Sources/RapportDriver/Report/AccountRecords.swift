import RapportAnalysis
import RapportNotebook
import RapportSystem
import Synchronization

/// Each account's slimmed report from the last `report`, by the key of its pages: an account
/// whose pages are kept is then neither read back nor analysed again, and the company figures
/// are made from its stored report.
///
/// The file sits beside the note cache, readable by its owner only: a header naming rapport's
/// build, the records, an index (account id, key, offset, length and hash of each record) and
/// the index's offset. Records are read as they are used; one whose hash does not match, like a
/// damaged or foreign file, is not used, and the account is analysed as if it were new.
final class AccountRecords: Sendable {
  /// Where one account's record is, and the people whose pages sit beside the account's.
  struct Place: Sendable {
    var key: UInt64
    var offset: Int
    var length: Int
    var hash: UInt64
    var people: [String]
  }

  private let file: ReadableFile?
  private let places: [String: Place]

  /// The header: a name and version for the format, then the build that wrote it.
  static var header: [UInt8] { Array("rapport account records 2\n\(BuildIdentity.current)\n".utf8) }

  /// The records in `path`; none when it is absent, foreign, damaged or of another build.
  init(path: String?) {
    guard let path, let file = ReadableFile(path), let places = Self.index(of: file) else {
      file = nil
      places = [:]
      return
    }
    self.file = file
    self.places = places
  }

  /// The report stored for account `id` under `key`, with its bytes; nil when there is none, the
  /// key differs, or the record is damaged.
  func report(for id: String, key: UInt64) -> (report: AccountReport, bytes: [UInt8])? {
    record(for: id, key: key).flatMap { record in
      Self.report(record.bytes).map { ($0, record.bytes) }
    }
  }

  /// The bytes of the record stored for account `id` under `key`, read and checked against their
  /// hash (given with them) but not decoded; nil when there is none, the key differs, or the
  /// record is damaged.
  func record(for id: String, key: UInt64) -> (bytes: [UInt8], hash: UInt64)? {
    guard let place = places[id], place.key == key, let file,
      let bytes = file.read(offset: place.offset, count: place.length),
      bytes.withUnsafeBytes({ ContentHash.of($0) }) == place.hash
    else { return nil }
    return (bytes, place.hash)
  }

  /// The report a record's bytes hold, or nil when they do not decode whole.
  static func report(_ bytes: [UInt8]) -> AccountReport? {
    bytes.withUnsafeBytes { raw in
      var reader = BinaryReader(raw)
      guard let report = try? AccountReport(slimmedFrom: &reader), reader.isAtEnd else {
        return nil
      }
      return report
    }
  }

  /// The ids of the people in the report stored for account `id` under `key` (whose pages sit
  /// beside the account's), from the index: nil when there is no such report.
  func people(of id: String, key: UInt64) -> [String]? {
    guard let place = places[id], place.key == key else { return nil }
    return place.people
  }

  /// The index at the end of `file`, checked against the header.
  private static func index(of file: ReadableFile) -> [String: Place]? {
    let header = Self.header
    guard file.size >= header.count + 8, file.read(offset: 0, count: header.count) == header,
      let footer = file.read(offset: file.size - 8, count: 8)
    else { return nil }
    // Compared as read, before it is made an `Int`: a damaged footer may not fit one.
    let written = footer.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
    guard written >= UInt64(header.count), written <= UInt64(file.size - 8) else { return nil }
    let start = Int(written)
    guard let bytes = file.read(offset: start, count: file.size - 8 - start) else { return nil }
    return bytes.withUnsafeBytes { raw -> [String: Place]? in
      var reader = BinaryReader(raw)
      var places: [String: Place] = [:]
      guard let count = try? reader.readCount() else { return nil }
      for _ in 0..<count {
        guard let id = try? reader.readString(), let key = try? reader.readUInt64(),
          let offset = try? reader.readInt(), let length = try? reader.readInt(),
          let hash = try? reader.readUInt64(), offset >= header.count, offset <= start,
          length >= 0, length <= start - offset,
          let people = try? reader.readArray({ try $0.readString() })
        else { return nil }
        places[id] = Place(key: key, offset: offset, length: length, hash: hash, people: people)
      }
      return reader.isAtEnd ? places : nil
    }
  }

  /// A new records file, written as accounts are done and put in place by `finish`.
  final class Writer: Sendable {
    private let output: ReplacingFile
    private let index = Mutex<[(id: String, place: Place)]>([])

    /// A file to replace `file`; nil when it cannot be made (records are then not kept).
    init?(file: String) {
      guard let output = ReplacingFile(replacing: file, header: AccountRecords.header) else {
        return nil
      }
      self.output = output
    }

    /// Records `report` (slimmed) for account `id` under `key`.
    func add(_ report: AccountReport, id: String, key: UInt64) {
      var writer = BinaryWriter(capacity: 16 << 10)
      report.encodeSlimmed(to: &writer)
      add(bytes: writer.bytes, id: id, key: key, people: report.contacts.map(\.id))
    }

    /// Records bytes already encoded (a record kept from the last run, whose `hash` is known).
    func add(bytes: [UInt8], id: String, key: UInt64, people: [String], hash: UInt64? = nil) {
      let hash = hash ?? bytes.withUnsafeBytes { ContentHash.of($0) }
      let offset = bytes.withUnsafeBytes { output.append($0) }
      index.withLock {
        $0.append(
          (id, Place(key: key, offset: offset, length: bytes.count, hash: hash, people: people)))
      }
    }

    /// The hash of each account's record written so far, by account id.
    var hashes: [String: UInt64] {
      index.withLock { Dictionary($0.map { ($0.id, $0.place.hash) }, uniquingKeysWith: { $1 }) }
    }

    /// Writes the index and puts the file in place of the last run's.
    func finish() {
      var writer = BinaryWriter()
      let entries = index.withLock { $0 }.sorted { $0.id < $1.id }
      writer.writeCount(entries.count)
      for (id, place) in entries {
        writer.write(id)
        writer.write(place.key)
        writer.write(place.offset)
        writer.write(place.length)
        writer.write(place.hash)
        writer.writeCount(place.people.count)
        for person in place.people { writer.write(person) }
      }
      // The index's offset, last.
      writer.write(UInt64(output.length))
      output.finish(tail: writer.bytes)
    }

    /// Drops the file: the run did not finish.
    func discard() { output.discard() }
  }
}
