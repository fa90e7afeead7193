import Foundation
import RapportSystem

/// The folder inside the output folder where a run stages its pages, and the journal that makes
/// moving them into place survive a crash.
///
/// Pages are written into the staging folder; then a journal listing the pages to move in and the
/// stale pages to delete is written and renamed into place, which commits the run; then each page
/// is renamed over the old one (each rename is atomic), stale pages are deleted, and the new
/// manifest moves in last. A run killed before the commit leaves the old reports untouched and its
/// staging folder is discarded by the next run; a run killed after it is finished by the next run.
/// Files rapport did not write are never touched.
struct OutputStaging {
  static let folderName = ".rapport-staging"
  static let journalName = "journal"

  /// The output folder's real path.
  let out: String

  /// The staging folder.
  var folder: String { out + "/" + Self.folderName }

  /// Finishes a committed run or discards an uncommitted one; returns warnings about stale pages
  /// left alone.
  func recover() -> [String] {
    guard FileSystem.exists(folder) else { return [] }
    var warnings: [String] = []
    if let journal = readJournal() {
      warnings = apply(journal)
    } else if FileSystem.exists(folder + "/" + Self.journalName) {
      // The run committed and its journal was damaged since: pages may have moved in unrecorded.
      // A manifest that does not read says so to every later run, until one writes a new one.
      try? FileSystem.write(out + "/" + ReportManifest.fileName, text: ReportManifest.lostTrack)
    }
    try? FileManager.default.removeItem(atPath: folder)
    return warnings
  }

  /// An empty staging folder.
  func prepare() throws(FileError) {
    _ = recover()
    try FileSystem.makeFolders(folder)
  }

  /// Commits the staged run and moves it into place; returns warnings about stale pages left alone.
  func commit(installs: [String], removals: [String]) throws -> [String] {
    let journal = Journal(installs: installs, removals: removals)
    let temporary = folder + "/" + Self.journalName + ".tmp"
    do {
      try FileSystem.write(temporary, text: journal.text)
    } catch {
      throw WriteError(path: error.path, code: error.code)
    }
    try ReportWriter.rename(temporary, folder + "/" + Self.journalName)
    let warnings = apply(journal)
    try? FileManager.default.removeItem(atPath: folder)
    return warnings
  }

  /// Moves staged pages in, deletes stale ones and moves the manifest in; safe to repeat.
  private func apply(_ journal: Journal) -> [String] {
    // Folders are made once each, not once per page: a report set has tens of thousands.
    var made = Set<String>()
    // A staged folder whose place in the output does not exist yet moves in with one rename
    // instead of one per page (all of a first run's pages, or a new account's): the staging
    // folder holds nothing but pages to install, below its top level.
    var moved = Set<String>()
    for path in journal.installs where ReportManifest.isPlainRelative(path) {
      let folderPath = Paths.parent(path)
      if !folderPath.isEmpty, moved.contains(folderPath) { continue }
      let staged = folder + "/" + path
      let target = out + "/" + path
      let parent = Paths.parent(target)
      if !folderPath.isEmpty, !made.contains(parent), !FileSystem.exists(parent),
        FileSystem.isDirectory(folder + "/" + folderPath)
      {
        let above = Paths.parent(parent)
        if made.insert(above).inserted { try? FileSystem.makeFolders(above) }
        if Glibc.rename(folder + "/" + folderPath, parent) == 0 {
          moved.insert(folderPath)
          made.insert(parent)
          continue
        }
      }
      if made.insert(parent).inserted { try? FileSystem.makeFolders(parent) }
      // A page already moved (the journal replayed) is gone from staging: ENOENT, skipped. A
      // folder standing where the page goes (EISDIR) is left, and the page stays unwritten.
      _ = Glibc.rename(staged, target)
    }
    var warnings: [String] = []
    for path in journal.removals {
      if let reason = ReportWriter.removeStale(path, in: out) {
        warnings.append("left \(path) in place: \(reason)")
      }
    }
    let manifest = folder + "/" + ReportManifest.fileName
    if FileSystem.exists(manifest) {
      _ = Glibc.rename(manifest, out + "/" + ReportManifest.fileName)
    }
    return warnings.sorted()
  }

  private func readJournal() -> Journal? {
    var buffer: [UInt8] = []
    guard
      case .success = FileSystem.read(
        folder + "/" + Self.journalName, into: &buffer, maxBytes: 64 << 20),
      let text = String(validating: buffer, as: UTF8.self)
    else { return nil }
    return Journal(text: text)
  }

  /// The list of what a committed run moves in and deletes.
  struct Journal {
    var installs: [String]
    var removals: [String]

    init(installs: [String], removals: [String]) {
      self.installs = installs
      self.removals = removals
    }

    /// The first line of the current format, whose last line `end HASH` hashes the text before
    /// it, so a damaged journal is never followed.
    static let header = "rapport-journal 2"

    /// Reads a journal; nil unless it is complete and undamaged (format 1, without a hash, ends
    /// with `end`).
    init?(text: String) {
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      guard lines.count >= 3, lines.last == "" else { return nil }
      let end = lines[lines.count - 2]
      if lines.first == Substring(Self.header) {
        guard end.hasPrefix("end "),
          UInt64(end.dropFirst(4), radix: 16)
            == ReportManifest.hash(text.utf8.dropLast(end.utf8.count + 1))
        else { return nil }
      } else {
        guard lines.first == "rapport-journal 1", end == "end" else { return nil }
      }
      lines.removeLast(2)
      var installs: [String] = []
      var removals: [String] = []
      for line in lines.dropFirst() {
        if line.hasPrefix("install ") {
          installs.append(String(line.dropFirst(8)))
        } else if line.hasPrefix("remove ") {
          removals.append(String(line.dropFirst(7)))
        } else {
          return nil
        }
      }
      self.installs = installs
      self.removals = removals
    }

    var text: String {
      let body =
        Self.header + "\n" + installs.map { "install \($0)\n" }.joined()
        + removals.map { "remove \($0)\n" }.joined()
      return body + "end \(String(ReportManifest.hash(body.utf8[...]), radix: 16))\n"
    }
  }
}
