import RapportLanguageServer

extension NotebookService {
  public func documentOpened(_ document: DocumentSnapshot) -> AffectedDocuments {
    take(document)
  }

  public func documentChanged(_ document: DocumentSnapshot) -> AffectedDocuments {
    take(document)
  }

  /// The editor's text was already in use; the file on disk now matches it.
  public func documentSaved(_ document: DocumentSnapshot) -> AffectedDocuments { .none }

  /// The file on disk is the truth again: it is read back (the editor may have dropped edits).
  public func documentClosed(path: String) -> AffectedDocuments {
    guard let closed = state.withLock({ $0.documents.removeValue(forKey: path) }) else {
      return .none
    }
    return refresh(closed.place)
  }

  public func filesChanged(_ changes: [FileChange]) -> AffectedDocuments {
    var affected = AffectedDocuments.none
    var reloads = Set<String>()
    for change in changes {
      guard let place = place(of: change.path) else { continue }
      // An open document's text stands in for its file until it is closed.
      if state.withLock({ $0.documents[change.path] != nil }) { continue }
      guard state.withLock({ $0.notebooks[place.root] != nil }) else { continue }
      switch place.file {
      case .note, .profile:
        if !reloads.contains(place.root) { affected.formUnion(refresh(place)) }
      case .other where change.path.hasSuffix(".md"):
        // A draft, a README: nothing the notebook reads.
        continue
      case .settings, .other:
        // New settings change how every file reads; anything else (a folder renamed or deleted)
        // may change which files are notes at all.
        reloads.insert(place.root)
      }
    }
    for root in reloads.sorted() {
      reload(root)
      affected = .all
    }
    return affected
  }

  /// Keeps the editor's text of `document` and reads it into its notebook.
  private func take(_ snapshot: DocumentSnapshot) -> AffectedDocuments {
    guard let place = place(of: snapshot.path) else { return .none }
    var notebook = notebook(at: place.root)
    let document = OpenDocument(path: snapshot.path, place: place, text: snapshot.text)
    let open = state.withLock { state in
      state.documents[snapshot.path] = document
      return state.documents(in: place.root)
    }
    let affected: AffectedDocuments
    switch place.file {
    case .settings:
      let profiles = Set(open.compactMap { $0.place.file.profileAccount })
      notebook.readSettings(text: snapshot.text, openProfiles: profiles)
      // Profiles and notes open in the editor are read against the new settings.
      Self.apply(open.filter { $0.place.file != .settings }, to: &notebook)
      affected = .all
    case .profile(let account):
      notebook.readProfile(account: account, text: snapshot.text)
      let notes = open.filter { $0.place.file == .note(account: account) }
      Self.apply(notes, to: &notebook)
      affected = .paths(notes.map(\.path))
    case .note(let account):
      notebook.readNote(place.relative, account: account, text: snapshot.text)
      affected = .none
    case .other:
      affected = .none
    }
    state.withLock { $0.notebooks[place.root] = notebook }
    return affected
  }

  /// Reads the file at `place` from disk into its notebook; returns the open documents it
  /// affects.
  private func refresh(_ place: DocumentPlace) -> AffectedDocuments {
    guard state.withLock({ $0.notebooks[place.root] != nil }) else { return .none }
    switch place.file {
    case .other:
      return .none
    case .settings:
      reload(place.root)
      return .all
    case .profile(let account):
      var notebook = notebook(at: place.root)
      notebook.readProfile(account: account)
      let notes = state.withLock { $0.documents(in: place.root) }.filter {
        $0.place.file == .note(account: account)
      }
      Self.apply(notes, to: &notebook)
      state.withLock { $0.notebooks[place.root] = notebook }
      return .paths(notes.map(\.path))
    case .note(let account):
      var notebook = notebook(at: place.root)
      notebook.readNote(place.relative, account: account)
      state.withLock { $0.notebooks[place.root] = notebook }
      return .none
    }
  }
}

extension NotebookFile {
  /// The account of a profile.
  var profileAccount: String? {
    if case .profile(let account) = self { return account }
    return nil
  }
}
