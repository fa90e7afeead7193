/// What the service shares between the editor's events and its requests: the notebooks it has
/// loaded and the documents open in the editor.
struct ServiceState: Sendable {
  /// Loaded notebooks, by root folder.
  var notebooks: [String: NotebookState] = [:]
  /// Open documents, by absolute path.
  var documents: [String: OpenDocument] = [:]

  /// The open documents of the notebook at `root`.
  func documents(in root: String) -> [OpenDocument] {
    documents.values.filter { $0.place.root == root }
  }

  /// The paths of the open notes of `account` in the notebook at `root`.
  func openNotes(of account: String, in root: String) -> [String] {
    documents(in: root).filter { $0.place.file == .note(account: account) }.map(\.path)
  }
}

/// Where a file sits: its notebook, its path there and what it is to the notebook.
struct DocumentPlace: Sendable, Hashable {
  /// The notebook folder.
  var root: String
  /// The file's notebook-relative path.
  var relative: String
  var file: NotebookFile
}

/// A document open in the editor, with its latest text.
struct OpenDocument: Sendable {
  /// Absolute path.
  var path: String
  var place: DocumentPlace
  var text: String
}
