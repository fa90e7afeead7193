/// Where each page of a report set goes, relative to the output folder, and how pages link to
/// each other: the one place the folder layout is spelled.
public struct OutputLayout: Sendable {
  /// The two formats every page is written in.
  public enum Format: String, Sendable, CaseIterable {
    case markdown = "md"
    case html
  }

  public init() {}

  /// The folder holding one page per account.
  public static let accountsFolder = "accounts"

  /// The company page, such as `index.html`.
  public func index(_ format: Format) -> String { "index." + format.rawValue }

  /// An account's page, such as `accounts/acme.md` (ids are slugs, so need no encoding).
  public func account(_ id: String, _ format: Format) -> String {
    Self.accountsFolder + "/" + id + "." + format.rawValue
  }

  /// Every page of a report set over these accounts, company page first.
  public func pages(accounts ids: [String]) -> [String] {
    Format.allCases.map(index) + ids.flatMap { id in Format.allCases.map { account(id, $0) } }
  }

  /// Folders below the output folder that pages live in.
  public var folders: [String] { [Self.accountsFolder] }

  /// An account page's link from the company page, percent-encoded.
  public func accountLink(_ id: String, _ format: Format) -> String {
    Self.accountsFolder + "/" + RenderContext.percentEncode(id) + "." + format.rawValue
  }

  /// How many folders below the output folder a page sits (for relative links back up).
  public func depth(of page: String) -> Int { page.split(separator: "/").count - 1 }
}
