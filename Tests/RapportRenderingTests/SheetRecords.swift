import RapportRendering

/// A page with a field of every kind, for the engine's unit tests.
struct Sheet: TemplateRecord {
  var title: String? = nil
  var note: String? = nil
  var count: Int? = nil
  var ready = false
  var tags: [String] = []
  var rows: [Row] = []
  var owner: Person? = nil

  static let templateFields: [TemplateField<Sheet>] = [
    .text("title", "The sheet's title.") { $0.title },
    .text("note", "A remark, if any.") { $0.note },
    .number("count", "How many rows were counted.") { $0.count },
    .flag("ready", "Whether the sheet is final.") { $0.ready },
    .texts("tags", "Labels on the sheet.") { $0.tags },
    .list("rows", "The sheet's rows.") { $0.rows },
    .record("owner", "Who keeps the sheet.") { $0.owner },
  ]
}

/// A row of a `Sheet`.
struct Row: TemplateRecord {
  var label: String? = nil
  var count: Int? = nil
  var done = false
  var cells: [Cell] = []
  var owner: Person? = nil

  static let templateFields: [TemplateField<Row>] = [
    .text("label", "The row's label.") { $0.label },
    .number("count", "The row's count.") { $0.count },
    .flag("done", "Whether the row is done.") { $0.done },
    .list("cells", "The row's cells.") { $0.cells },
    .record("owner", "Who owns the row.") { $0.owner },
  ]
}

/// A cell of a `Row`.
struct Cell: TemplateRecord {
  var value: String? = nil

  static let templateFields: [TemplateField<Cell>] = [
    .text("value", "The cell's text.") { $0.value }
  ]
}

/// A person with direct reports: a record type that contains itself.
struct Person: TemplateRecord {
  var name: String? = nil
  var role: String? = nil
  var reports: [Person] = []

  static let templateFields: [TemplateField<Person>] = [
    .text("name", "The person's full name.") { $0.name },
    .text("role", "Their role.") { $0.role },
    .list("reports", "The people who report to them.") { $0.reports },
  ]
}
