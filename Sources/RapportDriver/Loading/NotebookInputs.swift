import RapportNotebook
import RapportSystem

/// Hashes of everything a notebook's outputs depend on: settings, the files present, profiles, notes.
///
/// Two loads with equal inputs give equal notebooks, so reports and diagnostics can be reused.
public struct NotebookInputs: Sendable, Hashable {
  /// Hash of `rapport.yml`'s bytes (0 without one).
  public var settingsHash: UInt64
  /// Hash of every path found (notes, profiles, folders that are not accounts).
  public var layoutHash: UInt64
  /// Per account id: a hash of its profile's bytes and its notes' paths and contents.
  public var accountHashes: [String: UInt64]

  /// One hash of all of it.
  public var hash: UInt64 {
    accountHashes.keys.sorted().reduce(ContentHash.of("inputs", seed: settingsHash ^ layoutHash)) {
      ContentHash.of($1, seed: $0 ^ accountHashes[$1]!)
    }
  }

  /// The hash of one account from its profile's content hash, its notes' paths and content
  /// hashes, and the paths of its broken links (its pages count them as left out).
  static func accountHash(
    profile: UInt64, notes: [(path: String, contentHash: UInt64?)], brokenLinks: [String]
  ) -> UInt64 {
    let hash = notes.reduce(profile) { ContentHash.of($1.path, seed: $0 ^ ($1.contentHash ?? 1)) }
    return brokenLinks.reduce(hash) { ContentHash.of($1, seed: $0 ^ 7) }
  }

  /// The hash of a layout's paths.
  static func layoutHash(_ layout: NotebookLayout) -> UInt64 {
    var hash: UInt64 = 0
    for account in layout.accounts {
      hash = ContentHash.of(account.id, seed: hash)
      if let profile = account.profile { hash = ContentHash.of(profile, seed: hash) }
      for note in account.notes { hash = ContentHash.of(note, seed: hash) }
    }
    for note in layout.unreadableNotes { hash = ContentHash.of(note, seed: hash ^ 7) }
    for diagnostic in layout.diagnostics {
      hash = ContentHash.of(diagnostic.file + diagnostic.message, seed: hash)
    }
    return hash
  }
}
