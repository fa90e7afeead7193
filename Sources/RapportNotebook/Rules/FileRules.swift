import RapportMarkdown

extension Rule {
  /// Bytes that are not UTF-8 text: UTF-16, invalid sequences, NUL bytes.
  public static let fileEncoding = Rule(
    "file.encoding", .error,
    "The file is not UTF-8 text (UTF-16, invalid UTF-8 bytes, or a NUL byte).",
    triggering: [RuleCatalog.exampleNote: RuleCatalog.note("", body: "Caf\u{0}e au lait.\n")],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("", body: "Café au lait.\n")])

  /// Classic-Mac CR line endings, which most diff tools show as one long line.
  public static let fileLineEndings = Rule(
    "file.line-endings", .warning, "Lines end with a bare CR, so diffs show the file as one line.",
    triggering: [
      RuleCatalog.exampleNote: RuleCatalog.note("").replacingLineEndings(with: "\r")
    ],
    passing: [RuleCatalog.exampleNote: RuleCatalog.note("").replacingLineEndings(with: "\r\n")])

  /// Files larger than `limits.max_note_bytes`.
  public static let fileTooLarge = Rule(
    "file.too-large", .error, "The file is larger than `limits.max_note_bytes` (1 MiB by default).",
    triggering: [
      "rapport.yml": "limits: { max_note_bytes: 400 }\n",
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: String(repeating: "Long answer. ", count: 30)),
    ],
    passing: [
      "rapport.yml": "limits: { max_note_bytes: 2000 }\n",
      RuleCatalog.exampleNote: RuleCatalog.note(
        "", body: String(repeating: "Long answer. ", count: 30)),
    ])

  /// Files that exist but cannot be read.
  public static let fileUnreadable = Rule(
    "file.unreadable", .error, "The file or folder cannot be read (permissions, a broken link).",
    triggering: [:], passing: [:])

  /// Block quotes and lists nested deeper than `limits.max_nesting`.
  public static let bodyTooDeep = Rule(
    "body.too-deep", .error,
    "Block quotes and lists are nested deeper than `limits.max_nesting` (32 by default).",
    triggering: [
      "rapport.yml": "limits: { max_nesting: 2 }\n",
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "> > > Deeply quoted.\n"),
    ],
    passing: [
      "rapport.yml": "limits: { max_nesting: 3 }\n",
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "> > > Deeply quoted.\n"),
    ])

  /// Bodies with more `[` than `limits.max_brackets`.
  public static let bodyTooManyBrackets = Rule(
    "body.too-many-brackets", .error,
    "The body has more `[` outside code blocks than `limits.max_brackets` (10,000 by default).",
    triggering: [
      "rapport.yml": "limits: { max_brackets: 3 }\n",
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "[a] [b] [c] [d]\n"),
    ],
    passing: [
      "rapport.yml": "limits: { max_brackets: 3 }\n",
      RuleCatalog.exampleNote: RuleCatalog.note("", body: "[a] [b] [c]\n\n```\n[d]\n```\n"),
    ])

  /// Markdown-looking files rapport does not read: other extensions, the notebook root, too deep.
  public static let fileIgnored = Rule(
    "file.ignored", .warning,
    "A file looks like a note but is not read: it ends in `.markdown` or `.MD` rather than `.md`, sits at the notebook root, or is more than 8 folders below its account.",
    triggering: [
      RuleCatalog.exampleNote: "",
      "acme/2026-03-14-jane-doe.markdown": RuleCatalog.note(""),
    ],
    passing: ["README.md": "# Our notebook\n", "acme/photo.jpg": "not a note"])

  /// Notes with more distinct themes than `limits.max_themes`.
  public static let noteTooManyThemes = Rule(
    "note.too-many-themes", .error,
    "A note names more distinct themes (front matter and tags) than `limits.max_themes` (100 by default).",
    triggering: [
      "rapport.yml": "limits: { max_themes: 2 }\n",
      RuleCatalog.exampleNote: RuleCatalog.note("themes: [pricing]", body: "#support #api\n"),
    ],
    passing: [
      "rapport.yml": "limits: { max_themes: 2 }\n",
      RuleCatalog.exampleNote: RuleCatalog.note("themes: [pricing]", body: "#support #pricing\n"),
    ])
}

extension RuleCatalog {
  static let fileRules: [Rule] = [
    .fileEncoding, .fileLineEndings, .fileTooLarge, .fileUnreadable, .bodyTooDeep,
    .bodyTooManyBrackets, .noteTooManyThemes, .fileIgnored,
  ]
}

extension String {
  /// The text with every line ending replaced by `ending`.
  func replacingLineEndings(with ending: String) -> String {
    TextLines.split(self[...]).joined(separator: ending) + (hasSuffix("\n") ? ending : "")
  }
}
