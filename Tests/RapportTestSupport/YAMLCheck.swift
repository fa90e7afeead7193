import Yams

/// Whether text parses as YAML (for files rapport ships but does not read itself).
public enum YAMLCheck {
  public static func isValid(_ text: String) -> Bool { (try? Yams.compose(yaml: text)) != nil }
}
