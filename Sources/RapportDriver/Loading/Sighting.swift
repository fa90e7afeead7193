import RapportNotebook
import RapportSystem

/// What looking for changes found: the notebook's files, the cache they were compared with, and
/// each account's unchanged notes. The load that follows starts from it, so it neither decodes
/// the cache's index again nor examines an unchanged note a second time.
struct Sighting: Sendable {
  /// The notebook's files, as listed.
  var layout: NotebookLayout
  /// The cache: its index decoded, its records left in the file until they are used.
  var cache: NoteCache
  /// The key the cache was read under (rapport's build and the limits).
  var cacheKey: String
  /// Per account folder, in the layout's order: its notes' cache entries when none of its notes
  /// changed by fingerprint since the cache was written, else nil.
  var unchangedNotes: [[(String, NoteCache.Entry)]?]
  /// Per account folder: its input hash when none of its files changed, else nil.
  var accountHashes: [UInt64?]

  /// The notebook's inputs when no file changed, came or went since the cache was written.
  func inputs(settingsHash: UInt64) -> NotebookInputs? {
    guard layout.accounts.reduce(0, { $0 + $1.notes.count }) == cache.entries.count else {
      return nil
    }
    var hashes: [String: UInt64] = [:]
    for (folder, hash) in zip(layout.accounts, accountHashes) {
      guard let hash else { return nil }
      hashes[folder.id] = hash
    }
    return NotebookInputs(
      settingsHash: settingsHash, layoutHash: NotebookInputs.layoutHash(layout),
      accountHashes: hashes)
  }
}

extension NotebookLoader {
  /// Compares every account folder of `layout` with `cache` (read under `cacheKey`): a `stat` of
  /// every note and a read of every profile, spread over threads by account. Every account is
  /// examined, not only those before the first change: the load uses what is found.
  static func sight(
    _ layout: NotebookLayout, root: String, cache: NoteCache, cacheKey: String, jobs: Int
  ) -> Sighting {
    let found = Parallel.map(
      count: layout.accounts.count, jobs: jobs, scratch: { [UInt8]() }
    ) { index, buffer -> (notes: [(String, NoteCache.Entry)]?, hash: UInt64?) in
      sight(layout.accounts[index], root: root, cache: cache, buffer: &buffer)
    }
    return Sighting(
      layout: layout, cache: cache, cacheKey: cacheKey, unchangedNotes: found.map(\.notes),
      accountHashes: found.map(\.hash))
  }

  /// An account folder's notes' cache entries when none of them changed since `cache`, and its
  /// input hash when its profile did not change either.
  private static func sight(
    _ folder: NotebookLayout.AccountFolder, root: String, cache: NoteCache, buffer: inout [UInt8]
  ) -> (notes: [(String, NoteCache.Entry)]?, hash: UInt64?) {
    guard
      let (entries, _) = unchangedEntries(
        of: folder, root: root, cache: cache, rehashingUpTo: nil, buffer: &buffer)
    else { return (nil, nil) }
    var profileHash: UInt64 = 0
    if let path = folder.profile {
      guard case .success = FileSystem.read(root + "/" + path, into: &buffer, maxBytes: 16 << 20)
      else { return (entries, nil) }
      profileHash = buffer.withUnsafeBytes { ContentHash.of($0) }
      guard cache.profiles[path]?.contentHash == profileHash else { return (entries, nil) }
    }
    let hash = NotebookInputs.accountHash(
      profile: profileHash, notes: entries.map { ($0.0, $0.1.contentHash) },
      brokenLinks: folder.brokenLinks)
    return (entries, hash)
  }

  /// The notebook's inputs when every file is unchanged since `cache` was written, else nil.
  ///
  /// Cheap: lists the folders, stats every note, and reads only `rapport.yml` and the profiles.
  /// `settingsHash` is that of `rapport.yml`, when the caller has read it already.
  public static func unchangedInputs(
    root: String, cache: NoteCache, settingsHash: UInt64? = nil, jobs: Int = 1
  ) -> NotebookInputs? {
    sight(
      NotebookLayout(root: root, jobs: jobs), root: root, cache: cache, cacheKey: "", jobs: jobs
    )
    .inputs(settingsHash: settingsHash ?? settings(root: root).hash)
  }
}
