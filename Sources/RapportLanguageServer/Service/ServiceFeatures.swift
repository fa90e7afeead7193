/// What the server tells the editor about the service when it starts.
public struct ServiceFeatures: Sendable, Hashable {
  /// Characters that open completion as they are typed, such as `#` for theme tags.
  public var completionTriggerCharacters: [String]
  /// Glob patterns of files whose changes on disk matter, such as `**/*.md`; the server asks
  /// the editor to watch them and reports changes through `filesChanged(_:)`.
  public var watchedFiles: [String]

  public init(completionTriggerCharacters: [String] = [], watchedFiles: [String] = []) {
    self.completionTriggerCharacters = completionTriggerCharacters
    self.watchedFiles = watchedFiles
  }
}
