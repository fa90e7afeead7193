extension Rule {
  /// `reports_to` chains that loop.
  public static let rosterReportsToCycle = Rule(
    "roster.reports-to.cycle", .error,
    "`reports_to` links form a loop, so the org chart has no top.",
    triggering: [
      "acme/account.md": RuleCatalog.profile(
        "contacts:\n  - { id: jane-doe, name: Jane Doe, reports_to: raj-patel }\n  - { id: raj-patel, name: Raj Patel, reports_to: jane-doe }"
      )
    ],
    passing: [
      "acme/account.md": RuleCatalog.profile(
        "contacts:\n  - { id: jane-doe, name: Jane Doe }\n  - { id: raj-patel, name: Raj Patel, reports_to: jane-doe }"
      )
    ])
}

/// Finds `reports_to` loops, reports each once and cuts it at its first contact, so the org chart
/// always has a top.
///
/// Each contact has at most one manager, so following `reports_to` from every contact not yet seen
/// visits each contact once: a walk that meets itself has found a loop, and one that reaches a
/// contact seen before stops there. Linear in the number of contacts.
enum RosterReportsToCycle {
  /// Where a contact stands in the search.
  private enum Mark { case unseen, onWalk, done }

  /// The errors for every loop in `contacts`, which are left without them.
  ///
  /// Each loop is reported at its first contact in file order and listed from there; the errors
  /// come in the order of those contacts.
  static func breakCycles(_ contacts: inout [Contact], file: String) -> [Diagnostic] {
    let indexByID = Dictionary(uniqueKeysWithValues: contacts.enumerated().map { ($1.id, $0) })
    var marks = [Mark](repeating: .unseen, count: contacts.count)
    var loops: [[Int]] = []
    for start in contacts.indices where marks[start] == .unseen {
      var walk: [Int] = []
      var current: Int? = start
      while let index = current, marks[index] == .unseen {
        marks[index] = .onWalk
        walk.append(index)
        current = contacts[index].reportsTo.flatMap { indexByID[$0] }
      }
      if let met = current, marks[met] == .onWalk, let from = walk.firstIndex(of: met) {
        let loop = walk[from...]
        let first = loop.indices.min { loop[$0] < loop[$1] }!
        loops.append(Array(loop[first...] + loop[..<first]))
      }
      for index in walk { marks[index] = .done }
    }
    var result: [Diagnostic] = []
    for loop in loops.sorted(by: { $0[0] < $1[0] }) {
      let ids = (loop + [loop[0]]).map { contacts[$0].id }
      result.append(
        Diagnostic(
          .rosterReportsToCycle, file: file, at: contacts[loop[0]].position,
          "`reports_to` forms a loop: \(ids.joined(separator: " → ")); the top of the org chart must report to nobody"
        ))
      contacts[loop[0]].reportsTo = nil
    }
    return result
  }
}
