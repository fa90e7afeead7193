import RapportSystem

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
    Self.accountsFolder + "/" + Self.accountFileName(id) + "." + format.rawValue
  }

  /// The folder holding one folder of person pages per account.
  public static let peopleFolder = "people"

  /// A person's page, such as `people/acme/jane-doe.html`; an id that is not a slug (a name
  /// written oddly) gets a stable name made from it.
  public func person(account: String, id: String, _ format: Format) -> String {
    // Built in one piece: links to people are made for every mention on every page.
    String.concatenating(
      Self.peopleFolder, "/", account, "/", Self.fileName(id), format == .html ? ".html" : ".md")
  }

  /// The link to a person's page from a page `depth` folders down, such as
  /// `../../people/acme/jane-doe.html`: the same as `link(to: person(…), fromDepth:)`, built in one
  /// piece, since every page links each person it mentions.
  public func personLink(
    account: String, id: String, _ format: Format, fromDepth depth: Int
  )
    -> String
  {
    let name = Self.fileName(id)
    // File names are slugs or hashes; an account id written oddly is encoded like any path.
    guard depth >= 0, depth < Self.ups.count, RenderContext.isPlainPath(account) else {
      return link(to: person(account: account, id: id, format), fromDepth: depth)
    }
    return String.concatenating(
      Self.ups[depth], Self.peopleFolder, "/", account, "/", name,
      format == .html ? ".html" : ".md")
  }

  /// `../` repeated 0 to 7 times: pages sit at most a few folders down.
  private static let ups = (0..<8).map { String(repeating: "../", count: $0) }

  /// A person id as a file name: itself when a slug short enough for a file name (with its
  /// extension) on any file system, else `person-` and a hash of it.
  static func fileName(_ id: String) -> String {
    Slug.isValid(id) && id.utf8.count <= maximumName
      ? id : "person-" + String(ContentHash.of(id), radix: 16)
  }

  /// An account id as a file name: itself (a folder's name) unless too long to take an extension.
  static func accountFileName(_ id: String) -> String {
    id.utf8.count <= maximumName ? id : "account-" + String(ContentHash.of(id), radix: 16)
  }

  /// The longest name a page's file keeps (bytes): 255 is the usual limit, with room for `.html`.
  static let maximumName = 200

  /// The style sheet the HTML pages share, beside the company page.
  public static let stylesheet = "style.css"

  /// Every page of a report set over these accounts (each with its people), company page first.
  public func pages(accounts: [(id: String, people: [String])]) -> [String] {
    companyPages + accounts.flatMap { pages(account: $0.id, people: $0.people) }
  }

  /// The company page in each format, and the style sheet.
  public var companyPages: [String] { Format.allCases.map(index) + [Self.stylesheet] }

  /// An account's page and its people's, in each format.
  public func pages(account: String, people: [String]) -> [String] {
    Format.allCases.map { self.account(account, $0) }
      + people.flatMap { id in Format.allCases.map { person(account: account, id: id, $0) } }
  }

  /// The link to `page` (a path from the output folder) from a page `depth` folders down.
  public func link(to page: String, fromDepth depth: Int) -> String {
    String(repeating: "../", count: depth) + RenderContext.encodePath(page)
  }

  /// An account page's link from the company page, percent-encoded.
  public func accountLink(_ id: String, _ format: Format) -> String {
    Self.accountsFolder + "/" + RenderContext.percentEncode(Self.accountFileName(id)) + "."
      + format.rawValue
  }

  /// How many folders below the output folder a page sits (for relative links back up).
  public func depth(of page: String) -> Int { page.split(separator: "/").count - 1 }
}
