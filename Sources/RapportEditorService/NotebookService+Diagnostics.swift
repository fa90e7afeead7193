import RapportLanguageServer

extension NotebookService {
  public func diagnostics(
    for document: DocumentSnapshot, cancellation: Cancellation
  ) throws -> [EditorDiagnostic] {
    guard let place = place(of: document.path) else { return [] }
    let notebook = notebook(at: place.root)
    try cancellation.check()
    return DocumentChecker(notebook: notebook).diagnostics(at: place, text: document.text).map(
      EditorDiagnostic.init)
  }
}
