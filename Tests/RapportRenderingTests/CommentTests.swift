import RapportRendering
import Testing

/// `{{! …}}`: removed, with the line it stands alone on.
@Suite struct CommentTests {
  let sheet = Sheet(title: "T")

  @Test func commentsRenderNothing() {
    TemplateTesting.check("12345{{! Comment Block! }}67890", sheet, "1234567890")
    TemplateTesting.check(
      "12345{{!\n  This is a\n  multi-line comment...\n}}67890\n", sheet,
      "1234567890\n")
  }

  @Test func standaloneCommentLinesAreRemoved() {
    TemplateTesting.check("Begin.\n{{! Comment Block! }}\nEnd.\n", sheet, "Begin.\nEnd.\n")
    TemplateTesting.check(
      "Begin.\n  {{! Indented Comment Block! }}\nEnd.\n", sheet,
      "Begin.\nEnd.\n")
    TemplateTesting.check("|\r\n{{! Standalone Comment }}\r\n|", sheet, "|\r\n|")
    TemplateTesting.check("  {{! I'm Still Standalone }}\n!", sheet, "!")
    TemplateTesting.check("!\n  {{! I'm Still Standalone }}", sheet, "!\n")
    TemplateTesting.check(
      "Begin.\n{{!\nSomething's going on here...\n}}\nEnd.\n", sheet,
      "Begin.\nEnd.\n")
    TemplateTesting.check(
      "Begin.\n  {{!\n    Something's going on here...\n  }}\nEnd.\n", sheet,
      "Begin.\nEnd.\n")
  }

  @Test func inlineCommentsKeepTheWhitespaceAroundThem() {
    TemplateTesting.check("  12 {{! 34 }}\n", sheet, "  12 \n")
    TemplateTesting.check("12345 {{! Comment Block! }} 67890", sheet, "12345  67890")
    TemplateTesting.check("  {{! a }}{{title}}\n", sheet, "  T\n")
    TemplateTesting.check("  {{! a }} x\n", sheet, "   x\n")
  }

  @Test func aCommentNamingAValueStaysAComment() {
    TemplateTesting.check("comments never show: >{{! title }}<", sheet, "comments never show: ><")
  }
}
