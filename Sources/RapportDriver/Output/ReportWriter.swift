import Foundation
import RapportNotebook
import RapportSystem
import Synchronization

/// Writes a report set into an output folder so a failed or interrupted run leaves the old one intact.
///
/// Pages are written to a temporary folder beside the output folder, then moved into place: the
/// whole folder is swapped when everything in it was written by rapport, else file by file. Only
/// files listed in the previous run's manifest are ever removed.
struct ReportWriter {
  /// The output folder as given.
  let out: String
  static let manifestName = ".rapport-manifest"

  /// One page to write: new bytes, or an unchanged page reused from the previous run.
  struct Page {
    var path: String
    var bytes: [UInt8]?
    /// What the page was made from; equal keys mean equal pages.
    var key: UInt64
  }

  /// What the previous run wrote.
  struct Manifest {
    var key: UInt64
    /// Page path to the key it was made from.
    var pages: [String: UInt64]
    /// Entries that are not plain relative paths inside the output folder: never acted on.
    var ignored: [String] = []
  }

  /// Whether a manifest entry is a plain relative path (no `..`, `.`, empty or absolute parts).
  static func isPlainRelative(_ path: String) -> Bool {
    !path.isEmpty && !path.hasPrefix("/")
      && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
        !$0.isEmpty && $0 != "." && $0 != ".."
      }
      && !path.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
  }

  /// The manifest of the previous run, if there is a readable one.
  func manifest() -> Manifest? {
    guard let text = try? String(contentsOfFile: out + "/" + Self.manifestName, encoding: .utf8)
    else { return nil }
    var lines = text.split(separator: "\n")
    guard lines.first == "rapport-manifest 1", lines.count >= 2,
      let key = UInt64(lines[1].dropFirst(4), radix: 16),
      lines[1].hasPrefix("key ")
    else { return nil }
    lines.removeFirst(2)
    var pages: [String: UInt64] = [:]
    var ignored: [String] = []
    for line in lines {
      guard let space = line.firstIndex(of: " "), let pageKey = UInt64(line[..<space], radix: 16)
      else { return nil }
      let path = String(line[line.index(after: space)...])
      if Self.isPlainRelative(path) { pages[path] = pageKey } else { ignored.append(path) }
    }
    return Manifest(key: key, pages: pages, ignored: ignored)
  }

  /// Whether every page of the manifest still exists (nobody deleted the reports).
  func isComplete(_ manifest: Manifest) -> Bool {
    manifest.pages.keys.allSatisfy { FileManager.default.fileExists(atPath: out + "/" + $0) }
  }

  /// Files at `paths` in the output folder that rapport did not write (not in `previous`): writing
  /// there would destroy someone's work, so the run stops instead.
  func foreignFiles(at paths: [String], previous: Manifest?) -> [String] {
    paths.filter { path in
      previous?.pages[path] == nil && FileManager.default.fileExists(atPath: out + "/" + path)
    }
  }

  /// Starts a new report set in a temporary folder beside the output folder, with `folders`
  /// (relative paths) made in it.
  func begin(folders: [String]) throws -> ReportTransaction {
    let target = URL(fileURLWithPath: out).standardizedFileURL
    let temporary =
      target.deletingLastPathComponent().path
      + "/.\(target.lastPathComponent).rapport-new-\(getpid())"
    try? FileManager.default.removeItem(atPath: temporary)
    let token = Termination.register(temporary)
    for folder in folders {
      try FileManager.default.createDirectory(
        atPath: temporary + "/" + folder, withIntermediateDirectories: true)
    }
    return ReportTransaction(
      temporary: temporary, target: target.path, writer: self, cleanupToken: token)
  }

  /// Moves the finished temporary folder into place; returns warnings about stale entries left alone.
  func install(
    _ temporary: String, into target: String, pages: [Page], previous: Manifest?
  ) throws -> [String] {
    let manager = FileManager.default
    guard manager.fileExists(atPath: target) else {
      try Self.rename(temporary, target)
      return []
    }
    let ours = Set((previous?.pages.keys).map(Array.init) ?? []).union([Self.manifestName])
    let present = Self.files(under: target)
    if present.allSatisfy(ours.contains) {
      // Everything there is ours: swap the folders, then drop the old one.
      let old = temporary.replacingOccurrences(of: ".rapport-new-", with: ".rapport-old-")
      try Self.rename(target, old)
      try Self.rename(temporary, target)
      try? manager.removeItem(atPath: old)
      return []
    }
    // The folder holds files we did not write: move ours in one by one and leave the rest alone.
    for page in pages {
      let destination = target + "/" + page.path
      try manager.createDirectory(
        atPath: (destination as NSString).deletingLastPathComponent,
        withIntermediateDirectories: true)
      try Self.rename(temporary + "/" + page.path, destination)
    }
    let current = Set(pages.map(\.path))
    var warnings: [String] = []
    for stale in (previous?.pages.keys).map(Array.init) ?? [] where !current.contains(stale) {
      if let reason = Self.removeStale(stale, in: target) {
        warnings.append("left \(stale) in place: \(reason)")
      }
    }
    try Self.rename(temporary + "/" + Self.manifestName, target + "/" + Self.manifestName)
    try? manager.removeItem(atPath: temporary)
    return warnings.sorted()
  }

  /// Deletes a page an earlier run wrote, if it is still a regular file inside `folder`; else says
  /// why it stays (nil when deleted or already gone).
  static func removeStale(_ path: String, in folder: String) -> String? {
    guard isPlainRelative(path) else { return "not a plain relative path" }
    let full = folder + "/" + path
    var info = stat()
    guard lstat(full, &info) == 0 else { return nil }
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      return "it is no longer a regular file rapport wrote"
    }
    // A folder on the way may have become a link elsewhere: resolve it and stay inside.
    let parent = (full as NSString).deletingLastPathComponent
    guard let realParent = realPath(parent), let realFolder = realPath(folder),
      realParent == realFolder || realParent.hasPrefix(realFolder + "/")
    else { return "it resolves outside the output folder" }
    return unlink(full) == 0 || errno == ENOENT ? nil : String(cString: strerror(errno))
  }

  /// The canonical path of an existing file or folder.
  static func realPath(_ path: String) -> String? {
    guard let resolved = Glibc.realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Relative paths of the regular files under `folder`.
  static func files(under folder: String) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
    var result: [String] = []
    while let path = walker.nextObject() as? String {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        result.append(path)
      }
    }
    return result
  }

  /// Writes `bytes` to `path`; with `exclusive`, fails rather than replace a file.
  static func writeFile(
    _ path: String, _ bytes: UnsafeBufferPointer<UInt8>, exclusive: Bool = false
  ) throws {
    do { try FileSystem.write(path, bytes, exclusive: exclusive) } catch {
      throw WriteError(path: path, code: error.code)
    }
  }

  static func rename(_ from: String, _ to: String) throws {
    if Foundation.rename(from, to) != 0 { throw WriteError(path: to, code: errno) }
  }
}
