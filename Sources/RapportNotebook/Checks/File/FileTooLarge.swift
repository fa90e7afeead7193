extension Rule {
  /// Files larger than `limits.max_note_bytes`.
  public static let fileTooLarge = Rule(
    "file.too-large", .error, "The file is larger than `limits.max_note_bytes` (1 MiB by default).",
    triggering: [
      "rapport.yml": "limits: { max_note_bytes: 400 }\n",
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: String(repeating: "Long answer. ", count: 30)),
    ],
    passing: [
      "rapport.yml": "limits: { max_note_bytes: 2000 }\n",
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: String(repeating: "Long answer. ", count: 30)),
    ])
}

/// Refuses files over `limits.max_note_bytes`; such files are not read at all.
public enum FileTooLarge {
  /// The error for a file of `size` bytes when it is over the limit, else nil.
  public static func check(size: Int, file: String, limits: Limits) -> Diagnostic? {
    guard size > limits.maxNoteBytes else { return nil }
    return Diagnostic(
      .fileTooLarge, file: file, at: nil,
      "the file is \(size) bytes, over the limit of \(limits.maxNoteBytes) (`limits.max_note_bytes` in rapport.yml)"
    )
  }
}
