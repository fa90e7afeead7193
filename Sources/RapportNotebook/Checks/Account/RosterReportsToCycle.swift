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
enum RosterReportsToCycle {
  /// The errors for every loop in `contacts`, which are left without them.
  static func breakCycles(_ contacts: inout [Contact], file: String) -> [Diagnostic] {
    var result: [Diagnostic] = []
    let indexByID = Dictionary(uniqueKeysWithValues: contacts.enumerated().map { ($1.id, $0) })
    for start in contacts.indices {
      var seen: [String] = []
      var current: String? = contacts[start].id
      while let id = current, let index = indexByID[id] {
        if let loopStart = seen.firstIndex(of: id) {
          let loop = Array(seen[loopStart...])
          if loop.first == contacts[start].id {
            result.append(
              Diagnostic(
                .rosterReportsToCycle, file: file, at: contacts[start].position,
                "`reports_to` forms a loop: \((loop + [loop[0]]).joined(separator: " → ")); the top of the org chart must report to nobody"
              ))
            contacts[start].reportsTo = nil
          }
          break
        }
        seen.append(id)
        current = contacts[index].reportsTo
      }
    }
    return result
  }
}
