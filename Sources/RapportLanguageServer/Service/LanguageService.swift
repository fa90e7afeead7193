/// What the language server asks of rapport, in rapport's terms: absolute paths, 1-based lines,
/// columns and lengths in Unicode scalars.
///
/// The server owns the protocol, the open documents' text and the editor's units; the service
/// owns the notebook knowledge. Documents without a `file:` URI never reach the service.
///
/// Threads: the server calls `start`, the document events and `diagnostics` one at a time, in
/// order, on one queue, and the requests (completion, hover, definition, code actions, symbols)
/// one at a time on another, so that a long diagnostics run does not hold up typing. At most
/// two calls are under way at once, one from each group; an implementation guards what they
/// share. Requests carry the document as the editor has it now, which may be newer than the
/// last event the service received.
public protocol LanguageService: Sendable {
  /// What to tell the editor at start-up; read once, when the editor connects.
  var features: ServiceFeatures { get }

  /// Loads the workspace; called once, before any other call of its group.
  func start(workspaceFolders: [WorkspaceFolder])

  /// A document was opened in the editor; its text now overrides the file on disk.
  func documentOpened(_ document: DocumentSnapshot) -> AffectedDocuments

  /// An open document's text changed. Quick successive edits arrive as one call with the
  /// latest text.
  func documentChanged(_ document: DocumentSnapshot) -> AffectedDocuments

  /// An open document was saved to disk.
  func documentSaved(_ document: DocumentSnapshot) -> AffectedDocuments

  /// A document was closed; the file on disk is the truth for it again.
  func documentClosed(path: String) -> AffectedDocuments

  /// Files changed on disk (another program, a `git checkout`), in path order.
  func filesChanged(_ changes: [FileChange]) -> AffectedDocuments

  /// The problems in an open document. Throw `CancellationError` to stop early when
  /// `cancellation` is set; the server asks again later.
  func diagnostics(
    for document: DocumentSnapshot, cancellation: Cancellation
  ) throws
    -> [EditorDiagnostic]

  /// Suggestions at the cursor.
  func completion(
    at position: DocumentPosition, cancellation: Cancellation
  ) throws
    -> [CompletionItem]

  /// What to show for the text under the pointer; nil for nothing.
  func hover(at position: DocumentPosition, cancellation: Cancellation) throws -> Hover?

  /// Where the thing under the cursor is defined.
  func definition(
    at position: DocumentPosition, cancellation: Cancellation
  ) throws
    -> [DefinitionTarget]

  /// Fixes for the problems in `range`; `diagnostics` are the ones the editor shows there.
  func codeActions(
    in document: DocumentSnapshot, range: TextRange, diagnostics: [EditorDiagnostic],
    cancellation: Cancellation
  ) throws -> [CodeAction]

  /// The document's outline.
  func documentSymbols(
    in document: DocumentSnapshot, cancellation: Cancellation
  ) throws
    -> [DocumentSymbol]
}

/// Defaults, so a service implements only what it offers.
extension LanguageService {
  public var features: ServiceFeatures { ServiceFeatures() }

  public func start(workspaceFolders: [WorkspaceFolder]) {}

  public func documentOpened(_ document: DocumentSnapshot) -> AffectedDocuments { .none }

  public func documentChanged(_ document: DocumentSnapshot) -> AffectedDocuments { .none }

  public func documentSaved(_ document: DocumentSnapshot) -> AffectedDocuments { .none }

  public func documentClosed(path: String) -> AffectedDocuments { .none }

  /// Every open document may depend on files on disk.
  public func filesChanged(_ changes: [FileChange]) -> AffectedDocuments { .all }

  public func completion(
    at position: DocumentPosition, cancellation: Cancellation
  ) throws
    -> [CompletionItem]
  { [] }

  public func hover(at position: DocumentPosition, cancellation: Cancellation) throws -> Hover? {
    nil
  }

  public func definition(
    at position: DocumentPosition, cancellation: Cancellation
  ) throws
    -> [DefinitionTarget]
  { [] }

  public func codeActions(
    in document: DocumentSnapshot, range: TextRange, diagnostics: [EditorDiagnostic],
    cancellation: Cancellation
  ) throws -> [CodeAction] { [] }

  public func documentSymbols(
    in document: DocumentSnapshot, cancellation: Cancellation
  ) throws
    -> [DocumentSymbol]
  { [] }
}
