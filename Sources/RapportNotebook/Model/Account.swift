import RapportMarkdown

/// A customer, partner or prospect: one folder of the notebook.
public struct Account: Sendable {
  /// The folder name, a slug.
  public var id: String
  public var profile: AccountProfile
  /// Interviews without errors, oldest first (ties broken by file path).
  public var interviews: [Interview]
  /// Seals of the names confidential notes give people off the roster (`Withheld.label`), so
  /// text for the customer can take those names out without knowing them.
  public var sealedNames: Set<String> = []

  public init(id: String, profile: AccountProfile, interviews: [Interview]) {
    self.id = id
    self.profile = profile
    self.interviews = interviews
  }

  /// Display name: the profile's name, else the id.
  public var name: String { profile.name ?? id }
}

/// What `account.md` says about an account; all defaults when there is no profile.
public struct AccountProfile: Sendable {
  /// Path of `account.md` relative to the notebook root, or nil when the account has none.
  public var file: String?
  public var name: String?
  public var relationship: Relationship = .customer
  public var status: AccountStatus = .active
  public var segment: String?
  public var value: String?
  /// Customer since: drives tenure cohorts.
  public var since: Day?
  /// Our people on the account.
  public var team: [TeamMember] = []
  /// What our side believes drove a win or loss (canonical themes).
  public var assumedReasons: [String] = []
  /// The customer's people: the roster and org chart, in file order.
  public var contacts: [Contact] = []
  /// The free text after the front matter, as Markdown.
  public var about: String?

  public init() {}

  /// The roster contact with this id.
  public func contact(id: String) -> Contact? { contacts.first { $0.id == id } }
}

/// How an account relates to us.
public enum Relationship: String, Sendable, CaseIterable {
  case customer, partner, prospect
}

/// Where an account stands.
public enum AccountStatus: String, Sendable, CaseIterable {
  case active, lost, won, prospect
}

/// A person at the account, from the roster.
public struct Contact: Sendable, Hashable {
  public var id: String
  public var name: String
  public var title: String?
  public var level: String?
  /// The id of the contact this one reports to.
  public var reportsTo: String?
  /// The day this contact was invited to an interview (for the response rate).
  public var invited: Day?
  /// Whether the person has left the account.
  public var hasLeft: Bool
  /// Where the contact is written in `account.md`.
  public var position: SourcePosition?

  public init(
    id: String, name: String, title: String? = nil, level: String? = nil, reportsTo: String? = nil,
    invited: Day? = nil, hasLeft: Bool = false, position: SourcePosition? = nil
  ) {
    self.id = id
    self.name = name
    self.title = title
    self.level = level
    self.reportsTo = reportsTo
    self.invited = invited
    self.hasLeft = hasLeft
    self.position = position
  }
}
