/// The report templates in this folder, built into the binary so rapport runs from any folder.
public enum DefaultTemplates {
  /// Template file names (without `.mustache`) and their text.
  public static let all: [(name: String, text: String)] = [
    ("index.html", text(PackageResources.index_html_mustache)),
    ("index.md", text(PackageResources.index_md_mustache)),
    ("account.html", text(PackageResources.account_html_mustache)),
    ("account.md", text(PackageResources.account_md_mustache)),
    ("person.html", text(PackageResources.person_html_mustache)),
    ("person.md", text(PackageResources.person_md_mustache)),
    ("tellback.md", text(PackageResources.tellback_md_mustache)),
    ("style", text(PackageResources.style_mustache)),
    ("note.md", text(PackageResources.note_md_mustache)),
    ("profile.md", text(PackageResources.profile_md_mustache)),
  ]

  private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
