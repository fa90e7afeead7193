import RapportDriver
import RapportLanguageServer
import RapportNotebook

extension NotebookService {
  public func completion(
    at position: DocumentPosition, cancellation: Cancellation
  ) throws -> [CompletionItem] {
    guard let view = view(of: position.document) else { return [] }
    try cancellation.check()
    return Completions(view: view, cursor: position.location).items()
  }

  public func hover(at position: DocumentPosition, cancellation: Cancellation) throws -> Hover? {
    guard let view = view(of: position.document),
      let subject = Subject.find(in: view, at: position.location)
    else { return nil }
    try cancellation.check()
    return Hovers(view: view).hover(subject)
  }

  public func definition(
    at position: DocumentPosition, cancellation: Cancellation
  ) throws -> [DefinitionTarget] {
    guard let view = view(of: position.document),
      let subject = Subject.find(in: view, at: position.location)
    else { return [] }
    try cancellation.check()
    let documents = state.withLock { $0.documents }
    return Definitions(view: view) { path in
      if path == view.path { return view.text.text }
      if let open = documents[path] { return open.text }
      return FileText.read(path)
    }.targets(subject)
  }

  public func codeActions(
    in document: DocumentSnapshot, range: TextRange, diagnostics: [EditorDiagnostic],
    cancellation: Cancellation
  ) throws -> [CodeAction] {
    guard let view = view(of: document) else { return [] }
    // Checked afresh, so the fixes match the text as it is now, whatever the editor still shows.
    let current = DocumentChecker(notebook: view.notebook).diagnostics(
      at: view.place, text: document.text
    ).map(EditorDiagnostic.init)
    try cancellation.check()
    let here = current.filter {
      $0.range.start.line <= range.end.line && $0.range.end.line >= range.start.line
    }
    let root = view.place.root
    let fixes = QuickFixes(view: view) {
      Workspace(notebook: root, options: self.loadOptions).interviewer
    }
    return fixes.actions(for: here) + [fixes.fixAll(current)].compactMap { $0 }
  }

  public func documentSymbols(
    in document: DocumentSnapshot, cancellation: Cancellation
  ) throws -> [DocumentSymbol] {
    guard let place = place(of: document.path) else { return [] }
    let settings = state.withLock { $0.notebooks[place.root]?.settings } ?? Settings()
    try cancellation.check()
    switch place.file {
    case .note:
      return Outline(text: EditorText(document.text), limits: settings.limits.markdown).symbols()
    case .profile:
      return RosterOutline(text: EditorText(document.text), relative: place.relative)
        .symbols(settings: settings)
    case .settings, .other:
      return []
    }
  }
}
