import RapportNotebook
import RapportSystem

extension Workspace {
  /// The notebook's account ids (its folders named as slugs), sorted; for shell completion.
  public func accountIDs() -> [String] {
    (FileSystem.list(notebook) ?? []).filter {
      $0.isDirectory && Slug.isValid($0.name) && $0.name != "templates"
    }.map(\.name).sorted()
  }

  /// The contact ids on an account's roster, in roster order; empty when it has none.
  public func contactIDs(account: String) -> [String] {
    guard Slug.isValid(account) else { return [] }
    var buffer: [UInt8] = []
    let settings = self.settings.settings
    guard
      case .success = FileSystem.read(
        notebook + "/" + account + "/account.md", into: &buffer,
        maxBytes: settings.limits.maxNoteBytes)
    else { return [] }
    return buffer.withUnsafeBytes {
      ProfileParser.parse(bytes: $0, file: account + "/account.md", settings: settings).0
    }.contacts.map(\.id)
  }
}
