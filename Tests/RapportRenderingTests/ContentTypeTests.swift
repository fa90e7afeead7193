import RapportRendering
import Testing

/// `{{% CONTENT_TYPE: …}}`: how variables after the pragma are escaped.
@Suite struct ContentTypeTests {
  let sheet = Sheet(note: "# *a* [b] <c> | ~ _ `d` \\ & \"e\" 'f' #g\r\nh")

  @Test func markdownEscapesLikeRapportsEscaper() {
    TemplateTesting.check(
      "{{% CONTENT_TYPE: MARKDOWN}}\n{{note}}", sheet, Escaping.markdown(sheet.note!))
  }

  @Test func htmlIsTheDefault() {
    let expected = Escaping.html(sheet.note!)
    TemplateTesting.check("{{note}}", sheet, expected)
    TemplateTesting.check("{{% CONTENT_TYPE: HTML}}\n{{note}}", sheet, expected)
  }

  @Test func textEscapesNothing() {
    TemplateTesting.check("{{%CONTENT_TYPE:TEXT}}\n{{note}}", sheet, sheet.note!)
  }

  @Test func tripleMustachesNeverEscape() {
    TemplateTesting.check("{{% CONTENT_TYPE: MARKDOWN}}\n{{{note}}}", sheet, sheet.note!)
  }

  @Test func aPragmaAppliesFromWhereItStands() {
    TemplateTesting.check("{{note}}|{{% CONTENT_TYPE: TEXT}}{{note}}", Sheet(note: "<"), "&lt;|<")
  }

  @Test func aPragmaInsideASectionEndsWithIt() {
    let sheet = Sheet(note: "<", rows: [Row(), Row()])
    TemplateTesting.check(
      "{{#rows}}{{note}}{{% CONTENT_TYPE: TEXT }}{{note}};{{/rows}}{{note}}", sheet,
      "&lt;<;&lt;<;&lt;")
  }

  @Test func aPragmaThatIsNotStandaloneKeepsTheWhitespace() {
    TemplateTesting.check("  {{% CONTENT_TYPE: TEXT}} x\n", sheet, "   x\n")
    TemplateTesting.check("a\n  {{% CONTENT_TYPE: TEXT}}  \nb", sheet, "a\nb")
  }
}
