import RapportNotebook
import RapportSystem
import Synchronization

/// A cache file being written while the notebook is read: each note's record goes to the file as
/// soon as it is made, so records are never held in memory; `finish` adds the index and renames
/// the file into place. Until then it is a temporary file, removed if the run ends early.
///
/// It may carry records of the cache file it replaces: at `finish`, the records of that file the
/// new cache still uses are copied file to file, a run of neighbouring records at a time, and the
/// rest (records of notes edited or gone) are left behind, as a rewrite leaves them.
final class CacheSpool: Sendable {
  private let output: ReplacingFile
  /// The cache file whose records still in use are copied at `finish`, if any.
  private let carrying: ReadableFile?
  /// Bytes of records `finish` copied from `carrying`.
  private let carried = Atomic<Int>(0)

  /// Starts a cache file to replace `file`, carrying records still in use from `old` (the file
  /// an earlier cache was read from) when given; nil when it cannot be created (caching is then
  /// off).
  init?(file: String, carrying old: ReadableFile? = nil) {
    guard let output = ReplacingFile(replacing: file, header: NoteCache.magic) else { return nil }
    self.output = output
    carrying = old
  }

  /// Bytes of records `finish` copied from the cache file it replaces.
  var carriedBytes: Int { carried.load(ordering: .relaxed) }

  /// Writes a record; says where it went.
  func append(_ record: UnsafeRawBufferPointer, hash: UInt64? = nil) -> NoteCache.RecordLocation {
    let hash = hash ?? ContentHash.of(record)
    let offset = output.append(record) - NoteCache.magic.count
    return NoteCache.RecordLocation(offset: offset, length: record.count, hash: hash)
  }

  /// Writes the records `cache` still holds, then its index, and puts the file in place.
  func finish(_ cache: NoteCache, key: String, writtenAt: Int64) {
    let magic = NoteCache.magic.count
    let runs = carry(cache)
    let tail = cache.encodedTail(
      key: key, writtenAt: writtenAt,
      place: { record, hash in
        if let hash, case .inFile(let file, let offset, let length) = record, file === carrying,
          let run = Self.run(holding: offset, length: length, in: runs)
        {
          return NoteCache.RecordLocation(
            offset: offset + run.shift - magic, length: length, hash: hash)
        }
        return record.load().map { bytes in bytes.withUnsafeBytes { append($0, hash: hash) } }
      },
      recordsEnd: { output.length - magic })
    output.finish(tail: tail)
  }

  /// Neighbouring records of the carried file, copied together: bytes `start..<end` of that file
  /// now begin `shift` bytes further on in this one.
  struct Run {
    var start: Int
    var end: Int
    var shift: Int
  }

  /// Copies the records of the carried file that `cache` uses, each run of neighbouring ones at
  /// once; the runs copied, in the order of the file. A run that cannot be copied is left out
  /// (its records are then read one by one, or dropped when they cannot be).
  private func carry(_ cache: NoteCache) -> [Run] {
    guard let carrying else { return [] }
    var ranges: [(start: Int, length: Int)] = []
    func use(_ record: NoteCache.RecordBytes, _ hash: UInt64?) {
      // Only a record with the hash it was stored under is carried, so damage stays detectable.
      guard hash != nil, case .inFile(let file, let offset, let length) = record, file === carrying
      else { return }
      ranges.append((offset, length))
    }
    for entry in cache.entries.values where entry.location == nil {
      use(entry.record, entry.recordHash)
    }
    for profile in cache.profiles.values { use(profile.record, profile.recordHash) }
    for account in cache.accounts.values { use(account.record, account.recordHash) }
    ranges.sort { $0.start < $1.start }
    var runs: [Run] = []
    var index = 0
    while index < ranges.count {
      let start = ranges[index].start
      var end = start + ranges[index].length
      index += 1
      while index < ranges.count, ranges[index].start <= end {
        end = max(end, ranges[index].start + ranges[index].length)
        index += 1
      }
      if let at = output.append(copying: carrying, offset: start, count: end - start) {
        runs.append(Run(start: start, end: end, shift: at - start))
      }
    }
    carried.store(runs.reduce(0) { $0 + $1.end - $1.start }, ordering: .relaxed)
    return runs
  }

  /// The run of `runs` (in the order of the file) that holds `length` bytes from `offset`.
  static func run(holding offset: Int, length: Int, in runs: [Run]) -> Run? {
    var (low, high) = (0, runs.count)
    while low < high {
      let middle = (low + high) / 2
      if runs[middle].start <= offset { low = middle + 1 } else { high = middle }
    }
    guard low > 0, offset + length <= runs[low - 1].end else { return nil }
    return runs[low - 1]
  }

  /// Drops the file: nothing is worth keeping.
  func discard() { output.discard() }
}
