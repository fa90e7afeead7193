import Foundation
import RapportAnalysis
import RapportNotebook
import RapportSystem

/// What changed in the notebook between two revisions, and how to name them.
public struct DiffOutcome: Sendable {
  public var changes: NotebookChanges
  /// The base as a reader should see it, such as "`main` (1a2b3c4d5e6f)".
  public var baseName: String
  /// The head as a reader should see it, or "the working tree".
  public var headName: String
  /// Short commit ids (head: "working-tree" when comparing with the working tree).
  public var baseCommit: String
  public var headCommit: String
}

extension Workspace {
  /// Compares the notebook at `base` (nil: the merge-base with the default branch) with `head`
  /// (nil: the working tree), with figures as of `asOf`.
  public func diff(base: String?, head: String?, asOf: Day) throws -> DiffOutcome {
    let repository = try repository()
    let (baseCommit, headCommit) = try gitCall {
      (try base.map(repository.commit) ?? repository.defaultBase(), try head.map(repository.commit))
    }
    let scratch = try ScratchFolder(purpose: "diff")
    defer { scratch.remove() }
    let old = try revision(baseCommit, repository: repository, into: scratch.path + "/base")
    let new =
      try headCommit.map { try revision($0, repository: repository, into: scratch.path + "/head") }
      ?? load()
    let changes = NotebookChanges(
      base: old.notebook, baseHashes: old.contentHashes, head: new.notebook,
      headHashes: new.contentHashes, asOf: asOf)
    return DiffOutcome(
      changes: changes,
      baseName: base.map { "`\($0)` (\(repository.short(baseCommit)))" }
        ?? "`\(repository.short(baseCommit))` (merge-base)",
      headName: head.map { "`\($0)` (\(repository.short(headCommit!)))" } ?? "the working tree",
      baseCommit: repository.short(baseCommit),
      headCommit: headCommit.map(repository.short) ?? "working-tree")
  }

  /// The notebook as it was at `commit`, read from a private copy (with this notebook's cache).
  private func revision(
    _ commit: String, repository: GitRepository, into folder: String
  ) throws -> LoadedNotebook {
    try gitCall { try repository.export(commit, into: folder) }
    let root = repository.notebook(in: folder)
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    return Workspace(notebook: notebook, options: options, snapshot: root).load()
  }

  /// Runs git work, turning its failures into errors worded for the user.
  func gitCall<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let failure as GitRepository.Failure {
      throw DriverError(failure.description)
    }
  }
}
