import RapportNotebook
import RapportRendering
import RapportSystem

extension RenderContext {
  /// The context with note links pointing at `links.note_url`, when it is set and the notebook is
  /// in git (outside git there is no commit to point at, so links stay relative).
  func linkingNotes(settings: Settings, notebookPath: String) -> RenderContext {
    var context = self
    context.noteURL = Self.noteURL(settings: settings, notebookPath: notebookPath)
    return context
  }

  /// Where note links point, when `links.note_url` is set and the notebook is in git.
  static func noteURL(settings: Settings, notebookPath: String) -> RenderContext.NoteURL? {
    guard let pattern = settings.noteURL, let location = GitInfo.location(of: notebookPath) else {
      return nil
    }
    return NoteURL(pattern: pattern, commit: location.commit, prefix: location.prefix)
  }
}
