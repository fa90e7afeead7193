import Foundation
import RapportTestSupport
import Testing

/// Invariants that hold whatever the notes say, over random notebooks built from seeds.
@Suite struct RandomNotebookTests {
  static let seeds: [UInt64] = [1, 2, 3, 5, 8, 13, 21, 34]

  /// Every file under `folder`, relative path to bytes.
  func files(_ folder: String) -> [String: Data] {
    var result: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return result }
    while let path = walker.nextObject() as? String {
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory)
      if !isDirectory.boolValue {
        result[path] = FileManager.default.contents(atPath: folder + "/" + path)
      }
    }
    return result
  }

  @Test(arguments: seeds)
  func figuresAddUpLinksResolveSecretsStayAndRunsAgree(seed: UInt64) throws {
    var notebookFiles: [String: String] = [:]
    for (path, text) in RandomNotebook(seed: seed).files { notebookFiles["nb/" + path] = text }
    let folder = try TemporaryNotebook(notebookFiles)
    let asOf = RandomNotebook.asOf
    let cache = ["RAPPORT_CACHE_DIR": folder.root + "/cache"]
    let check = try RapportProcess.run(["check", "nb", "--format", "json"], in: folder.root)
    #expect(check.status == 0, "seed \(seed): the notebook is valid\n\(check.stdout)")
    let runs = [
      ["--jobs", "1", "--no-cache", "--out", "a"], ["--jobs", "2", "--out", "b"],
      ["--jobs", "2", "--out", "c"],
    ]
    for arguments in runs {
      let run = try RapportProcess.run(
        ["report", "nb", "--as-of", asOf] + arguments, in: folder.root, environment: cache)
      #expect(run.status == 0, "seed \(seed): \(run.stderr)")
    }
    let first = files(folder.root + "/a").filter { !$0.key.hasSuffix(".rapport-manifest") }
    #expect(!first.isEmpty)
    for other in ["b", "c"] {
      let pages = files(folder.root + "/" + other).filter { !$0.key.hasSuffix(".rapport-manifest") }
      #expect(pages == first, "seed \(seed): --out \(other) differs from --jobs 1 --no-cache")
    }
    #expect(PageLinks.broken(under: folder.root + "/a") == [], "seed \(seed)")

    let export = try RapportProcess.run(["export", "nb", "--as-of", asOf], in: folder.root)
    #expect(export.status == 0)
    var outputs = first.map { ($0.key, String(decoding: $0.value, as: UTF8.self)) }
    outputs.append(("export.json", export.stdout))
    // `check` names a confidential note's path (its author must find it), and nothing else.
    var checkOutput = check.stdout + check.stderr
    for path in notebookFiles.keys where path.contains(RandomNotebook.marker) {
      checkOutput = checkOutput.replacingOccurrences(of: path, with: "")
    }
    outputs.append(("check", checkOutput))
    for (name, text) in outputs {
      #expect(
        !text.lowercased().contains(RandomNotebook.marker), "seed \(seed): \(name) leaks the marker"
      )
      // A sealed token is a hash of a name anyone could guess: outputs use labels instead.
      #expect(!(name + text).contains("sealed-"), "seed \(seed): \(name) holds a sealed token")
    }

    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
    let company = try #require(document["company"] as? [String: Any])
    let accounts = try #require(document["accounts"] as? [[String: Any]])
    func expectNPS(_ figures: [String: Any], _ what: String) {
      let respondents = figures["respondents"] as? Int ?? -1
      let promoters = figures["promoters"] as? Int ?? -1
      let passives = figures["passives"] as? Int ?? -1
      let detractors = figures["detractors"] as? Int ?? -1
      #expect(respondents == promoters + passives + detractors, "seed \(seed): \(what)")
      guard respondents > 0, let nps = figures["nps"] as? Double else { return }
      #expect((-100...100).contains(nps), "seed \(seed): \(what)")
      let expected = 100 * Double(promoters - detractors) / Double(respondents)
      #expect(abs(nps - expected) < 0.051, "seed \(seed): \(what) NPS \(nps), expected \(expected)")
    }
    expectNPS(company, "company")
    for account in accounts { expectNPS(account, "\(account["id"] ?? "")") }
    let sum = accounts.map { $0["respondents"] as? Int ?? 0 }.reduce(0, +)
    #expect(company["respondents"] as? Int == sum, "seed \(seed): company respondents")
    for account in accounts {
      let contacts = account["contacts"] as? [[String: Any]] ?? []
      let ids = contacts.compactMap { $0["id"] as? String }
      #expect(Set(ids).count == ids.count, "seed \(seed): each person listed once")
      let scored = contacts.filter { !(($0["scores"] as? [Any]) ?? []).isEmpty }.count
      #expect((account["respondents"] as? Int ?? 0) <= scored, "seed \(seed): counted once each")
    }
  }
}

/// The seeds between them exercise what the invariants are about.
@Suite struct RandomNotebookCoverageTests {
  @Test func theSeedsCoverConfidentialInternalWinLossAndEdgeDates() {
    let texts = RandomNotebookTests.seeds.flatMap { RandomNotebook(seed: $0).files.values }
    #expect(texts.contains { $0.contains("confidential: true") })
    #expect(texts.contains { $0.contains("attendees: [\(RandomNotebook.marker)guest]") })
    #expect(texts.contains { $0.contains("side: internal") })
    #expect(texts.contains { $0.contains("relationship: partner") })
    #expect(texts.contains { $0.contains("type: win-loss") })
    #expect(texts.contains { $0.contains("status: left") })
    for edge in ["date: 2025-06-30", "date: 2025-07-01", "date: 2026-06-30"] {
      #expect(texts.contains { $0.contains(edge) }, "\(edge)")
    }
  }
}
