import Foundation

/// What git says about the folder a notebook is in, asked through the `git` command.
enum GitInfo {
  /// The short commit id of the notebook's repository, with a note when its files have uncommitted
  /// changes; nil outside a git repository or without git.
  static func commit(of folder: String) -> String? {
    guard let id = run(["rev-parse", "--verify", "-q", "--short=12", "HEAD"], in: folder)?.trimmed,
      !id.isEmpty
    else { return nil }
    let changes =
      run(["status", "--porcelain", "--untracked-files=normal", "--", "."], in: folder) ?? ""
    return changes.trimmed.isEmpty ? id : id + " (with uncommitted changes)"
  }

  /// Output of `git args…` run in `folder`, or nil when it fails.
  static func run(_ arguments: [String], in folder: String) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self)
  }
}

extension String {
  /// The string without surrounding whitespace and newlines.
  var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
