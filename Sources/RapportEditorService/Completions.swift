import RapportLanguageServer
import RapportNotebook

/// Suggestions at the cursor: front-matter keys and values from the notebook's own vocabulary
/// (roster, team, scales, types, codebook, levels), and `@owners`, `#themes`, dates and speakers
/// in a note's body.
struct Completions {
  let view: DocumentView
  let cursor: TextLocation

  func items() -> [CompletionItem] {
    if let spot = YAMLCursor.spot(in: view.text, at: cursor) { return frontMatter(spot) }
    guard case .note = view.place.file, cursor.line >= view.text.bodyFirstLine else { return [] }
    let line = view.text.scalars(cursor.line)
    guard let spot = BodyCursor.spot(in: line, lineNumber: cursor.line, column: cursor.column)
    else { return [] }
    // From the `@` or `#` on, so the list filters on what was typed, sigil included.
    let typed = TextRange(start: TextLocation(line: cursor.line, column: spot.start), end: cursor)
    switch spot.kind {
    case .owner:
      return view.team.map { member in
        CompletionItem(
          label: "@" + member.handle, kind: .reference,
          detail: [member.name, member.role].compactMap { $0 }.joined(separator: " · "),
          replacing: typed)
      }
    case .theme:
      return themes(prefix: "#", replacing: typed)
    case .commitmentDate(let marker):
      return dates(replacing: typed, isDue: marker == "due")
    case .speaker:
      return people(replacing: typed, names: true, ids: false)
    case .date:
      return []
    }
  }

  /// Keys and values in the front matter of a note, a profile or `rapport.yml`.
  private func frontMatter(_ spot: YAMLSpot) -> [CompletionItem] {
    var range = spot.typedRange(to: cursor)
    // Right after `key:` the value needs its blank.
    let line = view.text.scalars(cursor.line)
    let glued =
      spot.role == .value && spot.typed.isEmpty && cursor.column >= 2
      && cursor.column - 2 < line.count && line[cursor.column - 2] == ":"
    if glued { range = TextRange(at: cursor) }
    var items: [CompletionItem]
    switch spot.role {
    case .key: items = keys(in: spot.path, replacing: range)
    case .value: items = values(of: spot.key ?? "", in: spot.path, replacing: range)
    }
    if glued {
      for index in items.indices {
        items[index].insertText = " " + (items[index].insertText ?? items[index].label)
      }
    }
    return items
  }

  private func keys(in path: [String], replacing range: TextRange) -> [CompletionItem] {
    let written = Set(FrontMatterKeys.written(in: view.text))
    var names: [String]
    switch (view.place.file, path) {
    case (.note, []): names = FrontMatterKeys.note.filter { !written.contains($0) }
    case (.note, ["scores"]):
      // A scale already given would be a duplicate key.
      let given = FrontMatterKeys.scales(in: view.text, besides: cursor)
      return view.settings.scales.filter { !given.contains($0.name) }.map { scale in
        CompletionItem(
          label: scale.name, kind: .property,
          detail: "\(NumberText.plain(scale.minimum))–\(NumberText.plain(scale.maximum))"
            + (scale.isNPS ? ", Net Promoter" : ""),
          insertText: scale.name + ": ", replacing: range)
      }
    case (.profile, []): names = FrontMatterKeys.profile.filter { !written.contains($0) }
    case (.profile, ["contacts"]): names = FrontMatterKeys.contact
    case (_, ["team"]): names = FrontMatterKeys.teamMember
    case (.settings, []): names = FrontMatterKeys.settings.filter { !written.contains($0) }
    default: return []
    }
    return names.enumerated().map { index, name in
      CompletionItem(
        label: name, kind: .property, insertText: name + ": ", replacing: range,
        sortText: sortKey(index))
    }
  }

  private func values(
    of key: String, in path: [String], replacing range: TextRange
  ) -> [CompletionItem] {
    let settings = view.settings
    switch (view.place.file, path, key) {
    case (.note, [], "contact"):
      let internalSide = FrontMatterKeys.value(of: "side", in: view.text) == "internal"
      return internalSide
        ? teamPeople(replacing: range) : people(replacing: range, names: true, ids: true)
    case (.note, [], "attendees"), (.profile, ["contacts"], "reports_to"):
      return people(replacing: range, names: key == "attendees", ids: true)
    case (.note, [], "type"): return words(settings.types, kind: .enumMember, replacing: range)
    case (.note, [], "channel"):
      return words(Settings.channels, kind: .enumMember, replacing: range)
    case (.note, [], "side"):
      return words(Side.allCases.map(\.rawValue), kind: .enumMember, replacing: range)
    case (.note, [], "outcome"):
      return words(Outcome.allCases.map(\.rawValue), kind: .enumMember, replacing: range)
    case (.note, [], "confidential"):
      return words(["true", "false"], kind: .constant, replacing: range)
    case (.note, [], "interviewer"):
      return words(view.team.map(\.name), kind: .reference, replacing: range)
    case (.note, [], "themes"), (.note, [], "reasons"), (.profile, [], "assumed_reasons"):
      return themes(prefix: "", replacing: range)
    case (.note, [], "date"), (.profile, [], "since"), (.profile, ["contacts"], "invited"):
      return dates(replacing: range, isDue: false)
    case (.profile, [], "relationship"):
      return words(Relationship.allCases.map(\.rawValue), kind: .enumMember, replacing: range)
    case (.profile, [], "status"):
      return words(AccountStatus.allCases.map(\.rawValue), kind: .enumMember, replacing: range)
    case (.profile, ["contacts"], "level"):
      return words(settings.levels, kind: .enumMember, replacing: range)
    case (.profile, ["contacts"], "status"):
      return words(["active", "left"], kind: .enumMember, replacing: range)
    case (.settings, [], "strict_themes"):
      return words(["true", "false"], kind: .constant, replacing: range)
    default: return []
    }
  }

  /// Fixed words, in the order given.
  private func words(
    _ words: [String], kind: CompletionItem.Kind, replacing range: TextRange
  ) -> [CompletionItem] {
    words.enumerated().map { index, word in
      CompletionItem(label: word, kind: kind, replacing: range, sortText: sortKey(index))
    }
  }

  /// The account's roster: ids (with the name beside) and names (with the id beside).
  private func people(replacing range: TextRange, names: Bool, ids: Bool) -> [CompletionItem] {
    var items: [CompletionItem] = []
    for (index, contact) in view.profile.contacts.enumerated() {
      let about = [contact.title, contact.level, contact.hasLeft ? "left" : nil].compactMap { $0 }
        .joined(separator: " · ")
      let order = sortKey(index)
      if ids {
        items.append(
          CompletionItem(
            label: contact.id, kind: .reference,
            detail: about.isEmpty ? contact.name : contact.name + " · " + about,
            replacing: range, sortText: order + "a"))
      }
      if names && contact.name != contact.id {
        items.append(
          CompletionItem(
            label: contact.name, kind: .reference,
            detail: about.isEmpty ? contact.id : contact.id + " · " + about,
            replacing: range, sortText: order + "b"))
      }
    }
    return items
  }

  /// Our people, for the contact of an internal interview.
  private func teamPeople(replacing range: TextRange) -> [CompletionItem] {
    view.team.map { member in
      CompletionItem(label: member.handle, kind: .reference, detail: member.name, replacing: range)
    }
  }

  /// Codebook themes and aliases, then themes other notes raise, each with `prefix`.
  private func themes(prefix: String, replacing range: TextRange) -> [CompletionItem] {
    var items: [CompletionItem] = []
    var seen = Set<String>()
    let tally = view.notebook.themes
    for theme in view.settings.themes {
      seen.insert(theme.name)
      let notes = tally.notes[theme.name] ?? 0
      items.append(
        CompletionItem(
          label: prefix + theme.name, kind: .value,
          detail: ["codebook", theme.group, "\(notes) note\(notes == 1 ? "" : "s")"].compactMap {
            $0
          }
          .joined(separator: " · "),
          documentation: theme.aliases.isEmpty
            ? nil : "Aliases: " + theme.aliases.map { "`\($0)`" }.joined(separator: ", "),
          replacing: range, sortText: "0" + theme.name))
      for alias in theme.aliases where seen.insert(alias).inserted {
        items.append(
          CompletionItem(
            label: prefix + alias, kind: .value, detail: "alias of \(theme.name)",
            replacing: range, sortText: "1" + alias))
      }
    }
    for (theme, notes) in tally.named.sorted(by: { $0.key < $1.key })
    where seen.insert(theme).inserted {
      items.append(
        CompletionItem(
          label: prefix + theme, kind: .value, detail: "\(notes) note\(notes == 1 ? "" : "s")",
          replacing: range, sortText: "2" + theme))
    }
    return items
  }

  /// Today, and for a due date a week and the tell-back window ahead.
  private func dates(replacing range: TextRange, isDue: Bool) -> [CompletionItem] {
    let today = view.today
    var items = [
      CompletionItem(
        label: today.description, kind: .constant, detail: "today", replacing: range, sortText: "0")
    ]
    if isDue {
      let window = view.settings.thresholds.tellBackDays
      for (index, days) in [7, window].enumerated() where days > 0 && (index == 0 || days != 7) {
        items.append(
          CompletionItem(
            label: today.adding(days: days).description, kind: .constant,
            detail: "in \(days) days", replacing: range, sortText: "\(index + 1)"))
      }
    }
    return items
  }
}

/// A key that sorts whole numbers in order as text.
private func sortKey(_ index: Int) -> String {
  let digits = String(index)
  return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
}
