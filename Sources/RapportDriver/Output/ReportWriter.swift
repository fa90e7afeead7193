import Foundation
import RapportSystem

/// An output folder opened for a report set: locked against other runs, with what a killed run
/// left finished or discarded (see `OutputStaging`).
///
/// Pages go to the folder the path names, through a link if it is one. Only pages listed in the
/// previous run's manifest are ever replaced or removed; everything else in the folder (a `CNAME`,
/// a README, links, empty folders) stays where it is.
final class ReportWriter: Sendable {
  /// The output folder as the user named it.
  let out: String
  /// Its real path (links resolved).
  let root: String
  /// Whether this run made the folder (so a failed first run removes it again).
  private let created: Bool
  private let lock: FolderLock
  /// Warnings from finishing a killed run.
  let recoveryWarnings: [String]

  /// Opens (making it if needed) and locks the output folder, and recovers a killed run.
  init(out: String) throws {
    self.out = out
    var created = false
    if !FileSystem.isDirectory(out) {
      do { try FileSystem.makeFolders(out) } catch {
        throw WriteError(message: "cannot create the output folder \(out): \(error.reason)")
      }
      created = true
    }
    self.created = created
    root = Paths.real(out) ?? Paths.resolved(out)
    do { lock = try FolderLock(root) } catch { throw WriteError(path: out, code: error.code) }
    recoveryWarnings = OutputStaging(out: root).recover()
  }

  /// The previous run's manifest: nil when there is none, damaged when it cannot be read.
  func manifest() -> ReportManifest? { ReportManifest.read(in: root) }

  /// Whether the page at `path` is still as the manifest says it was written: same size and
  /// modification time, and with `verifyContents` the same content hash too. The page is examined
  /// through `cursor` (over the output folder), so pages taken folder by folder cost one name
  /// lookup each.
  func isIntact(
    _ path: String, as entry: ReportManifest.Entry, verifyContents: Bool,
    cursor: inout FolderCursor
  ) -> Bool {
    guard entry.size >= 0, let fingerprint = cursor.fingerprint(path),
      fingerprint.size == entry.size, fingerprint.modified == entry.modified
    else { return false }
    guard verifyContents else { return true }
    var buffer: [UInt8] = []
    guard case .success = FileSystem.read(root + "/" + path, into: &buffer, maxBytes: 1 << 30)
    else { return false }
    return buffer.withUnsafeBytes { ContentHash.of($0) } == entry.hash
  }

  /// Whether every page of the manifest is intact (never, for a damaged one).
  func isComplete(_ manifest: ReportManifest, verifyContents: Bool, jobs: Int = 1) -> Bool {
    guard !manifest.isDamaged else { return false }
    // Tens of thousands of `stat` calls: spread over threads in slices of a few hundred, taken
    // in the manifest's order (by path) so each slice goes folder by folder.
    let pages = manifest.sortedPages
    let slice = 256
    return Parallel.map(count: (pages.count + slice - 1) / slice, jobs: jobs, scratch: {}) {
      index, _ in
      var cursor = FolderCursor(root: root)
      for (path, entry) in pages[(index * slice)..<min(pages.count, (index + 1) * slice)] {
        guard isIntact(path, as: entry, verifyContents: verifyContents, cursor: &cursor)
        else { return false }
      }
      return true
    }.allSatisfy { $0 }
  }

  /// Files at `paths` that rapport did not write (not in `previous`): writing there would destroy
  /// someone's work, so the run stops instead.
  ///
  /// A damaged manifest still says the folder is rapport's: the pages at rapport's own paths are
  /// taken as its own, as any manifest could list them.
  func foreignFiles(at paths: [String], previous: ReportManifest?) -> [String] {
    if previous?.isDamaged == true { return [] }
    // Folder by folder: a page whose folder is missing costs no `stat`.
    var cursor = FolderCursor(root: root)
    return paths.filter { previous?.pages[$0] == nil && cursor.fingerprint($0) != nil }
  }

  /// Starts staging a report set (the folders its pages need are made as they are written).
  func begin() throws -> ReportTransaction {
    let staging = OutputStaging(out: root)
    do { try staging.prepare() } catch {
      throw WriteError(message: "cannot write into \(out): \(error.reason)")
    }
    return ReportTransaction(staging: staging, writer: self)
  }

  /// After a failed run: removes what was staged, and the output folder if this run made it.
  func abandon() {
    try? FileManager.default.removeItem(atPath: OutputStaging(out: root).folder)
    if created, (try? FileManager.default.contentsOfDirectory(atPath: root))?.isEmpty == true {
      rmdir(root)
    }
  }

  /// Deletes a page an earlier run wrote, if it is still a regular file inside `folder`; else says
  /// why it stays (nil when deleted or already gone).
  static func removeStale(_ path: String, in folder: String) -> String? {
    guard ReportManifest.isPlainRelative(path) else { return "not a plain relative path" }
    let full = folder + "/" + path
    var info = stat()
    guard lstat(full, &info) == 0 else { return nil }
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      return "it is no longer a regular file rapport wrote"
    }
    // A folder on the way may have become a link elsewhere: resolve it and stay inside.
    let parent = (full as NSString).deletingLastPathComponent
    guard let realParent = Paths.real(parent), let realFolder = Paths.real(folder),
      realParent == realFolder || realParent.hasPrefix(realFolder + "/")
    else { return "it resolves outside the output folder" }
    return unlink(full) == 0 || errno == ENOENT ? nil : String(cString: strerror(errno))
  }

  static func rename(_ from: String, _ to: String) throws {
    if Foundation.rename(from, to) != 0 { throw WriteError(path: to, code: errno) }
  }
}
