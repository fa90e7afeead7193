import RapportRendering
import Testing

/// `{{name}}`, `{{{name}}}` and `{{& name}}`: what each inserts, and how it is escaped.
@Suite struct InterpolationTests {
  @Test func textWithoutTagsIsCopied() {
    TemplateTesting.check("Curly {braces} and } stay.\n", Sheet(), "Curly {braces} and } stay.\n")
  }

  @Test func aVariableInsertsItsText() {
    TemplateTesting.check("Title: {{title}}.", Sheet(title: "Q3 review"), "Title: Q3 review.")
  }

  @Test func theDefaultEscapingIsHTML() {
    TemplateTesting.check(
      "{{note}}", Sheet(note: "a & b < c > d \" e ' f"),
      "a &amp; b &lt; c &gt; d &quot; e &#39; f")
  }

  @Test func tripleAndAmpersandInsertRawText() {
    let sheet = Sheet(note: "<b>&'\"</b>")
    TemplateTesting.check(
      "{{{note}}}|{{&note}}|{{& note }}", sheet, "<b>&'\"</b>|<b>&'\"</b>|<b>&'\"</b>")
  }

  @Test func numbersRenderInDecimal() {
    TemplateTesting.check("{{count}} {{{count}}} {{&count}}", Sheet(count: 85), "85 85 85")
    TemplateTesting.check("{{count}}", Sheet(count: -3), "-3")
    TemplateTesting.check("{{count}}", Sheet(count: 0), "0")
    TemplateTesting.check("{{count}}", Sheet(count: Int.min), "\(Int.min)")
  }

  @Test func flagsRenderTrueOrFalse() {
    TemplateTesting.check("{{ready}}/{{has_rows}}", Sheet(ready: true), "true/false")
  }

  @Test func absentValuesRenderNothing() {
    TemplateTesting.check("({{title}})({{{title}}})({{count}})", Sheet(), "()()()")
    TemplateTesting.check("({{title}})", Sheet(title: ""), "()")
  }

  @Test func namesThatAreNotValuesRenderNothing() {
    TemplateTesting.check(
      "I ({{missing}}) am ({{{missing}}}) hidden ({{&missing}})", Sheet(),
      "I () am () hidden ()")
  }

  @Test func dottedNamesReadNestedValues() {
    let sheet = Sheet(owner: Person(name: "Ada <Lovelace>"))
    TemplateTesting.check(
      "{{owner.name}} = {{#owner}}{{name}}{{/owner}}; {{{owner.name}}} = {{&owner.name}}", sheet,
      "Ada &lt;Lovelace&gt; = Ada &lt;Lovelace&gt;; Ada <Lovelace> = Ada <Lovelace>")
  }

  @Test func dottedNamesReachAnyDepth() {
    TemplateTesting.check("{{b.c.d.e.name}}", ChainA.full("Deep"), "Deep")
  }

  @Test func aBrokenChainRendersNothing() {
    TemplateTesting.check("[{{b.c.d.e.name}}]", ChainA(b: ChainB()), "[]")
    TemplateTesting.check("[{{owner.name}}]", Sheet(), "[]")
  }

  @Test func theFirstPartResolvesLikeAnyName() {
    // Inside `b`, `c` is b's own field.
    let chain = ChainA(b: ChainB(c: ChainC(d: ChainD(e: ChainE(name: "inner")))))
    TemplateTesting.check("{{#b}}{{c.d.e.name}}{{/b}}", chain, "inner")
  }

  @Test func laterPartsResolveOnlyInTheirParent() {
    // `b.name` is b's own name; the top-level name is never used for it.
    TemplateTesting.check("[{{b.name}}]", ChainA(b: ChainB(), name: "top"), "[]")
  }

  @Test func aLeadingDotLooksOnlyAtTheCurrentItem() {
    let sheet = Sheet(title: "outer", rows: [Row(label: "one")], owner: Person(name: "Ada"))
    TemplateTesting.check("{{#owner}}{{.name}}{{/owner}}", sheet, "Ada")
    #expect(TemplateTesting.render("{{#rows}}[{{.title}}|{{title}}]{{/rows}}", sheet) == "[|outer]")
  }

  @Test func theImplicitIteratorIsTheCurrentText() {
    TemplateTesting.check(
      "{{#title}}{{.}} is {{title}}{{/title}}", Sheet(title: "<x>"),
      "&lt;x&gt; is &lt;x&gt;")
    TemplateTesting.check("{{#count}}{{.}}!{{/count}}", Sheet(count: 7), "7!")
  }

  @Test func whitespaceAroundVariablesIsKept() {
    let sheet = Sheet(title: "---")
    TemplateTesting.check("| {{title}} |", sheet, "| --- |")
    TemplateTesting.check("| {{{title}}} |", sheet, "| --- |")
    TemplateTesting.check("| {{&title}} |", sheet, "| --- |")
    TemplateTesting.check("  {{title}}\n", sheet, "  ---\n")
    TemplateTesting.check("  {{{title}}}\n", sheet, "  ---\n")
    TemplateTesting.check("  {{&title}}\n", sheet, "  ---\n")
  }

  @Test func whitespaceInsideTagsIsIgnored() {
    let sheet = Sheet(title: "---")
    TemplateTesting.check(
      "|{{ title }}|{{{ title }}}|{{& title }}|{{\ttitle\n}}|", sheet,
      "|---|---|---|---|")
  }

  @Test func multiLineValuesAreInsertedAsTheyAre() {
    TemplateTesting.check(
      "<p>{{note}}</p>\n", Sheet(note: "one\ntwo\r\nthree"),
      "<p>one\ntwo\r\nthree</p>\n")
  }

  @Test func nonASCIITextPassesThrough() {
    TemplateTesting.check(
      "¿{{title}}? — 日本 👩‍💻", Sheet(title: "Çé e\u{301} ✓"),
      "¿Çé e\u{301} ✓? — 日本 👩‍💻")
  }
}
