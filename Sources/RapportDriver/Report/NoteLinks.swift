import RapportNotebook
import RapportRendering
import RapportSystem

extension RenderContext {
  /// The context with note links pointing at `links.note_url`, when it is set and the notebook is
  /// in git (outside git there is no commit to point at, so links stay relative).
  func linkingNotes(settings: Settings, notebookPath: String) -> RenderContext {
    guard let pattern = settings.noteURL, let location = GitInfo.location(of: notebookPath) else {
      return self
    }
    var context = self
    context.noteURL = NoteURL(pattern: pattern, commit: location.commit, prefix: location.prefix)
    return context
  }
}
