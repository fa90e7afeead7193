extension Rule {
  /// A profile field outside its allowed values.
  public static let accountFieldInvalid = Rule(
    "account.field.invalid", .error,
    "`relationship` or `status` in `account.md` is not one of its allowed values.",
    triggering: ["acme/account.md": RuleCatalog.profile("relationship: client")],
    passing: ["acme/account.md": RuleCatalog.profile("relationship: customer")])

  /// A roster contact that cannot be used: no name, or an id that is not a slug.
  public static let rosterContactInvalid = Rule(
    "roster.contact.invalid", .error, "A roster contact has no name, or an id that is not a slug.",
    triggering: [
      "acme/account.md": RuleCatalog.profile("contacts:\n  - { id: Jane_Doe, name: Jane Doe }")
    ],
    passing: [
      "acme/account.md": RuleCatalog.profile("contacts:\n  - { id: jane-doe, name: Jane Doe }")
    ])

  /// Two roster contacts with one id.
  public static let rosterDuplicateID = Rule(
    "roster.duplicate-id", .error,
    "Two roster contacts share an id (ids default to the slug of the name).",
    triggering: [
      "acme/account.md": RuleCatalog.profile(
        "contacts:\n  - { name: Jane Doe }\n  - { name: Jane Doe, title: CFO }")
    ],
    passing: [
      "acme/account.md": RuleCatalog.profile(
        "contacts:\n  - { name: Jane Doe }\n  - { id: jane-doe-cfo, name: Jane Doe, title: CFO }")
    ])

  /// A `reports_to` that names nobody on the roster.
  public static let rosterReportsToUnknown = Rule(
    "roster.reports-to.unknown", .error,
    "A contact's `reports_to` is not the id of a roster contact.",
    triggering: [
      "acme/account.md": RuleCatalog.profile(
        "contacts:\n  - { id: jane-doe, name: Jane Doe }\n  - { id: raj-patel, name: Raj Patel, reports_to: jane }"
      )
    ],
    passing: [
      "acme/account.md": RuleCatalog.profile(
        "contacts:\n  - { id: jane-doe, name: Jane Doe }\n  - { id: raj-patel, name: Raj Patel, reports_to: jane-doe }"
      )
    ])

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

  /// A roster level not listed in `levels`.
  public static let rosterLevelUnknown = Rule(
    "roster.level.unknown", .error,
    "A contact's `level` is not one of the `levels` in `rapport.yml`.",
    triggering: [
      "acme/account.md": RuleCatalog.profile(
        "contacts:\n  - { id: jane-doe, name: Jane Doe, level: exec }")
    ],
    passing: [
      "acme/account.md": RuleCatalog.profile(
        "contacts:\n  - { id: jane-doe, name: Jane Doe, level: executive }")
    ])

  /// A team entry that cannot own commitments: no handle, a handle that is not a slug, or a repeat.
  public static let teamMemberInvalid = Rule(
    "team.member.invalid", .error,
    "A `team` entry has no handle or name, a handle that is not a slug, or a repeated handle.",
    triggering: ["acme/account.md": RuleCatalog.profile("team:\n  - { name: Sam Lee }")],
    passing: ["acme/account.md": RuleCatalog.profile("team:\n  - { handle: sam, name: Sam Lee }")])
}

extension RuleCatalog {
  static let accountRules: [Rule] = [
    .accountFolderNotSlug, .accountFieldInvalid, .rosterContactInvalid, .rosterDuplicateID,
    .rosterReportsToUnknown, .rosterReportsToCycle, .rosterLevelUnknown, .teamMemberInvalid,
  ]
}
