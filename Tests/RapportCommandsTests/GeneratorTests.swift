import Foundation
import RapportTestSupport
import Testing

/// The benchmark's notebook generator: the same seed writes the same bytes, and `check` is clean.
@Suite struct GeneratorTests {
  /// Runs `scripts/generate-notebook` into `folder`; false when python3 is missing.
  func generate(notes: Int, seed: Int, into folder: String) throws -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", RepositoryPaths.root.appendingPathComponent("scripts/generate-notebook").path,
      "--notes", String(notes), "--out", folder, "--seed", String(seed),
    ]
    do { try process.run() } catch { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }

  /// Every file under `folder`, relative path to bytes.
  func contents(_ folder: String) -> [String: Data] {
    var result: [String: Data] = [:]
    let walker = FileManager.default.enumerator(atPath: folder)!
    while let path = walker.nextObject() as? String {
      if let data = FileManager.default.contents(atPath: folder + "/" + path) {
        result[path] = data
      }
    }
    return result
  }

  /// Whether python3 is on the PATH (the generator is a Python script).
  static let hasPython = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    .contains { FileManager.default.isExecutableFile(atPath: $0 + "/python3") }

  @Test(
    "same seed, same bytes, and a clean notebook",
    .enabled(if: hasPython, "python3 is not installed (scripts/ensure-deps --all installs it)"))
  func sameSeedSameBytesAndACleanNotebook() throws {
    let scratch = try TemporaryNotebook([:])
    #expect(try generate(notes: 120, seed: 7, into: scratch.root + "/a"))
    #expect(try generate(notes: 120, seed: 7, into: scratch.root + "/b"))
    #expect(try generate(notes: 120, seed: 8, into: scratch.root + "/c"))
    let first = contents(scratch.root + "/a")
    #expect(first.keys.filter { $0.hasSuffix(".md") && !$0.hasSuffix("account.md") }.count == 120)
    #expect(first == contents(scratch.root + "/b"))
    #expect(first != contents(scratch.root + "/c"))
    let check = try RapportProcess.run(["check", scratch.root + "/a", "--no-cache"])
    #expect(check.status == 0)
    #expect(check.stdout.hasSuffix("0 errors, 0 warnings\n"), "\(check.stdout.suffix(600))")
  }
}
