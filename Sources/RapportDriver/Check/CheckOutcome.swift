import RapportNotebook
import RapportSystem

/// What a check found.
public struct CheckOutcome {
  /// The diagnostics in scope, sorted by file and position.
  public var diagnostics: [Diagnostic]
  /// Interview notes found.
  public var noteCount: Int
  public var accountCount: Int
  /// With a changed or staged scope: how many changed files the diagnostics were limited to.
  public var changedFiles: Int?
  /// Where the checked files can be read (for the lines shown under diagnostics): the notebook,
  /// or the snapshot of its staged files, kept until this outcome is released.
  public var root: String
  let snapshot: ScratchFolder?

  /// Errors among the diagnostics.
  public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
  /// Warnings among the diagnostics.
  public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
}
