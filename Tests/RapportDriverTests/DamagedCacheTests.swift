import Foundation
import RapportNotebook
import RapportTestSupport
import Testing

@testable import RapportDriver

/// Files rapport keeps between runs (the note cache, the output manifest, the journal of a run that
/// died moving pages in), truncated at many lengths or with a bit flipped: each is ignored and
/// rebuilt, and the run still gives exactly the reports and diagnostics of an undamaged one.
@Suite struct DamagedCacheTests {
  static let asOf = Day("2026-11-20")!

  /// A note with mistakes, so the diagnostics a damaged cache could get wrong are not empty.
  static let mistakes =
    "---\ndate: 2026-05-05\ninterviewer: Priya Shah\ncontact: tomas-berg\nscores: { nps: 11 }\ntheme: [x]\n---\n- [ ] Follow up due:2026-05-20\n"

  /// A new account, added between two runs.
  static let newAccount: [String: String] = [
    "globex/account.md": "---\nname: Globex\ncontacts:\n  - { id: ann, name: Ann Lee }\n---\n",
    "globex/2026-10-01-ann.md":
      "---\ndate: 2026-10-01\ninterviewer: Priya Shah\ncontact: ann\nscores: { nps: 9 }\n---\nAll good.\n",
  ]

  /// Copies of the sample notebook: `a`, and `b` (the same plus a new account), with a cache folder.
  func notebooks() throws -> TemporaryNotebook {
    let folder = try TemporaryNotebook([:])
    for name in ["a", "b"] {
      try folder.copySample(to: name)
      try folder.write(name + "/northwind-logistics/2026-05-05-mistakes.md", Self.mistakes)
    }
    for (path, text) in Self.newAccount { try folder.write("b/" + path, text) }
    return folder
  }

  func workspace(_ folder: TemporaryNotebook, _ name: String, cache: Bool = true) -> Workspace {
    Workspace(
      notebook: folder.root + "/" + name,
      options: Workspace.Options(
        jobs: 2, usesCache: cache, environment: ["RAPPORT_CACHE_DIR": folder.root + "/cache"]))
  }

  /// Every file under `out` but the manifest, by relative path.
  func pages(_ out: String) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let walker = FileManager.default.enumerator(atPath: out)!
    for case let path as String in walker where path != ReportManifest.fileName {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: out + "/" + path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        result[path] = try Data(contentsOf: URL(fileURLWithPath: out + "/" + path))
      }
    }
    return result
  }

  /// Truncations to `count` lengths, then single flipped bits at `count` places, of `bytes`:
  /// denser in the first 64 bytes (magic, hashes, header), then spread over the rest.
  static func damaged(_ bytes: [UInt8], count: Int) -> [(label: String, bytes: [UInt8])] {
    let head = min(64, bytes.count)
    var places = Set((0..<count / 2).map { $0 * head / (count / 2) })
    places.formUnion((0..<count / 2).map { head + $0 * (bytes.count - head) / (count / 2) })
    places.insert(bytes.count - 1)
    let sorted = places.filter { $0 < bytes.count }.sorted()
    var result = sorted.map { ("truncated to \($0) bytes", Array(bytes.prefix($0))) }
    for place in sorted {
      var flipped = bytes
      flipped[place] ^= 1 << UInt8(place % 8)
      result.append(("bit \(place % 8) of byte \(place) flipped", flipped))
    }
    return result
  }

  @Test func everyTruncationAndFlippedBitOfAManifestOrJournalIsNoticed() throws {
    let folder = try notebooks()
    let out = folder.root + "/out"
    _ = try workspace(folder, "b").report(ReportRequest(out: out, asOf: Self.asOf))
    let manifest = try #require(ReportManifest.read(in: out))
    #expect(!manifest.isDamaged)
    let journal = OutputStaging.Journal(
      installs: manifest.pages.keys.sorted(), removals: ["accounts/gone.md"])
    let texts = [Array(manifest.text.utf8), Array(journal.text.utf8)]
    for (index, text) in texts.enumerated() {
      for length in 0..<text.count {
        let truncated = String(decoding: text.prefix(length), as: UTF8.self)
        #expect(
          ReportManifest.parse(truncated) == nil && OutputStaging.Journal(text: truncated) == nil)
      }
      for offset in text.indices {
        for bit in 0..<8 {
          var flipped = text
          flipped[offset] ^= 1 << bit
          let damaged = String(decoding: flipped, as: UTF8.self)
          // Read only if the flip changed nothing that matters (a hex digit's case).
          if index == 0, let read = ReportManifest.parse(damaged) {
            #expect(read.key == manifest.key && read.pages == manifest.pages, "\(offset) \(bit)")
          }
          if index == 1, let read = OutputStaging.Journal(text: damaged) {
            #expect(read.installs == journal.installs && read.removals == journal.removals)
          }
        }
      }
    }
  }

  @Test func aDamagedNoteCacheIsRebuiltAndChangesNothing() throws {
    let folder = try notebooks()
    let reference = try workspace(folder, "a", cache: false).check()
    #expect(!reference.diagnostics.isEmpty)
    _ = try workspace(folder, "a", cache: false).report(
      ReportRequest(out: folder.root + "/reference", asOf: Self.asOf))
    let expected = try pages(folder.root + "/reference")
    _ = try workspace(folder, "a").check()
    let cacheFiles = try FileManager.default.contentsOfDirectory(atPath: folder.root + "/cache")
    #expect(cacheFiles.count == 1)
    let file = folder.root + "/cache/" + cacheFiles[0]
    let good = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
    let key = NoteCache.key(version: BuildIdentity.current, limits: Limits())
    #expect(NoteCache.decode(good, key: key) != nil)
    for (index, damage) in Self.damaged(good, count: 8).enumerated() {
      try Data(damage.bytes).write(to: URL(fileURLWithPath: file))
      let checked = try workspace(folder, "a").check()
      #expect(checked.diagnostics == reference.diagnostics, "\(damage.label)")
      #expect(checked.noteCount == reference.noteCount, "\(damage.label)")
      try Data(damage.bytes).write(to: URL(fileURLWithPath: file))
      let out = folder.root + "/out-\(index)"
      let report = try workspace(folder, "a").report(ReportRequest(out: out, asOf: Self.asOf))
      #expect(report.diagnostics == reference.diagnostics, "\(damage.label)")
      #expect(try pages(out) == expected, "\(damage.label)")
      let rebuilt = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
      #expect(NoteCache.decode(rebuilt, key: key) != nil, "\(damage.label): not rebuilt")
      try FileManager.default.removeItem(atPath: out)
    }
  }

  @Test func aDamagedManifestIsRebuiltAndTheRunStillSucceeds() throws {
    let folder = try notebooks()
    _ = try workspace(folder, "b").report(
      ReportRequest(out: folder.root + "/reference", asOf: Self.asOf))
    let expected = try pages(folder.root + "/reference")
    let out = folder.root + "/out"
    _ = try workspace(folder, "a").report(ReportRequest(out: out, asOf: Self.asOf))
    let good = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out + "/.rapport-manifest")))
    #expect(ReportManifest.parse(String(decoding: good, as: UTF8.self)) != nil)
    for damage in Self.damaged(good, count: 8) {
      // Each round starts from the reports of `a`, with its manifest damaged, and reports `b`.
      _ = try workspace(folder, "a").report(ReportRequest(out: out, asOf: Self.asOf))
      try Data(damage.bytes).write(to: URL(fileURLWithPath: out + "/.rapport-manifest"))
      let report = try workspace(folder, "b").report(ReportRequest(out: out, asOf: Self.asOf))
      #expect(report.result != .upToDate, "\(damage.label)")
      #expect(try pages(out) == expected, "\(damage.label)")
    }
  }

  @Test func aDamagedJournalIsIgnoredAndTheNextRunStillSucceeds() throws {
    let folder = try notebooks()
    let reference = folder.root + "/reference"
    _ = try workspace(folder, "b").report(ReportRequest(out: reference, asOf: Self.asOf))
    let expected = try pages(reference)
    let out = folder.root + "/out"
    let staging = out + "/" + OutputStaging.folderName
    let journal = OutputStaging.Journal(installs: expected.keys.sorted(), removals: []).text
    let good = Array(journal.utf8)
    #expect(OutputStaging.Journal(text: journal) != nil)
    let fm = FileManager.default
    for damage in Self.damaged(good, count: 8) {
      // A run of `b` that died after committing, having moved the new account's pages in.
      try? fm.removeItem(atPath: out)
      _ = try workspace(folder, "a").report(ReportRequest(out: out, asOf: Self.asOf))
      try fm.copyItem(atPath: reference, toPath: staging)
      for page in ["accounts/globex.md", "accounts/globex.html"] {
        try fm.moveItem(atPath: staging + "/" + page, toPath: out + "/" + page)
      }
      try Data(damage.bytes).write(
        to: URL(fileURLWithPath: staging + "/" + OutputStaging.journalName))
      let report = try workspace(folder, "b").report(ReportRequest(out: out, asOf: Self.asOf))
      #expect(report.result != .upToDate, "\(damage.label)")
      #expect(try pages(out) == expected, "\(damage.label)")
      #expect(!fm.fileExists(atPath: staging), "\(damage.label)")
    }
  }
}
