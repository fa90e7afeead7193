import RapportNotebook

extension ContactSummary {
  /// What we heard from one person at `account` up to `period.asOf`: the roster contact or the
  /// person interviewed with id `id`; nil when neither.
  ///
  /// For a look-up of one person, as an editor's hover makes; reports summarise every contact.
  public static func summary(
    of id: String, in account: Account, settings: Settings, period: ReportPeriod
  ) -> ContactSummary? {
    all(for: account, period: period, npsScale: settings.npsScale?.name).first { $0.id == id }
  }
}
