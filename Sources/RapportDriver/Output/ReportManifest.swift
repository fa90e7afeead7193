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
    !path.isEmpty && !path.hasPrefix("/")
      && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
        !$0.isEmpty && $0 != "." && $0 != ".."
      }
      && !path.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
  }

  /// The manifest in `folder`: nil when there is none, `damaged` when it cannot be read.
  static func read(in folder: String) -> ReportManifest? {
    let path = folder + "/" + fileName
    guard FileSystem.exists(path) else { return nil }
    var buffer: [UInt8] = []
    guard case .success = FileSystem.read(path, into: &buffer, maxBytes: 64 << 20),
      let text = String(validating: buffer, as: UTF8.self), let manifest = parse(text)
    else { return .damaged }
    return manifest
  }

  /// Reads the manifest's text; nil when it is not one or is damaged.
  static func parse(_ text: String) -> ReportManifest? {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.first else { return nil }
    if first == Self.header {
      guard lines.last == "", let end = lines.dropLast().last, end.hasPrefix("end "),
        UInt64(end.dropFirst(4), radix: 16) == Self.hash(text.utf8.dropLast(end.utf8.count + 1))
      else { return nil }
      lines.removeLast(2)
    } else {
      guard first == "rapport-manifest 1" || first == "rapport-manifest 2" else { return nil }
      lines = lines.filter { !$0.isEmpty }
    }
    guard lines.count >= 2, lines[1].hasPrefix("key "),
      let key = UInt64(lines[1].dropFirst(4), radix: 16)
    else { return nil }
    let fields = first == "rapport-manifest 1" ? 1 : 4
    lines.removeFirst(2)
    var manifest = ReportManifest(key: key, pages: [:])
    for line in lines {
      let parts = line.split(separator: " ", maxSplits: fields, omittingEmptySubsequences: false)
      guard parts.count == fields + 1, let pageKey = UInt64(parts[0], radix: 16) else { return nil }
      var entry = Entry(key: pageKey, size: -1, modified: 0, hash: 0)
      if fields == 4 {
        guard let size = Int(parts[1]), let modified = Int64(parts[2]),
          let hash = UInt64(parts[3], radix: 16)
        else { return nil }
        entry = Entry(key: pageKey, size: size, modified: modified, hash: hash)
      }
      let path = String(parts[fields])
      if isPlainRelative(path) {
        manifest.pages[path] = entry
      } else {
        manifest.ignored.append(path)
      }
    }
    return manifest
  }

  /// The manifest as written to disk, pages sorted by path, then the hash of all that.
  var text: String {
    var result = Self.header + "\nkey \(String(key, radix: 16))\n"
    for (path, entry) in pages.sorted(by: { $0.key < $1.key }) {
      result +=
        "\(String(entry.key, radix: 16)) \(entry.size) \(entry.modified) \(String(entry.hash, radix: 16)) \(path)\n"
    }
    return result + "end \(String(Self.hash(result.utf8[...]), radix: 16))\n"
  }

  /// The hash that ends a manifest (or journal), of the text before its last line.
  static func hash(_ text: Substring.UTF8View) -> UInt64 {
    var copy = Substring(text)
    return copy.withUTF8 { ContentHash.of(UnsafeRawBufferPointer($0)) }
  }
}
