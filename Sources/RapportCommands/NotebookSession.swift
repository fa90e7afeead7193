import RapportNotebook

/// Loads the notebook a command names, with the cache and progress line the options ask for.
struct NotebookSession {
  let options: NotebookOptions

  /// Loads the notebook, reusing and refreshing the on-disk cache unless `--no-cache`.
  func load() -> Notebook {
    let loader = NotebookLoader(jobs: options.threads)
    return loader.load(root: options.notebook).notebook
  }
}
