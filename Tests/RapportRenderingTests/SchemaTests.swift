import RapportRendering
import Testing

/// What record types tell templates and their documentation.
@Suite struct SchemaTests {
  @Test func listsComeWithAPresenceFlag() {
    let schema = TemplateSchema(Row.self)
    #expect(schema.typeName == "Row")
    #expect(
      schema.entries.map(\.name) == ["label", "count", "done", "cells", "has_cells", "owner"])
    #expect(schema.entry(named: "has_cells")?.doc == "Whether `cells` has any items.")
  }

  @Test func documentationDescribesEveryNameOnce() {
    let expected = """
      - `title` (text): The sheet's title.
      - `note` (text): A remark, if any.
      - `count` (number): How many rows were counted.
      - `ready` (flag): Whether the sheet is final.
      - `tags` (list of texts): Labels on the sheet.
      - `has_tags` (flag): Whether `tags` has any items.
      - `rows` (list of `Row`): The sheet's rows.
        - `label` (text): The row's label.
        - `count` (number): The row's count.
        - `done` (flag): Whether the row is done.
        - `cells` (list of `Cell`): The row's cells.
          - `value` (text): The cell's text.
        - `has_cells` (flag): Whether `cells` has any items.
        - `owner` (record `Person`): Who owns the row.
          - `name` (text): The person's full name.
          - `role` (text): Their role.
          - `reports` (list of `Person`): The people who report to them. Each item has the values of `Person`, listed above.
          - `has_reports` (flag): Whether `reports` has any items.
      - `has_rows` (flag): Whether `rows` has any items.
      - `owner` (record `Person`): Who keeps the sheet. It has the values of `Person`, listed above.

      """
    #expect(TemplateSchema.markdown(for: Sheet.self) == expected)
  }

  @Test func recursiveTypesAreDescribedOnce() {
    #expect(
      TemplateSchema.markdown(for: Person.self) == """
        - `name` (text): The person's full name.
        - `role` (text): Their role.
        - `reports` (list of `Person`): The people who report to them. Each item has the values of `Person`, listed above.
        - `has_reports` (flag): Whether `reports` has any items.

        """)
  }

  @Test func fieldsReadTheirValues() {
    let sheet = Sheet(title: "T", count: 3, ready: true, tags: ["a"], rows: [Row()], owner: nil)
    let values = Sheet.templateFields.map { $0.value(in: sheet) }
    guard case .text("T") = values[0], case .text(nil) = values[1], case .number(3) = values[2],
      case .flag(true) = values[3], case .texts(["a"]) = values[4],
      case .list(let rows) = values[5],
      case .record(nil) = values[6]
    else {
      Issue.record("unexpected values \(values)")
      return
    }
    #expect(rows.count == 1)
  }

  @Test func typesDescribeThemselves() {
    #expect(
      Sheet.templateFields.map(\.type.description) == [
        "text", "text", "number", "flag", "list of texts", "list of `Row`", "record `Person`",
      ])
  }
}
