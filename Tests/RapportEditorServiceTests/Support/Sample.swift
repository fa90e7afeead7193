import RapportTestSupport

/// A small notebook for the editor tests: one account with a roster, a team and three notes,
/// one of them confidential.
enum Sample {
  static let settings = """
    scales:
      nps: { min: 0, max: 10, nps: true }
      health: { min: 1, max: 5 }
    levels: [executive, manager, staff]
    team:
      - { handle: priya, name: Priya Shah, role: research lead }
    themes:
      reporting: { aliases: [reports, dashboards], group: product }
      price: { aliases: [pricing] }

    """

  static let profile = """
    ---
    name: Acme Corporation
    team:
      - { handle: sam, name: Sam Lee, role: account manager }
    contacts:
      - { id: jane-doe, name: Jane Doe, title: Chief Operating Officer, level: executive }
      - { id: raj-patel, name: Raj Patel, title: Head of Analytics, level: manager, reports_to: jane-doe }
      - { id: zoe-nunez, name: Zoë Ñúñez, title: Analyst, level: staff, reports_to: raj-patel }
    ---
    Acme makes everything.

    """

  /// An earlier interview with Jane.
  static let earlier = """
    ---
    date: 2026-03-14
    interviewer: Sam Lee
    contact: jane-doe
    scores: { nps: 7, health: 3 }
    themes: [reporting]
    ---
    ## Summary
    Jane finds the reports slow.

    > The reports are slow on Mondays.

    - [ ] Fix the Monday export @sam due:2026-04-01

    """

  /// A confidential interview with Jane: none of its words may reach another document.
  static let confidential = """
    ---
    date: 2026-06-01
    interviewer: Sam Lee
    contact: jane-doe
    scores: { nps: 9 }
    confidential: true
    ---
    ## Summary
    Jane spoke about the #merger in confidence.

    > Secret plans for the merger are ready.

    - [ ] Draft the merger memo @sam due:2026-07-01

    """

  /// The note the tests edit; line 4 (0-based 3) misspells Jane's id.
  static let note = """
    ---
    date: 2026-11-02
    interviewer: Sam Lee
    contact: jane-do
    scores: { nps: 8 }
    ---
    ## Summary
    Jane wants the #dashboards fixed.

    > We still export to spreadsheets every Monday.
    > — Raj Patel

    ## Commitments
    - [ ] Send the roadmap @priya due:2026-12-01 #tell-back

    """

  static let notePath = "acme/2026-11-02-jane-doe.md"

  /// The notebook on disk.
  static func notebook(extra: [String: String] = [:]) throws -> TemporaryNotebook {
    var files = [
      "rapport.yml": settings, "acme/account.md": profile,
      "acme/2026-03-14-jane-doe.md": earlier, "acme/2026-06-01-jane-doe.md": confidential,
      notePath: note,
    ]
    files.merge(extra) { _, new in new }
    return try TemporaryNotebook(files)
  }
}
