import RapportLanguageServer
import RapportMarkdown
import RapportNotebook

/// Where a subject is defined: a person's line on the roster in `account.md`, a theme's entry
/// in the codebook of `rapport.yml`, one of our people's entry in a `team:` list.
struct Definitions {
  let view: DocumentView
  /// The text of a file by absolute path: the editor's when it is open, else the disk's.
  let read: (String) -> String?

  func targets(_ subject: Subject) -> [DefinitionTarget] {
    switch subject.kind {
    case .contact(let written): return contact(written, origin: subject.range)
    case .theme(let theme): return self.theme(theme, origin: subject.range)
    case .owner(let handle): return owner(handle, origin: subject.range)
    case .date, .scale: return []
    }
  }

  /// The roster line of the contact `written` names.
  private func contact(_ written: String, origin: TextRange) -> [DefinitionTarget] {
    guard let account = view.account else { return [] }
    let relative = account + "/account.md"
    let path = view.notebook.path(of: relative)
    guard let text = read(path) else { return [] }
    let profile = view.notebook.parseProfile(Array(text.utf8), relative: relative).profile
    guard let contact = RosterIndex(profile.contacts).contact(written),
      let position = contact.position
    else { return [] }
    return [
      target(
        path: path, text: text, at: position, names: [contact.id, contact.name], origin: origin)
    ]
  }

  /// The codebook entry of a theme or of the theme an alias stands for.
  private func theme(_ written: String, origin: TextRange) -> [DefinitionTarget] {
    let canonical = view.settings.canonicalTheme(written)
    let path = view.notebook.path(of: "rapport.yml")
    guard let text = read(path),
      let position = YAMLLocator.theme(canonical, inSettings: text[...])
    else { return [] }
    return [target(path: path, text: text, at: position, names: [canonical], origin: origin)]
  }

  /// The team entry of one of our people: the account's team first, then the notebook's.
  private func owner(_ handle: String, origin: TextRange) -> [DefinitionTarget] {
    var places: [(path: String, yaml: Substring, firstLine: Int)] = []
    if let account = view.account, let text = read(view.notebook.path(of: account + "/account.md"))
    {
      let profile = EditorText(text)
      places.append((view.notebook.path(of: account + "/account.md"), profile.yaml, 2))
    }
    if let text = read(view.notebook.path(of: "rapport.yml")) {
      places.append((view.notebook.path(of: "rapport.yml"), text[...], 1))
    }
    for place in places {
      guard
        let position = YAMLLocator.teamMember(handle, in: place.yaml, firstLine: place.firstLine),
        let text = read(place.path)
      else { continue }
      return [target(path: place.path, text: text, at: position, names: [handle], origin: origin)]
    }
    return []
  }

  /// The rest of the line from `position`, selecting the first of `names` written on it.
  private func target(
    path: String, text: String, at position: SourcePosition, names: [String], origin: TextRange
  ) -> DefinitionTarget {
    let line = EditorText(text).line(position.line)
    let length = line.unicodeScalars.count
    let whole = TextRange(
      start: TextLocation(line: position.line, column: position.column),
      end: TextLocation(line: position.line, column: max(position.column, length + 1)))
    var selection: TextRange? = nil
    for name in names where !name.isEmpty {
      if let column = TextLines.column(of: name[...], in: line), column >= position.column {
        selection = TextRange(
          line: position.line, column: column, length: name.unicodeScalars.count)
        break
      }
    }
    return DefinitionTarget(
      path: path, range: whole, selectionRange: selection, originRange: origin)
  }
}
