import RapportNotebook

extension NotebookChanges {
  /// Notes by path, with their account's name.
  typealias Notes = [String: (interview: Interview, account: String)]

  /// Commitments compared note by note: the same text is the same promise; what is left is
  /// paired in order as reworded; the rest was added or removed.
  /// `secret` holds the paths confidential (or treated so) in either version, parsed or not.
  static func commitmentChanges(
    base: Notes, head: Notes, settings: Settings, asOf: Day, secret: Set<String> = []
  ) -> [CommitmentChange] {
    var result: [CommitmentChange] = []
    for file in Set(base.keys).union(head.keys).sorted() {
      let old = base[file]
      let new = head[file]
      if let old, let new, old.interview.commitments == new.interview.commitments,
        old.interview.date == new.interview.date
      {
        continue
      }
      let account = (new ?? old)!.account
      // A note that is confidential in either version shows no text from either: a commit that
      // makes a note confidential must not republish what it said.
      // A version with errors has no interview, but may still be confidential (or treated so).
      let confidential =
        old?.interview.confidential == true || new?.interview.confidential == true
        || secret.contains(file)
      // Owners a confidential version shows (team handles, or "(withheld)") may be shown; any
      // other comes from an open version and would name whom the note is about.
      let shown = Set(
        [old, new].compactMap { $0 }.filter(\.interview.confidential)
          .flatMap { $0.interview.commitments.compactMap(\.owner?.value) })
      func withheld(_ items: [Commitment]?) -> [Commitment] {
        (items ?? []).map { item in
          var copy = item
          guard confidential else { return copy }
          copy.text = nil
          if let owner = item.owner, !shown.contains(owner.value) {
            copy.owner = Located(Withheld.owner, at: owner.position)
          }
          return copy
        }
      }
      func status(_ item: Commitment, _ interview: Interview) -> CommitmentStatus {
        CommitmentStatus(item, in: interview, settings: settings, asOf: asOf)
      }
      func change(
        _ kind: CommitmentChange.Kind, _ item: Commitment, before: Commitment? = nil,
        beforeInterview: Interview? = nil
      ) -> CommitmentChange {
        CommitmentChange(
          kind: kind, account: account, text: item.text,
          oldText: kind == .reworded ? before?.text : nil, owner: item.owner?.value,
          oldDue: before?.due?.value, due: item.due?.value,
          oldStatus: zip2(before, beforeInterview).map { status($0, $1) },
          file: confidential ? nil : file, line: item.position.line)
      }
      var removed = withheld(old?.interview.commitments)
      var added: [Commitment] = []
      var pairs: [(before: Commitment, after: Commitment)] = []
      for item in withheld(new?.interview.commitments) {
        // The same text is the same promise; a confidential note's (no text) pair up in order.
        if let index = removed.firstIndex(where: { $0.text == item.text }) {
          pairs.append((removed.remove(at: index), item))
        } else {
          added.append(item)
        }
      }
      // What is left on both sides, in order, is the same promise reworded.
      while !removed.isEmpty && !added.isEmpty {
        let before = removed.removeFirst()
        let after = added.removeFirst()
        if before.text != after.text || before.text == nil {
          result.append(change(.reworded, after, before: before, beforeInterview: old?.interview))
        }
        pairs.append((before, after))
      }
      for item in added {
        result.append(change(.added, item))
        if let new, status(item, new.interview) == .overdue {
          result.append(change(.newlyOverdue, item))
        }
      }
      for item in removed {
        result.append(change(.removed, item, before: item, beforeInterview: old?.interview))
      }
      guard let old, let new else { continue }
      for (before, after) in pairs {
        if after.isChecked && !before.isChecked { result.append(change(.completed, after)) }
        if before.isChecked && !after.isChecked { result.append(change(.reopened, after)) }
        if after.due?.value != before.due?.value {
          result.append(change(.redated, after, before: before, beforeInterview: old.interview))
        }
        if status(after, new.interview) == .overdue && status(before, old.interview) != .overdue {
          result.append(change(.newlyOverdue, after))
        }
      }
    }
    return result
  }

  /// Scores added, removed or changed inside notes present in both versions.
  static func noteScoreChanges(base: Notes, head: Notes) -> [NoteScoreChange] {
    var result: [NoteScoreChange] = []
    for (file, new) in head.sorted(by: { $0.key < $1.key }) {
      guard let old = base[file] else { continue }
      let before = Dictionary(
        old.interview.scores.map { ($0.scale, $0.value) }, uniquingKeysWith: { first, _ in first })
      let after = Dictionary(
        new.interview.scores.map { ($0.scale, $0.value) }, uniquingKeysWith: { first, _ in first })
      for scale in Set(before.keys).union(after.keys).sorted() where before[scale] != after[scale] {
        result.append(
          NoteScoreChange(
            account: new.account, contact: new.interview.contactName, scale: scale,
            old: before[scale], new: after[scale],
            file: new.interview.confidential || old.interview.confidential ? nil : file))
      }
    }
    return result
  }
}

/// Both optionals, or nil.
private func zip2<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
  guard let a, let b else { return nil }
  return (a, b)
}
