import RapportSystem

/// What an earlier run wrote into an output folder: the report set's key and, for each page, the
/// key it was made from and the size, modification time and content hash it was written with, so
/// a page truncated or edited since is noticed and written again.
///
/// Only plain relative paths inside the output folder are ever acted on; other entries (a manifest
/// arrives through pull requests like any file) are kept aside to warn about.
///
/// The file ends with a hash of everything before it, so a manifest truncated or with a bit
/// flipped is known to be damaged rather than read as a shorter or different list.
struct ReportManifest: Sendable {
  /// One page as it was written.
  struct Entry: Sendable, Hashable {
    /// What the page was made from; equal keys make equal pages.
    var key: UInt64
    /// Bytes; -1 when unknown (a manifest of an older format).
    var size: Int
    /// Modification time, nanoseconds since 1970.
    var modified: Int64
    /// Content hash of the page's bytes.
    var hash: UInt64
  }

  /// The file's name, in the output folder.
  static let fileName = ".rapport-manifest"

  /// The first line of the current format. (3 is skipped: no single flipped bit turns this line
  /// into that of format 1 or 2, which have no hash.)
  static let header = "rapport-manifest 4"

  var key: UInt64
  /// Page path (relative to the output folder) to how it was written.
  var pages: [String: Entry]
  /// Entries that are not plain relative paths inside the output folder.
  var ignored: [String] = []
  /// The paths of `pages` sorted, when known without sorting them: as a manifest file listed
  /// them, or the same set of pages as one did (else empty).
  var listed: [String] = []
  /// The entries of `listed`'s pages, in its order, when read from a manifest file (else empty):
  /// going through every page needs no lookup by path then.
  var listedEntries: [Entry] = []

  /// The paths of `pages`, sorted when `listed` gives them (in no order otherwise).
  var pagesInOrder: [String] {
    listed.count == pages.count ? listed : Array(pages.keys)
  }

  /// The pages sorted by path, sorted now unless `listed` gives them (and without a lookup by
  /// path when `listedEntries` gives their entries).
  var sortedPages: [(path: String, entry: Entry)] {
    if listed.count == pages.count, listedEntries.count == listed.count {
      return zip(listed, listedEntries).map { (path: $0, entry: $1) }
    }
    if listed.count == pages.count {
      var sorted: [(path: String, entry: Entry)] = []
      sorted.reserveCapacity(listed.count)
      for path in listed {
        guard let entry = pages[path] else {
          return pages.sorted { $0.key < $1.key }.map { (path: $0.key, entry: $0.value) }
        }
        sorted.append((path, entry))
      }
      return sorted
    }
    return pages.sorted { $0.key < $1.key }.map { (path: $0.key, entry: $0.value) }
  }

  /// Whether the record of what an earlier run wrote is lost (the manifest is damaged, or a run
  /// died moving pages in): the pages at rapport's own paths are taken as rapport's and rewritten,
  /// and no page is removed as stale.
  var isDamaged = false

  /// The manifest of an output folder whose manifest is damaged.
  static let damaged = ReportManifest(key: 0, pages: [:], isDamaged: true)

  /// A manifest text that reads as damaged, written when a run's record of its pages is lost.
  static let lostTrack = header + "\nlost track of the pages: a run died moving them into place\n"

  /// Whether a path is plain and relative: no empty, `.` or `..` parts, not absolute, no control
  /// characters.
  static func isPlainRelative(_ path: String) -> Bool {
    var path = path
    return path.withUTF8 { isPlainRelative($0[...]) }
  }

  /// `isPlainRelative` on a path's UTF-8 bytes.
  static func isPlainRelative(_ path: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    guard !path.isEmpty else { return false }
    var partStart = path.startIndex
    var index = path.startIndex
    while true {
      let atEnd = index == path.endIndex
      if atEnd || path[index] == UInt8(ascii: "/") {
        let part = index - partStart
        if part == 0 { return false }
        if path[partStart] == UInt8(ascii: "."),
          part == 1 || (part == 2 && path[partStart + 1] == UInt8(ascii: "."))
        {
          return false
        }
        if atEnd { return true }
        partStart = index + 1
      } else if path[index] < 0x20 || path[index] == 0x7F {
        return false
      }
      index += 1
    }
  }

  /// The manifest in `folder`: nil when there is none, `damaged` when it cannot be read.
  static func read(in folder: String) -> ReportManifest? {
    let path = folder + "/" + fileName
    guard FileSystem.exists(path) else { return nil }
    var buffer: [UInt8] = []
    guard case .success = FileSystem.read(path, into: &buffer, maxBytes: 64 << 20),
      let manifest = parse(bytes: buffer)
    else { return .damaged }
    return manifest
  }

  /// The manifest in `folder`, with the fingerprint of the file it was read from; nil when there
  /// is none or it is damaged.
  static func readWithFingerprint(
    in folder: String
  ) -> (manifest: ReportManifest, fingerprint: FileFingerprint)? {
    var buffer: [UInt8] = []
    guard
      case .success(let fingerprint) = FileSystem.read(
        folder + "/" + fileName, into: &buffer, maxBytes: 64 << 20),
      buffer.count == fingerprint.size, let manifest = parse(bytes: buffer)
    else { return nil }
    return (manifest, fingerprint)
  }

  /// Reads the manifest's text; nil when it is not one or is damaged.
  static func parse(_ text: String) -> ReportManifest? {
    parse(bytes: Array(text.utf8))
  }

  /// Reads the manifest's UTF-8 bytes; nil when they are not one or are damaged. Works on bytes
  /// because a manifest lists every page (tens of thousands of lines) and is read on every run.
  static func parse(bytes: [UInt8]) -> ReportManifest? {
    guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
    return bytes.withUnsafeBufferPointer { buffer -> ReportManifest? in
      var lines = ManifestLines(buffer)
      guard let first = lines.next() else { return nil }
      let format: Int
      if first.elementsEqual(header.utf8) {
        format = 4
        // The last line is "end HASH" over everything before it, then a final line break.
        guard buffer.last == UInt8(ascii: "\n") else { return nil }
        let body = buffer[..<(buffer.count - 1)]
        let endStart = (body.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        let end = buffer[endStart..<body.endIndex]
        guard end.starts(with: "end ".utf8), let hash = hex(end.dropFirst(4)),
          hash
            == ContentHash.of(
              UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[..<endStart])))
        else { return nil }
        // The lines between the header and the end line, without the line break before it.
        lines = ManifestLines(buffer, end: endStart - 1)
        _ = lines.next()
      } else if first.elementsEqual("rapport-manifest 1".utf8) {
        format = 1
      } else if first.elementsEqual("rapport-manifest 2".utf8) {
        format = 2
      } else {
        return nil
      }
      // Formats 1 and 2 allowed blank lines; format 4 does not.
      func nextLine() -> Slice<UnsafeBufferPointer<UInt8>>? {
        while let line = lines.next() {
          if format == 4 || !line.isEmpty { return line }
        }
        return nil
      }
      guard let keyLine = nextLine(), keyLine.starts(with: "key ".utf8),
        let key = hex(keyLine.dropFirst(4))
      else { return nil }
      var manifest = ReportManifest(key: key, pages: [:])
      // About one line per 60 bytes: room made once rather than grown page by page.
      manifest.pages.reserveCapacity(buffer.count / 60)
      manifest.listed.reserveCapacity(buffer.count / 60)
      manifest.listedEntries.reserveCapacity(buffer.count / 60)
      var isSorted = true
      var hasDuplicates = false
      while let line = nextLine() {
        // Fields are found by index on the buffer: a manifest has tens of thousands of lines.
        var start = line.startIndex
        /// The next field's range before a space, `start` moved past it.
        func field() -> Range<Int>? {
          var index = start
          while index < line.endIndex, buffer[index] != UInt8(ascii: " ") { index += 1 }
          guard index < line.endIndex else { return nil }
          defer { start = index + 1 }
          return start..<index
        }
        guard let first = field(), let pageKey = hex(buffer, first) else { return nil }
        var entry = Entry(key: pageKey, size: -1, modified: 0, hash: 0)
        if format != 1 {
          guard let size = field().flatMap({ decimal(buffer, $0) }),
            let modified = field().flatMap({ decimal(buffer, $0) }),
            let hash = field().flatMap({ hex(buffer, $0) })
          else { return nil }
          entry = Entry(key: pageKey, size: Int(size), modified: modified, hash: hash)
        }
        let rest = buffer[start..<line.endIndex]
        let path = String(decoding: rest, as: UTF8.self)
        if isPlainRelative(rest) {
          if manifest.pages.updateValue(entry, forKey: path) == nil {
            // Kept only while in order: a manifest out of order is sorted when written again.
            if isSorted, let last = manifest.listed.last, !(last < path) { isSorted = false }
            manifest.listed.append(path)
            manifest.listedEntries.append(entry)
          } else {
            // The last of two entries for a path counts, as in `pages`.
            hasDuplicates = true
          }
        } else {
          manifest.ignored.append(path)
        }
      }
      if !isSorted { manifest.listed = [] }
      if !isSorted || hasDuplicates { manifest.listedEntries = [] }
      return manifest
    }
  }

  /// A hexadecimal number of 1 to 16 digits, lower or upper case.
  private static func hex(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
    hex(digits.base, digits.startIndex..<digits.endIndex)
  }

  /// `hex` on the bytes of `buffer` in `range`.
  private static func hex(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64? {
    guard !range.isEmpty, range.count <= 16 else { return nil }
    var value: UInt64 = 0
    for index in range {
      let byte = buffer[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt64(digit)
    }
    return value
  }

  /// A decimal number with an optional leading minus in `buffer`'s bytes in `range`; nil when it
  /// does not fit in 64 bits.
  private static func decimal(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int64? {
    var digits = range
    let negative = !digits.isEmpty && buffer[digits.lowerBound] == UInt8(ascii: "-")
    if negative { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.count <= 19 else { return nil }
    var value: Int64 = 0
    for index in digits {
      let byte = buffer[index]
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      let (times, overflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
      guard !overflow, !overflow2 else { return nil }
      value = sum
    }
    return negative ? -value : value
  }

  /// The manifest as written to disk, pages sorted by path, then the hash of all that.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The file's bytes: one line per page, sorted by path, then the hash of all before it.
  var bytes: [UInt8] {
    var result = ByteText(capacity: 96 * (pages.count + 2))
    result.append(Self.header + "\nkey ")
    result.append(hex: key)
    result.append(byte: 0x0A)
    for (path, entry) in sortedPages {
      result.append(hex: entry.key)
      result.append(byte: 0x20)
      result.append(decimal: Int64(entry.size))
      result.append(byte: 0x20)
      result.append(decimal: entry.modified)
      result.append(byte: 0x20)
      result.append(hex: entry.hash)
      result.append(byte: 0x20)
      result.append(path)
      result.append(byte: 0x0A)
    }
    let hash = result.bytes.withUnsafeBytes { ContentHash.of($0) }
    result.append("end ")
    result.append(hex: hash)
    result.append(byte: 0x0A)
    return result.bytes
  }

  /// The hash that ends a manifest (or journal), of the text before its last line.
  static func hash(_ text: Substring.UTF8View) -> UInt64 {
    var copy = Substring(text)
    return copy.withUTF8 { ContentHash.of(UnsafeRawBufferPointer($0)) }
  }
}

/// The lines of a buffer up to `end`, without their line breaks; the part after the last line
/// break is a line too (empty when the buffer ends with one).
private struct ManifestLines: IteratorProtocol {
  let buffer: UnsafeBufferPointer<UInt8>
  let end: Int
  var position: Int? = 0

  init(_ buffer: UnsafeBufferPointer<UInt8>, end: Int? = nil) {
    self.buffer = buffer
    self.end = end ?? buffer.count
  }

  mutating func next() -> Slice<UnsafeBufferPointer<UInt8>>? {
    guard let start = position else { return nil }
    let rest = buffer[start..<end]
    if let lineBreak = rest.firstIndex(of: UInt8(ascii: "\n")) {
      position = lineBreak + 1
      return buffer[start..<lineBreak]
    }
    position = nil
    return rest
  }
}
