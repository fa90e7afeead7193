import Foundation
import RapportDriver
import RapportNotebook

/// A notebook written into a fresh temporary folder from a map of relative paths to file texts.
public final class TemporaryNotebook {
  /// The notebook folder.
  public let root: String

  /// Writes `files`; an empty text means "no such file" (so an example can remove a base file),
  /// and `RuleCatalog.link(to:)` makes a symbolic link.
  public init(_ files: [String: String]) throws {
    root = NSTemporaryDirectory() + "rapport-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    for (path, text) in files where !text.isEmpty {
      if let target = RuleCatalog.linkTarget(of: text) {
        try link(path, to: target)
      } else {
        try write(path, text)
      }
    }
  }

  /// Makes a symbolic link at `path` to `target` (as written: relative to the link's folder or
  /// absolute), creating folders as needed.
  public func link(_ path: String, to target: String) throws {
    let url = URL(fileURLWithPath: root + "/" + path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
  }

  /// Writes one file, creating folders as needed.
  public func write(_ path: String, _ text: String) throws {
    try write(path, bytes: Array(text.utf8))
  }

  /// Writes one file's raw bytes.
  public func write(_ path: String, bytes: [UInt8]) throws {
    let url = URL(fileURLWithPath: root + "/" + path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  /// Copies the repository's sample notebook (`notebooks/`) to `path` inside the folder, creating
  /// the folders above it.
  public func copySample(to path: String = "notebooks") throws {
    let target = URL(fileURLWithPath: root + "/" + path)
    try FileManager.default.createDirectory(
      at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: RepositoryPaths.root.appendingPathComponent("notebooks").path, toPath: target.path)
  }

  /// Loads the notebook with `jobs` threads.
  public func load(jobs: Int = 1) -> Notebook {
    NotebookLoader(jobs: jobs).load(root: root).notebook
  }

  /// What `rapport check` finds (without a cache) on `today`: the load's diagnostics and those
  /// that depend on the day of the run.
  public func check(today: Day = RuleCatalog.exampleToday) throws -> [Diagnostic] {
    let options = Workspace.Options(
      jobs: 1, usesCache: false, environment: ["RAPPORT_TODAY": today.description])
    return try Workspace(notebook: root, options: options).check().diagnostics
  }

  deinit { try? FileManager.default.removeItem(atPath: root) }
}

/// Where the repository and the shared folder beside it are.
public enum RepositoryPaths {
  /// The repository root.
  public static let root: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        return url
      }
    }
    return url
  }()

  /// `../shared/realworld` beside the repository: third-party files that sit there in CI only.
  public static let sharedRealWorld = root.appendingPathComponent("../shared/realworld")
    .standardized

  /// Whether `sharedRealWorld` is present (tests that read it are skipped when it is not).
  public static var hasSharedRealWorld: Bool {
    FileManager.default.fileExists(atPath: sharedRealWorld.path)
  }
}

/// Parses one note from text, as the loader would, for focused tests.
public func parseNote(
  _ text: String, file: String = "acme/note.md", limits: Limits = Limits()
) -> ParsedNote {
  Array(text.utf8).withUnsafeBytes { NoteParser.parse(bytes: $0, file: file, limits: limits) }
}

/// A note with standard front matter and the given body.
public func noteWithBody(_ body: String) -> String {
  "---\ndate: 2026-03-14\ninterviewer: Sam Lee\ncontact: jane-doe\n---\n" + body
}
