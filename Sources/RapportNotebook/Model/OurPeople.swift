import RapportSystem

/// Our own people (team members and interviewers), recognised by name, handle or slug: open notes
/// name them beside the customer's people, who alone are merged with confidential notes' and
/// taken out of the tell-back draft.
public struct OurPeople: Sendable {
  /// Each name and handle lowercased, and its slug.
  private let forms: Set<String>

  public init(team: [TeamMember], interviewers: [String]) {
    var forms = Set<String>()
    for name in team.flatMap({ [$0.handle, $0.name] }) + interviewers {
      forms.formUnion([name.lowercased(), Slug.make(from: name)])
    }
    self.forms = forms
  }

  /// Whether `name` (a name, a handle or an id) is one of ours.
  public func contains(_ name: String) -> Bool {
    forms.contains(name.lowercased()) || forms.contains(Slug.make(from: name))
  }
}
