import RapportSystem

/// What an earlier run wrote into an output folder: the report set's key and, for each page, the
/// key it was made from and the size, modification time and content hash it was written with, so
/// a page truncated or edited since is noticed and written again.
///
/// Only plain relative paths inside the output folder are ever acted on; other entries (a manifest
/// arrives through pull requests like any file) are kept aside to warn about.
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

  var key: UInt64
  /// Page path (relative to the output folder) to how it was written.
  var pages: [String: Entry]
  /// Entries that are not plain relative paths inside the output folder.
  var ignored: [String] = []

  /// Whether a path is plain and relative: no empty, `.` or `..` parts, not absolute, no control
  /// characters.
  static func isPlainRelative(_ path: String) -> Bool {
    !path.isEmpty && !path.hasPrefix("/")
      && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
        !$0.isEmpty && $0 != "." && $0 != ".."
      }
      && !path.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
  }

  /// The manifest in `folder`, if there is a readable one.
  static func read(in folder: String) -> ReportManifest? {
    var buffer: [UInt8] = []
    guard
      case .success = FileSystem.read(folder + "/" + fileName, into: &buffer, maxBytes: 64 << 20),
      let text = String(validating: buffer, as: UTF8.self)
    else { return nil }
    return parse(text)
  }

  /// Reads the manifest's text; nil when it is not one.
  static func parse(_ text: String) -> ReportManifest? {
    var lines = text.split(separator: "\n")
    guard lines.count >= 2, lines[0] == "rapport-manifest 1" || lines[0] == "rapport-manifest 2",
      lines[1].hasPrefix("key "), let key = UInt64(lines[1].dropFirst(4), radix: 16)
    else { return nil }
    let fields = lines[0] == "rapport-manifest 1" ? 1 : 4
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

  /// The manifest as written to disk, pages sorted by path.
  var text: String {
    var result = "rapport-manifest 2\nkey \(String(key, radix: 16))\n"
    for (path, entry) in pages.sorted(by: { $0.key < $1.key }) {
      result +=
        "\(String(entry.key, radix: 16)) \(entry.size) \(entry.modified) \(String(entry.hash, radix: 16)) \(path)\n"
    }
    return result
  }
}
