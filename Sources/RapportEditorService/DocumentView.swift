import RapportLanguageServer
import RapportNotebook

/// What a request works from: the document as the editor has it now, and its notebook as the
/// service knows it.
struct DocumentView {
  /// Absolute path of the document.
  let path: String
  let place: DocumentPlace
  let notebook: NotebookState
  let text: EditorText
  /// Today, for dates offered and ages shown.
  let today: Day
  /// The document's account profile: read from the text itself when the document is the
  /// profile (requests may be newer than the last event), else as known.
  let profile: AccountProfile

  init(path: String, place: DocumentPlace, notebook: NotebookState, text: String, today: Day) {
    self.path = path
    self.place = place
    self.notebook = notebook
    self.text = EditorText(text)
    self.today = today
    switch place.file {
    case .profile:
      profile = notebook.parseProfile(Array(text.utf8), relative: place.relative).profile
    case .note(let account):
      profile = notebook.accounts[account]?.profile ?? AccountProfile()
    case .settings, .other:
      profile = AccountProfile()
    }
  }

  var settings: Settings { notebook.settings }

  /// The account the document belongs to.
  var account: String? { place.file.account }

  /// Who may own commitments here: the account's team, then the notebook's.
  var team: [TeamMember] { NoteContext(settings: settings, profile: profile).team }

  /// The roster contact a note names by `written` (an id, or a name in any case).
  func contact(_ written: String) -> Contact? { RosterIndex(profile.contacts).contact(written) }

  /// The account's display name.
  var accountName: String { profile.name ?? account ?? "this account" }
}

extension NotebookService {
  /// The view of an open document, or nil when it is in no notebook loaded so far (requests
  /// never wait for a load).
  func view(of document: DocumentSnapshot) -> DocumentView? {
    guard let place = place(of: document.path),
      let notebook = state.withLock({ $0.notebooks[place.root] })
    else { return nil }
    return DocumentView(
      path: document.path, place: place, notebook: notebook, text: document.text, today: today)
  }
}
