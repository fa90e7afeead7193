/// The reference of every value templates can use, generated from the page types themselves so
/// it cannot drift from them (`docs/templates.md`).
public enum TemplateDocumentation {
  /// The templates, the page type each renders, and what it is for.
  static let pages: [(templates: String, type: any TemplateRecord.Type, about: String)] = [
    ("`index.md`, `index.html`", CompanyPage.self, "the company-wide page"),
    ("`account.md`, `account.html`", AccountPage.self, "each account's page"),
    ("`person.md`, `person.html`", PersonPage.self, "each person's page"),
    ("`style`", StylesheetPage.self, "the style sheet `style.css` every HTML page links to"),
    ("`tellback.md`", TellBackPage.self, "a tell-back draft written by `rapport tellback`"),
    ("`note.md`", NewNotePage.self, "a new note written by `rapport new note`"),
    ("`profile.md`", NewProfilePage.self, "a new `account.md` written by `rapport new account`"),
  ]

  /// The whole reference as Markdown.
  public static var markdown: String {
    var text = """
      # Template values

      <!-- Generated from the page types by a test; RAPPORT_RECORD=1 swift test rewrites it. -->

      Templates are [Mustache](https://mustache.github.io/mustache.5.html) files, compiled by
      rapport against the values of the page they render: every name is checked when the
      templates are read, before any page is written. A name a page does not have is a warning
      (`template.value.unknown`) that lists the values available where it stands, and renders
      nothing; a syntax error, a missing partial or a partial that includes itself is an error
      (`template.invalid`) at the tag's line and column, and no page is written.

      - `{{name}}` inserts a value, escaped for the page: HTML by default and after
        `{{% CONTENT_TYPE: HTML}}`, Markdown after `{{% CONTENT_TYPE: MARKDOWN}}`, nothing after
        `{{% CONTENT_TYPE: TEXT}}`. `{{{name}}}` inserts it as is: use it only for values rapport
        makes safe itself (`*_svg` charts, `html` and `*_html` rendered by cmark's safe mode,
        `markdown` and `*_md` sanitized by cmark, `href` and `*_link` links it percent-encodes,
        `*_id` slugs, `*_class` class names). Any other value inserted so in an HTML or Markdown
        page is a warning (`template.value.unescaped`): a note's words could add links, images or
        HTML to the page.
      - `{{#name}}…{{/name}}` repeats for each item of a list, enters a record, or shows its
        content when a flag is true, a text is not empty or a number is present;
        `{{^name}}…{{/name}}` shows its content otherwise. Every list `x` comes with a flag `has_x`.
      - Names are looked up from the innermost section outwards, once, when the template is
        compiled; a value a record declares but leaves empty renders nothing (it is never taken
        from an outer section).
      - `{{> style}}` includes `style.mustache` (the default pages link to the `style.css` rendered
        from it instead, so its rules are sent once).

      """
    for page in pages {
      text += "\n## \(page.templates): \(page.about)\n\n"
      text += TemplateSchema.markdown(for: page.type)
    }
    return text
  }
}
