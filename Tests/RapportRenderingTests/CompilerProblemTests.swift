import RapportRendering
import Testing

/// What the compiler reports without data: names that are not values, lists or records written
/// as text, and partials that are missing or include themselves.
@Suite struct CompilerProblemTests {
  func expectProblem(
    _ text: String, partials: [String: String] = [:], _ severity: TemplateProblem.Severity,
    in template: String = "main", at line: Int, _ column: Int, _ message: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let problems = TemplateTesting.problems(text, Sheet.self, partials: partials)
    let expected = TemplateProblem(
      severity, template: template, at: TemplatePosition(line: line, column: column), message)
    #expect(problems == [expected], sourceLocation: sourceLocation)
  }

  @Test func aNameThatIsNotAValueIsAWarningListingWhatIs() {
    let problems = TemplateTesting.problems("Hello\n  {{nmae}}!", Person.self)
    #expect(
      problems == [
        TemplateProblem(
          .warning, template: "main", at: TemplatePosition(line: 2, column: 3),
          "`{{nmae}}` is not a value of this template (did you mean `name`?); here you can use: name, role, reports, has_reports"
        )
      ])
    #expect(TemplateTesting.render("Hello\n  {{nmae}}!", Person(name: "Ada")) == "Hello\n  !")
  }

  @Test func theListStartsWithTheInnermostFrame() {
    expectProblem(
      "{{#rows}}{{lable}}{{/rows}}", .warning, at: 1, 10,
      "`{{lable}}` is not a value of this template (did you mean `label`?); here you can use: label, count, done, cells, has_cells, owner, title, note, ready, tags, has_tags, rows, has_rows"
    )
  }

  @Test func sectionsOverNamesThatAreNotValuesAreWarnings() {
    expectProblem(
      "{{^redy}}draft{{/redy}}", .warning, at: 1, 1,
      "`{{^redy}}` is not a value of this template (did you mean `ready`?); here you can use: title, note, count, ready, tags, has_tags, rows, has_rows, owner"
    )
    #expect(
      TemplateTesting.render("{{^redy}}draft{{/redy}}{{#redy}}final{{/redy}}", Sheet()) == "draft")
  }

  @Test func dottedNamesAreCheckedPartByPart() {
    expectProblem(
      "{{owner.nmae}}", .warning, at: 1, 1,
      "`{{owner.nmae}}`: `owner` has no value `nmae` (did you mean `name`?); it has: name, role, reports, has_reports"
    )
    expectProblem(
      "{{title.x}}", .warning, at: 1, 1,
      "`{{title.x}}`: `title` is text, which has no values by name; it renders nothing")
    expectProblem(
      "{{#rows.count}}{{/rows.count}}", .warning, at: 1, 1,
      "`{{#rows.count}}`: `rows` is a list of Row, which has no values by name; it renders nothing")
  }

  @Test func aLeadingDotLooksOnlyAtTheCurrentItem() {
    expectProblem(
      "{{#owner}}{{.title}}{{/owner}}", .warning, at: 1, 11,
      "`{{.title}}` is not a value of the current item; it has: name, role, reports, has_reports")
  }

  @Test func listsWrittenAsTextAreWarningsAndRenderNothing() {
    expectProblem(
      "{{rows}}", .warning, at: 1, 1,
      "`{{rows}}` is a list of Row and renders nothing; repeat its items with `{{#rows}}…{{/rows}}`"
    )
    expectProblem(
      "x{{{tags}}}", .warning, at: 1, 2,
      "`{{{tags}}}` is a list of texts and renders nothing; repeat its items with `{{#tags}}…{{/tags}}`"
    )
    #expect(TemplateTesting.render("[{{rows}}]", Sheet(rows: [Row()])) == "[]")
  }

  @Test func recordsWrittenAsTextAreWarningsAndRenderNothing() {
    expectProblem(
      "{{owner}}", .warning, at: 1, 1,
      "`{{owner}}` is a record (Person) and renders nothing; name one of its values, such as `{{owner.name}}`"
    )
    expectProblem(
      "{{.}}", .warning, at: 1, 1,
      "`{{.}}` is a record (Sheet) and renders nothing; name one of its values, such as `{{title}}`"
    )
    #expect(TemplateTesting.render("[{{owner}}]", Sheet(owner: Person(name: "A"))) == "[]")
  }

  @Test func tagsWithoutAUsableNameAreWarnings() {
    expectProblem("{{}}", .warning, at: 1, 1, "`{{}}` names nothing and renders nothing")
    expectProblem(
      "{{upper(title)}}", .warning, at: 1, 1,
      "`{{upper(title)}}` calls a function, which templates cannot do; it renders nothing")
  }

  @Test func aPartialThatIncludesItselfIsAnErrorNamingTheChain() {
    let partials = ["style": "a\n{{> header}}", "header": "b {{>style}}"]
    let (program, problems) = TemplateTesting.compile("{{> style}}", Sheet.self, partials: partials)
    #expect(program == nil)
    #expect(
      problems == [
        TemplateProblem(
          .error, template: "header", at: TemplatePosition(line: 1, column: 3),
          "`{{> style}}` includes `style` inside itself: style → header → style")
      ])
    expectProblem(
      "x\n{{#ready}}{{>main}}{{/ready}}", .error, at: 2, 11,
      "`{{> main}}` includes `main` inside itself: main → main")
  }

  @Test func aMissingPartialIsAnError() {
    let (program, problems) = TemplateTesting.compile(
      "<style>\n{{> styel}}\n</style>", Sheet.self, partials: ["style": "p {}"])
    #expect(program == nil)
    #expect(
      problems == [
        TemplateProblem(
          .error, template: "main", at: TemplatePosition(line: 2, column: 1),
          "`{{> styel}}` includes a template that does not exist (did you mean `style`?)")
      ])
  }

  @Test func problemsInsideAPartialNameThePartial() {
    expectProblem(
      "{{#rows}}\n  {{> row}}\n{{/rows}}", partials: ["row": "x\n {{lable}}"], .warning,
      in: "row", at: 2, 2,
      "`{{lable}}` is not a value of this template (did you mean `label`?); here you can use: label, count, done, cells, has_cells, owner, title, note, ready, tags, has_tags, rows, has_rows"
    )
  }

  @Test func warningsStillGiveAProgram() {
    let (program, problems) = TemplateTesting.compile("{{nope}}ok", Sheet.self)
    #expect(problems.count == 1)
    #expect(program?.render(Sheet()) == "ok")
  }

  @Test func theSameProblemIsReportedOnce() {
    let problems = TemplateTesting.problems("{{>p}}{{>p}}", Sheet.self, partials: ["p": "{{nope}}"])
    #expect(problems.count == 1)
  }

  @Test func aTemplateThatDoesNotExistIsAnError() {
    let (program, problems) = TemplateCompiler.compile(
      templateNamed: "index.html", root: Sheet.self, documents: [:])
    #expect(program == nil)
    #expect(
      problems.map(\.description) == [
        "index.html:1:1: error: there is no template named `index.html`"
      ])
  }

  @Test func syntaxErrorsInAnySourceAreReported() {
    let problems = TemplateTesting.problems("ok", Sheet.self, partials: ["other": "{{#a}}"])
    #expect(
      problems.map(\.description) == ["other:1:1: error: `{{#a}}` is never closed with `{{/a}}`"])
  }

  @Test func declaredFlagsWinOverListCompanions() {
    #expect(TemplateTesting.render("{{#has_items}}yes{{/has_items}}", Shelf(items: [])) == "yes")
    #expect(TemplateSchema(Shelf.self).entries.map(\.name) == ["has_items", "items"])
  }
}

/// A record that declares its own `has_items` flag beside a list named `items`.
struct Shelf: TemplateRecord {
  var items: [Cell]
  static let templateFields: [TemplateField<Shelf>] = [
    .flag("has_items", "Always true, whatever the list holds.") { _ in true },
    .list("items", "The items on the shelf.") { $0.items },
  ]
}
