/// A note's `date` as written, kept with the outcome of a load so checks that depend on the day
/// rapport runs (`note.date.future`) are made afresh each run, cached load or not.
public struct NoteDate: Sendable, Hashable {
  /// The note's notebook-relative path.
  public var file: String
  public var date: Located<Day>
  /// Whether the note is (or is treated as) confidential: what is said about it is withheld.
  public var confidential: Bool
  /// Whether it is only treated as confidential until its front matter reads.
  public var confidentialAssumed: Bool
  /// Whether, treated so, it seems to mean `confidential: true` (see `ParsedNote`).
  public var confidentialMarked = false

  public init(
    file: String, date: Located<Day>, confidential: Bool, confidentialAssumed: Bool,
    confidentialMarked: Bool = false
  ) {
    self.file = file
    self.date = date
    self.confidential = confidential
    self.confidentialAssumed = confidentialAssumed
    self.confidentialMarked = confidentialMarked
  }
}
