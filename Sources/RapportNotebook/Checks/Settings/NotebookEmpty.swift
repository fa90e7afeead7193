extension Rule {
  /// A notebook with no interview notes at all.
  public static let notebookEmpty = Rule(
    "notebook.empty", .warning, "The notebook has no interview notes: is this the right folder?",
    triggering: [RuleCatalog.exampleNote: "", "acme/account.md": ""],
    passing: [:])
}

/// Warns when a notebook has no interview notes: usually the wrong folder.
public enum NotebookEmpty {
  /// The warning for a notebook of `noteCount` notes when there are none.
  public static func check(noteCount: Int) -> Diagnostic? {
    guard noteCount == 0 else { return nil }
    return Diagnostic(
      .notebookEmpty, file: ".", at: nil,
      "no interview notes found: notes are Markdown files inside account folders")
  }
}
