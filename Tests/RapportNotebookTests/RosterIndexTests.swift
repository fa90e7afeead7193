import RapportNotebook
import Testing

/// Notes name a roster contact by id or by name, each in any case.
@Suite struct RosterIndexTests {
  let roster = RosterIndex([
    Contact(id: "jane-doe", name: "Jane Doe"),
    Contact(id: "cto", name: "Max Weber"),
    Contact(id: "max-weber", name: "Maxine Weber"),
  ])

  @Test func idsAndNamesMatchInAnyCase() {
    for written in ["jane-doe", "Jane-Doe", "JANE-DOE", "Jane Doe", "JANE DOE", "jane doe"] {
      #expect(roster.contact(written)?.id == "jane-doe", "\(written)")
    }
    #expect(roster.contact("CTO")?.id == "cto")
    #expect(roster.contact("Jane") == nil)
    #expect(roster.contact("jane_doe") == nil)
  }

  @Test func anIdAsWrittenComesBeforeANameAndANameBeforeAnIdInOtherCase() {
    // `max-weber` is one contact's id; "Max Weber" is another's name.
    #expect(roster.contact("max-weber")?.name == "Maxine Weber")
    #expect(roster.contact("Max Weber")?.id == "cto")
    #expect(roster.contact("Max-Weber")?.name == "Maxine Weber")
  }
}
