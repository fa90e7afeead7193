import RapportNotebook

/// Dates in words for hovers: how long ago a day was, and its weekday.
enum DayText {
  static let weekdays = [
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
  ]

  /// The day of the week `day` fell on.
  static func weekday(_ day: Day) -> String {
    // 1970-01-01 was a Thursday.
    let index = ((day.daysSinceEpoch + 4) % 7 + 7) % 7
    return weekdays[index]
  }

  /// How far `day` is from `today`: "today", "3 days ago", "in 12 days", "400 days ago (about
  /// 13 months)".
  static func relative(_ day: Day, to today: Day) -> String {
    let days = day.days(until: today)
    switch days {
    case 0: return "today"
    case 1: return "yesterday"
    case -1: return "tomorrow"
    default:
      let count = abs(days)
      var words = "\(count) days"
      if count >= 60 {
        let months = Int((Double(count) / 30.44).rounded())
        let years = Int((Double(count) / 365.25).rounded())
        words += count >= 730 ? " (about \(years) years)" : " (about \(months) months)"
      }
      return days > 0 ? words + " ago" : "in " + words
    }
  }
}
