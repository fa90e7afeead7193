import Foundation
import RapportTestSupport
import Testing

/// `rapport report` and `rapport export` end to end: golden files, determinism, safety.
@Suite struct ReportCommandTests {
  static let golden = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/sample-reports")
  static let asOf = "2026-11-20"
  /// Person pages kept as golden files: a promoter executive, someone never interviewed and a
  /// convert.
  static let goldenPeople = [
    "people/northwind-logistics/helen-cho", "people/northwind-logistics/ben-okoro",
    "people/northwind-logistics/tomas-berg",
  ]

  /// A copy of the sample notebook in a fresh folder (outside git, so no commit id is stated).
  func sampleCopy() throws -> TemporaryNotebook {
    let copy = try TemporaryNotebook([:])
    try FileManager.default.removeItem(atPath: copy.root)
    try FileManager.default.createDirectory(atPath: copy.root, withIntermediateDirectories: true)
    try copy.copySample()
    return copy
  }

  /// Every file under `folder` (relative path to text), manifest excluded.
  func files(_ folder: String) -> [String: String] {
    var result: [String: String] = [:]
    let walker = FileManager.default.enumerator(atPath: folder)!
    while let path = walker.nextObject() as? String {
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory)
      if !isDirectory.boolValue && !path.hasSuffix(".rapport-manifest") {
        result[path] = try? String(contentsOfFile: folder + "/" + path, encoding: .utf8)
      }
    }
    return result
  }

  @Test func sampleReportsMatchGoldenFiles() throws {
    let copy = try sampleCopy()
    let run = try RapportProcess.run(
      ["report", "notebooks", "--out", "reports", "--as-of", Self.asOf], in: copy.root)
    #expect(run.status == 0, "\(run.stderr)")
    let export = try RapportProcess.run(
      ["export", "notebooks", "--as-of", Self.asOf, "--format", "json"], in: copy.root)
    #expect(export.status == 0)
    var produced = files(copy.root + "/reports")
    produced["export.json"] = export.stdout
    // Every person has two pages; a few people's pages stand for them all in the golden folder.
    let people = produced.keys.filter { $0.hasPrefix("people/") }
    #expect(people.count > 2 * 7 && people.count % 2 == 0)
    for person in people where !Self.goldenPeople.contains(where: { person.hasPrefix($0 + ".") }) {
      produced[person] = nil
    }
    let accounts = try FileManager.default.contentsOfDirectory(
      atPath: copy.root + "/reports/accounts"
    ).count
    #expect(accounts == 2 * 10, "ten accounts in two formats")
    // The company page in two formats, the style sheet, the export and the golden people.
    #expect(produced.keys.count == accounts + 2 + 1 + 1 + 2 * Self.goldenPeople.count)
    for (path, text) in produced.sorted(by: { $0.key < $1.key }) {
      // Leftovers of a value that was missing or not unwrapped when rendered.
      for leftover in ["Optional(", " nil ", ": .\n", "{{", "}}"] {
        #expect(!text.contains(leftover), "\(path) contains \(leftover.debugDescription)")
      }
      let mismatch = Golden.mismatch(text, file: Self.golden.appendingPathComponent(path))
      #expect(mismatch == nil, "\(mismatch ?? "")")
    }
    let expected = Set(files(Self.golden.path).keys)
    #expect(
      expected == Set(produced.keys),
      "golden folder has stale files: \(expected.subtracting(produced.keys))")
  }

  @Test func runsAreByteIdenticalWithAndWithoutCacheAndAcrossJobCounts() throws {
    let copy = try sampleCopy()
    let cache = copy.root + "/cache"
    let first = try RapportProcess.run(
      ["report", "notebooks", "--out", "a", "--as-of", Self.asOf, "--no-cache", "--jobs", "1"],
      in: copy.root)
    let second = try RapportProcess.run(
      ["report", "notebooks", "--out", "b", "--as-of", Self.asOf, "--jobs", "2"], in: copy.root,
      environment: ["RAPPORT_CACHE_DIR": cache])
    let third = try RapportProcess.run(
      ["report", "notebooks", "--out", "c", "--as-of", Self.asOf, "--jobs", "2"], in: copy.root,
      environment: ["RAPPORT_CACHE_DIR": cache, "RAPPORT_TRACE": "1"])
    #expect([first.status, second.status, third.status] == [0, 0, 0])
    #expect(third.stderr.contains("load notebook (0 parsed, 0 accounts unread)"), "\(third.stderr)")
    let a = files(copy.root + "/a")
    #expect(!a.isEmpty)
    #expect(a == files(copy.root + "/b"))
    #expect(a == files(copy.root + "/c"))
  }

  @Test func confidentialWordsAppearInNoOutputAndNoCache() throws {
    let copy = try sampleCopy()
    #expect(try ConfidentialSample.missing(notebook: copy.root + "/notebooks") == [])
    let cache = copy.root + "/cache"
    let run = try RapportProcess.run(
      ["report", "notebooks", "--out", "reports", "--as-of", Self.asOf], in: copy.root,
      environment: ["RAPPORT_CACHE_DIR": cache])
    #expect(run.status == 0)
    let export = try RapportProcess.run(
      ["export", "notebooks", "--as-of", Self.asOf], in: copy.root)
    var outputs = files(copy.root + "/reports")
    outputs["export.json"] = export.stdout
    for (path, data) in try cacheFiles(cache) {
      outputs["cache/" + path] = String(decoding: data, as: UTF8.self)
    }
    #expect(outputs.keys.contains { $0.hasPrefix("cache/") }, "the run should have left a cache")
    for (path, text) in outputs {
      #expect(ConfidentialSample.leaks(in: text) == [], "\(path) leaks confidential words")
    }
    #expect(outputs["accounts/northwind-logistics.html"]?.contains("Confidential note") == true)
  }

  /// Every file in the cache folder, as bytes.
  func cacheFiles(_ folder: String) throws -> [String: Data] {
    var result: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
      result[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
    }
    return result
  }

  @Test func everyPageStatesTheAsOfDateAndTheSkippedNotesItIsAbout() throws {
    let copy = try sampleCopy()
    try "---\ndate: 2026-13-01\ninterviewer: X\ncontact: y\n---\n".write(
      toFile: copy.root + "/notebooks/northwind-logistics/2026-11-01-broken.md", atomically: true,
      encoding: .utf8)
    let run = try RapportProcess.run(
      ["report", "notebooks", "--out", "reports", "--as-of", Self.asOf], in: copy.root)
    #expect(run.status == 1)
    #expect(run.stderr.contains("2026-11-01-broken.md:2:7: error:"))
    for (path, text) in files(copy.root + "/reports") where path != "style.css" {
      #expect(text.contains("2026-11-20"), "\(path)")
      // The company's pages and the broken note's account's pages say so; no other account's.
      let concerned =
        path.hasPrefix("index.") || path.hasPrefix("accounts/northwind-logistics.")
        || path.hasPrefix("people/northwind-logistics/")
      #expect(text.contains("1 note was left out") == concerned, "\(path)")
    }
    let strict = try RapportProcess.run(
      ["report", "notebooks", "--out", "strict", "--strict"], in: copy.root)
    #expect(strict.status == 1)
    #expect(!FileManager.default.fileExists(atPath: copy.root + "/strict"))
    #expect(
      strict.stderr.contains("1 error: reports in strict left as they were until it is fixed"),
      "\(strict.stderr)")
  }
}

/// The README shows real output: its excerpt must match the golden sample report.
@Suite struct ReadmeExcerptTests {
  @Test func readmeExcerptIsRealOutput() throws {
    let readme = try String(
      contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
    let golden = try String(
      contentsOf: RepositoryPaths.root.appendingPathComponent(
        "Tests/Fixtures/sample-reports/index.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "<!-- excerpt:begin"))
    let stop = try #require(readme.range(of: "<!-- excerpt:end -->"))
    // The excerpt sits in a code fence so its links (relative to reports/) are not followed.
    let body = readme[start.upperBound..<stop.lowerBound]
      .split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
      .filter { !$0.hasPrefix("```") }.dropLast()
    #expect(!body.isEmpty)
    #expect(
      golden.contains(body.joined(separator: "\n")), "README excerpt differs from the sample report"
    )
  }
}
