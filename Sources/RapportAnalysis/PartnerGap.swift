import RapportNotebook

/// Our own people's view of a partnership beside the partner's view.
public struct PartnerGap: Sendable {
  /// One scale or theme: mean external score, mean internal score, and internal minus external.
  public struct Row: Sendable {
    public var label: String
    public var external: Double?
    public var externalCount: Int
    public var `internal`: Double?
    public var internalCount: Int
    public var gap: Double? {
      guard let external, let `internal` else { return nil }
      return `internal` - external
    }
  }

  public var scales: [Row]
  /// Per theme, on the NPS scale (or the first scale).
  public var themes: [Row]
  public var externalNotes: Int
  public var internalNotes: Int

  /// The gap over interviews in the window.
  init(interviews: [Interview], settings: Settings) {
    let external = interviews.filter { $0.side == .external }
    let internalNotes = interviews.filter { $0.side == .internal }
    externalNotes = external.count
    self.internalNotes = internalNotes.count
    func mean(_ notes: [Interview], _ scale: String) -> (Double?, Int) {
      let values = notes.compactMap { $0.score(on: scale) }
      return (values.isEmpty ? nil : values.reduce(0, +) / Double(values.count), values.count)
    }
    scales = settings.scales.map { scale in
      let (e, ec) = mean(external, scale.name)
      let (i, ic) = mean(internalNotes, scale.name)
      return Row(label: scale.name, external: e, externalCount: ec, internal: i, internalCount: ic)
    }
    let themeScale = settings.npsScale?.name ?? settings.scales.first?.name ?? ""
    let themeNames = Set(interviews.flatMap(\.themes)).sorted()
    themes = themeNames.map { theme in
      let (e, ec) = mean(external.filter { $0.themes.contains(theme) }, themeScale)
      let (i, ic) = mean(internalNotes.filter { $0.themes.contains(theme) }, themeScale)
      return Row(label: theme, external: e, externalCount: ec, internal: i, internalCount: ic)
    }.filter { $0.externalCount > 0 || $0.internalCount > 0 }
  }
}
