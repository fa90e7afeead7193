import Foundation
import RapportSystem
import Synchronization

/// A report set being written: new pages go straight to the staging folder as they are rendered,
/// unchanged ones stay where they are, and `commit` moves the new ones into place.
final class ReportTransaction: Sendable {
  let staging: OutputStaging
  private let writer: ReportWriter
  /// Every page of the new set, as written or kept.
  private let pages = Mutex<[String: ReportManifest.Entry]>([:])
  /// Pages written anew this run.
  private let written = Mutex<[String]>([])
  /// Folders made in the staging folder so far (relative paths): made as pages need them, so a
  /// run that rewrites a few pages does not make every folder of the set.
  private let folders = Mutex<Set<String>>([""])
  /// Removes the staging folder if the run is killed.
  private let cleanupToken: Int

  init(staging: OutputStaging, writer: ReportWriter) {
    self.staging = staging
    self.writer = writer
    cleanupToken = Termination.register(staging.folder)
  }

  /// Writes a newly rendered page (UTF-8 bytes) to the staging folder.
  func write(_ path: String, _ bytes: [UInt8], key: UInt64) throws {
    let staged = staging.folder + "/" + path
    let parent = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    if folders.withLock({ !$0.contains(parent) }) {
      do { try FileSystem.makeFolders(staging.folder + "/" + parent) } catch {
        throw WriteError(path: writer.out + "/" + parent, code: error.code)
      }
      folders.withLock { _ = $0.insert(parent) }
    }
    let hash = bytes.withUnsafeBytes { ContentHash.of($0) }
    // The rename into place keeps the modification time, so it can be recorded now.
    let fingerprint: FileFingerprint
    do {
      fingerprint = try bytes.withUnsafeBufferPointer { (bytes) throws(FileError) in
        try FileSystem.writeRecording(staged, bytes)
      }
    } catch {
      throw WriteError(path: writer.out + "/" + path, code: error.code)
    }
    let entry = ReportManifest.Entry(
      key: key, size: fingerprint.size, modified: fingerprint.modified, hash: hash)
    pages.withLock { $0[path] = entry }
    written.withLock { $0.append(path) }
  }

  /// Keeps an intact page of the previous run as it is.
  func keep(_ path: String, as entry: ReportManifest.Entry) {
    pages.withLock { $0[path] = entry }
  }

  /// Writes the manifest, commits and moves the new pages into place; returns warnings.
  func commit(key: UInt64, previous: ReportManifest?) throws -> [String] {
    var manifest = ReportManifest(key: key, pages: pages.withLock { $0 })
    // Usually the same pages as last time: their order is known without sorting them again.
    if let previous, previous.listed.count == manifest.pages.count {
      manifest.listed = previous.listed
    }
    do {
      try manifest.bytes.withUnsafeBufferPointer { (bytes) throws(FileError) in
        try FileSystem.write(staging.folder + "/" + ReportManifest.fileName, bytes)
      }
    } catch {
      throw WriteError(path: writer.out + "/" + ReportManifest.fileName, code: error.code)
    }
    let stale = previous?.pagesInOrder.filter { manifest.pages[$0] == nil } ?? []
    let installs = written.withLock { $0 }.sorted()
    try Self.checkFolders(of: installs, in: writer.out)
    // From here a kill must leave the staging folder for the next run: once the journal is in
    // place it finishes the move, and until then it discards the folder.
    Termination.unregister(cleanupToken)
    return try staging.commit(installs: installs, removals: stale.sorted())
  }

  /// Throws when a folder the pages go into (`accounts`, `people/acme`) is, or lies under, a link
  /// to somewhere outside the output folder: moving pages there would write outside it.
  static func checkFolders(of pages: [String], in out: String) throws {
    guard let root = Paths.real(out) else { return }
    var seen = Set<String>()
    for page in pages {
      let folder = Paths.parent(page)
      guard !folder.isEmpty, seen.insert(folder).inserted else { continue }
      // Each part that exists: a link must lead to a folder inside (a dangling one would have the
      // pages moved nowhere); a part not made yet moves in whole with its pages.
      var path = out
      for part in folder.split(separator: "/") {
        path += "/" + part
        var info = stat()
        guard lstat(path, &info) == 0 else { break }
        guard (info.st_mode & S_IFMT) == S_IFLNK else { continue }
        let resolved = Paths.real(path)
        if let resolved, resolved == root || resolved.hasPrefix(root + "/") { continue }
        throw DriverError(
          "cannot write pages into \(out)/\(folder): \(path) is a link leading "
            + (resolved.map { "outside the output folder (to \($0))" } ?? "nowhere")
            + "; remove the link, or choose another --out")
      }
    }
  }

  /// Drops what was staged after a failure.
  func abort() {
    writer.abandon()
    Termination.unregister(cleanupToken)
  }

  /// How many pages were rendered anew and how many kept.
  var counts: (rendered: Int, reused: Int) {
    let total = pages.withLock { $0.count }
    let new = written.withLock { $0.count }
    return (new, total - new)
  }
}
