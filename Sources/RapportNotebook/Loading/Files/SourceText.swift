/// A file's bytes checked and decoded as UTF-8 text, or the diagnostic that says why they cannot be.
public struct SourceText {
  /// The decoded text without a byte-order mark; nil when the bytes are not usable text.
  public let text: String?
  public let diagnostics: [Diagnostic]

  /// Decodes `bytes` from the file at notebook-relative path `file`.
  public init(bytes: UnsafeRawBufferPointer, file: String) {
    let (text, problem) = FileEncoding.decode(bytes, file: file)
    self.text = text
    if let problem {
      diagnostics = [problem]
    } else {
      diagnostics =
        FileLineEndings.check(FileEncoding.content(of: bytes), file: file).map { [$0] }
        ?? []
    }
  }
}
