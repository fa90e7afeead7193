import Foundation
import RapportSystem
import Synchronization

/// A report set being written: pages go straight to disk as they are rendered, then move into place.
final class ReportTransaction: Sendable {
  let temporary: String
  let target: String
  let writer: ReportWriter
  /// Removes the temporary folder if the run is killed.
  let cleanupToken: Int
  private let pages = Mutex<[ReportWriter.Page]>([])

  init(temporary: String, target: String, writer: ReportWriter, cleanupToken: Int) {
    self.temporary = temporary
    self.target = target
    self.writer = writer
    self.cleanupToken = cleanupToken
  }

  /// Writes a newly rendered page.
  func write(_ path: String, _ text: String, key: UInt64) throws {
    var copy = text
    try copy.withUTF8 { try ReportWriter.writeFile(temporary + "/" + path, $0) }
    pages.withLock { $0.append(ReportWriter.Page(path: path, bytes: [], key: key)) }
  }

  /// Keeps a page from the previous run unchanged (a hard link, else a copy).
  func reuse(_ path: String, key: UInt64) throws {
    if link(target + "/" + path, temporary + "/" + path) != 0 {
      try FileManager.default.copyItem(atPath: target + "/" + path, toPath: temporary + "/" + path)
    }
    pages.withLock { $0.append(ReportWriter.Page(path: path, bytes: nil, key: key)) }
  }

  /// Writes the manifest and moves the new report set into place; returns warnings.
  func commit(key: UInt64, previous: ReportWriter.Manifest?) throws -> [String] {
    let written = pages.withLock { $0 }.sorted { $0.path < $1.path }
    let manifest =
      "rapport-manifest 1\nkey \(String(key, radix: 16))\n"
      + written.map { "\(String($0.key, radix: 16)) \($0.path)\n" }.joined()
    var text = manifest
    try text.withUTF8 {
      try ReportWriter.writeFile(temporary + "/" + ReportWriter.manifestName, $0)
    }
    defer { Termination.unregister(cleanupToken) }
    return try writer.install(temporary, into: target, pages: written, previous: previous)
  }

  /// Removes the temporary folder after a failure.
  func abort() {
    try? FileManager.default.removeItem(atPath: temporary)
    Termination.unregister(cleanupToken)
  }

  /// How many pages were rendered anew and how many reused.
  var counts: (rendered: Int, reused: Int) {
    pages.withLock { pages in
      (pages.filter { $0.bytes != nil }.count, pages.filter { $0.bytes == nil }.count)
    }
  }
}
