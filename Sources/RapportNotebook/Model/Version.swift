/// The version of rapport, printed by `--version`, stamped into reports and caches.
public enum RapportVersion {
  public static let current = "0.1.0"
}
