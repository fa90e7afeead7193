import RapportNotebook

/// What changed in a notebook between two versions: the facts a reviewer of a pull request needs.
///
/// Confidential notes contribute their metadata (who, when, scores) but never their words.
public struct NotebookChanges: Sendable {
  /// An interview note added, changed, removed or moved.
  public struct NoteChange: Sendable {
    public enum Kind: String, Sendable { case added, changed, removed, moved }
    public var kind: Kind
    public var file: String
    /// The previous path of a moved note.
    public var from: String?
    public var account: String
    public var contact: String?
    public var date: Day?
    public var interviewer: String?
    /// Whether the note is confidential: then only its kind and account are shown.
    public var confidential = false
    /// Whether reports leave the note out (it has errors or nothing written yet), in the version
    /// the change describes: its contact, date and interviewer are then unknown.
    public var leftOut = false
  }

  /// A contact's latest score on one scale, before and after.
  public struct ScoreChange: Sendable {
    public var account: String
    public var contact: String
    public var scale: String
    public var old: Double?
    public var new: Double?
    /// For the NPS scale: the move between categories, if any.
    public var move: CategoryMove?
  }

  /// A commitment that was added, removed, reworded, completed, reopened, re-dated or became
  /// overdue.
  public struct CommitmentChange: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
      case added, removed, reworded, completed, reopened, redated = "re-dated"
      case newlyOverdue = "newly-overdue"
    }
    public var kind: Kind
    public var account: String
    /// The commitment's text (now, or as it was for a removed one); nil for confidential notes.
    public var text: String?
    /// What it said before, for a reworded one.
    public var oldText: String?
    public var owner: String?
    public var oldDue: Day?
    public var due: Day?
    /// Where it stood on the as-of date before the change (a removed overdue promise says so).
    public var oldStatus: CommitmentStatus?
    /// The note, or nil for a confidential note (its path is not shown).
    public var file: String?
    public var line: Int
  }

  /// A score written in a note that is in both versions, before and after.
  public struct NoteScoreChange: Sendable {
    public var account: String
    public var contact: String
    public var scale: String
    public var old: Double?
    public var new: Double?
    /// The note, or nil for a confidential note.
    public var file: String?
  }

  /// Heard/roster at one level of one account, before and after.
  public struct CoverageChange: Sendable {
    public var account: String
    public var level: String
    public var old: (heard: Int, roster: Int)
    public var new: (heard: Int, roster: Int)
  }

  public var notes: [NoteChange]
  public var scores: [ScoreChange]
  /// Scores added, removed or changed inside notes present in both versions.
  public var noteScores: [NoteScoreChange]
  public var commitments: [CommitmentChange]
  /// Themes no note in the base mentioned, with the first note that raises them now (nil for a
  /// confidential note).
  public var newThemes: [(theme: String, file: String?)]
  /// Themes some note in the base mentioned and no note mentions now.
  public var goneThemes: [String]
  public var coverage: [CoverageChange]
  /// Diagnostics the change brings in, and ones it fixes.
  public var introduced: [Diagnostic]
  public var fixed: [Diagnostic]

  /// Compares `base` with `head`; `hashes` map note paths to content hashes in each.
  public init(
    base: Notebook, baseHashes: [String: UInt64], head: Notebook, headHashes: [String: UInt64],
    asOf: Day
  ) {
    let period = ReportPeriod(asOf: asOf, settings: head.settings)
    let baseInterviews = Self.interviews(base)
    let headInterviews = Self.interviews(head)
    // A note confidential in one version and open in the other: what the open version said
    // (names, scores by person, problems quoting it) is withheld, so a commit that makes a note
    // confidential does not republish it.
    // A note moved and made confidential in one change reads as a confidential note added and an
    // open one removed: an open note removed from an account that gains a confidential note is
    // taken for that note's open version.
    // Moved to another account, the note is matched by its date.
    let added = head.confidentialFiles.subtracting(baseHashes.keys)
    let gaining = Set(added.map { String($0.prefix { $0 != "/" }) })
    let addedDates = Set(added.compactMap { headInterviews[$0]?.interview.date })
    let movedIntoSecret = Set(baseHashes.keys).subtracting(headHashes.keys).filter {
      gaining.contains(String($0.prefix { $0 != "/" }))
        || baseInterviews[$0].map { addedDates.contains($0.interview.date) } == true
    }
    let secret = base.confidentialFiles.union(head.confidentialFiles).union(movedIntoSecret)
    let turned = secret.filter { file in
      [baseInterviews[file], headInterviews[file]].contains { $0?.interview.confidential == false }
    }
    notes = Self.noteChanges(
      baseHashes: baseHashes, headHashes: headHashes, base: baseInterviews, head: headInterviews,
      headNotebook: head, baseNotebook: base, secret: secret)
    scores = Self.scoreChanges(
      base: base.removing(turned), head: head.removing(turned), period: period)
    // A moved note keeps its commitments: compare them under the note's new path.
    var renamed = baseInterviews
    for note in notes where note.kind == .moved {
      if let from = note.from, let entry = renamed.removeValue(forKey: from) {
        renamed[note.file] = entry
      }
    }
    commitments = Self.commitmentChanges(
      base: renamed, head: headInterviews, settings: head.settings, asOf: asOf, secret: secret)
    noteScores = Self.noteScoreChanges(
      base: renamed.filter { !turned.contains($0.key) },
      head: headInterviews.filter { !turned.contains($0.key) })
    // A theme raised only in confidential notes is itself a secret: it is never named.
    // A note made confidential (or open) by the change counts as confidential in both versions:
    // its open version's themes would say what it is about.
    func themes(_ notes: Notes) -> (all: Set<String>, open: Set<String>) {
      let all = Set(notes.values.flatMap(\.interview.themes))
      let open = Set(
        notes.filter { !$0.value.interview.confidential && !turned.contains($0.key) }
          .flatMap(\.value.interview.themes))
      return (all, open)
    }
    let known = themes(baseInterviews)
    let current = themes(headInterviews)
    var firstSeen: [String: Interview] = [:]
    for (_, entry) in headInterviews.sorted(by: { $0.key < $1.key }) {
      for theme in entry.interview.themes
      where !known.all.contains(theme) && current.open.contains(theme) && firstSeen[theme] == nil {
        firstSeen[theme] = entry.interview
      }
    }
    newThemes = firstSeen.sorted { $0.key < $1.key }.map {
      ($0.key, $0.value.confidential ? nil : $0.value.file)
    }
    goneThemes = known.open.subtracting(current.all).sorted()
    coverage = Self.coverageChanges(base: base, head: head, period: period)
    func withheld(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
      diagnostics.map { secret.contains($0.file) ? $0.withheld() : $0 }
    }
    (introduced, fixed) = Self.diagnosticChanges(
      base: withheld(base.diagnostics), head: withheld(head.diagnostics))
  }

  /// Whether nothing a reviewer cares about changed.
  public var isEmpty: Bool {
    notes.isEmpty && scores.isEmpty && noteScores.isEmpty && commitments.isEmpty
      && newThemes.isEmpty && goneThemes.isEmpty && coverage.isEmpty && introduced.isEmpty
      && fixed.isEmpty
  }

  static func interviews(_ notebook: Notebook) -> [String: (interview: Interview, account: String)]
  {
    var result: [String: (interview: Interview, account: String)] = [:]
    for account in notebook.accounts {
      for interview in account.interviews { result[interview.file] = (interview, account.name) }
    }
    return result
  }

  static func accountName(_ file: String, in notebook: Notebook) -> String {
    let id = String(file.split(separator: "/").first ?? "")
    return notebook.account(id: id)?.name ?? id
  }

  static func noteChanges(
    baseHashes: [String: UInt64], headHashes: [String: UInt64],
    base: [String: (interview: Interview, account: String)],
    head: [String: (interview: Interview, account: String)], headNotebook: Notebook,
    baseNotebook: Notebook, secret: Set<String> = []
  ) -> [NoteChange] {
    func change(
      _ kind: NoteChange.Kind, _ file: String, from: String? = nil, in notebook: Notebook,
      _ entry: (interview: Interview, account: String)?
    ) -> NoteChange {
      NoteChange(
        kind: kind, file: file, from: from,
        account: entry?.account ?? accountName(file, in: notebook),
        contact: entry?.interview.contactName, date: entry?.interview.date,
        interviewer: entry?.interview.interviewer,
        confidential: secret.contains(file)
          || (entry?.interview.confidential ?? notebook.confidentialFiles.contains(file)),
        leftOut: entry == nil && notebook.skippedNotes.contains(file))
    }
    var removed = Set(baseHashes.keys).subtracting(headHashes.keys)
    var result: [NoteChange] = []
    for file in headHashes.keys.sorted() {
      if let old = baseHashes[file] {
        if old != headHashes[file] {
          result.append(change(.changed, file, in: headNotebook, head[file]))
        }
      } else if let source = removed.sorted().first(where: { baseHashes[$0] == headHashes[file] }) {
        removed.remove(source)
        result.append(change(.moved, file, from: source, in: headNotebook, head[file]))
      } else {
        result.append(change(.added, file, in: headNotebook, head[file]))
      }
    }
    for file in removed.sorted() {
      result.append(change(.removed, file, in: baseNotebook, base[file]))
    }
    return result.sorted { ($0.kind.rawValue, $0.file) < ($1.kind.rawValue, $1.file) }
  }

  static func scoreChanges(base: Notebook, head: Notebook, period: ReportPeriod) -> [ScoreChange] {
    let npsScale = head.settings.npsScale?.name
    func latest(_ notebook: Notebook) -> [String: (account: String, contact: String, value: Double)]
    {
      var result: [String: (account: String, contact: String, value: Double)] = [:]
      for account in notebook.accounts {
        // Someone a confidential note names off the roster is numbered anew in each version
        // (`Withheld`), so the same label may be another person: they are not followed here.
        for contact in ContactSummary.all(for: account, period: period, npsScale: npsScale)
        where !Withheld.isPlaceholder(name: contact.name) {
          var seen: [String: Double] = [:]
          for point in contact.scores { seen[point.scale] = point.value }
          for (scale, value) in seen {
            result["\(account.id)\u{0}\(contact.id)\u{0}\(scale)"] = (
              account.name, contact.name, value
            )
          }
        }
      }
      return result
    }
    let old = latest(base)
    let new = latest(head)
    return Set(old.keys).union(new.keys).sorted().compactMap { key in
      let before = old[key]?.value
      let after = new[key]?.value
      guard before != after, let entry = new[key] ?? old[key] else { return nil }
      let scale = String(key.split(separator: "\u{0}", omittingEmptySubsequences: false)[2])
      var move: CategoryMove? = nil
      if scale == npsScale, let before, let after { move = CategoryMove(from: before, to: after) }
      return ScoreChange(
        account: entry.account, contact: entry.contact, scale: scale, old: before, new: after,
        move: move)
    }
  }

  static func coverageChanges(
    base: Notebook, head: Notebook, period: ReportPeriod
  ) -> [CoverageChange] {
    func coverage(
      _ notebook: Notebook
    ) -> [String: (account: String, level: String, heard: Int, roster: Int)] {
      var result: [String: (account: String, level: String, heard: Int, roster: Int)] = [:]
      for account in notebook.accounts {
        let report = AccountAnalysis.report(account, settings: notebook.settings, period: period)
        for level in report.coverage {
          result[account.id + "\u{0}" + level.level] = (
            account.name, level.level, level.heard, level.roster
          )
        }
      }
      return result
    }
    let old = coverage(base)
    let new = coverage(head)
    return Set(old.keys).union(new.keys).sorted().compactMap { key in
      let before = old[key].map { ($0.heard, $0.roster) } ?? (0, 0)
      let after = new[key].map { ($0.heard, $0.roster) } ?? (0, 0)
      guard before != after, let entry = new[key] ?? old[key] else { return nil }
      return CoverageChange(account: entry.account, level: entry.level, old: before, new: after)
    }
  }

  /// Diagnostics only in `head` (introduced) and only in `base` (fixed), matched by file, rule and
  /// message so that lines moving does not count.
  static func diagnosticChanges(
    base: [Diagnostic], head: [Diagnostic]
  ) -> ([Diagnostic], [Diagnostic]) {
    func key(_ diagnostic: Diagnostic) -> String {
      diagnostic.file + "\u{0}" + diagnostic.rule + "\u{0}" + diagnostic.message
    }
    var remaining: [String: Int] = [:]
    for diagnostic in base { remaining[key(diagnostic), default: 0] += 1 }
    var introduced: [Diagnostic] = []
    for diagnostic in head {
      if let count = remaining[key(diagnostic)], count > 0 {
        remaining[key(diagnostic)] = count - 1
      } else {
        introduced.append(diagnostic)
      }
    }
    var current: [String: Int] = [:]
    for diagnostic in head { current[key(diagnostic), default: 0] += 1 }
    var fixed: [Diagnostic] = []
    for diagnostic in base {
      if let count = current[key(diagnostic)], count > 0 {
        current[key(diagnostic)] = count - 1
      } else {
        fixed.append(diagnostic)
      }
    }
    return (introduced, fixed)
  }
}

extension Notebook {
  /// The notebook without the interviews of these notes.
  func removing(_ files: Set<String>) -> Notebook {
    guard !files.isEmpty else { return self }
    var copy = self
    for index in copy.accounts.indices {
      copy.accounts[index].interviews.removeAll { files.contains($0.file) }
    }
    return copy
  }
}
