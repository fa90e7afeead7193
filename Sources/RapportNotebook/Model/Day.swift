/// A calendar date without a time of day or time zone, as written in notes (`YYYY-MM-DD`).
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before it).
  public let daysSinceEpoch: Int

  public init(daysSinceEpoch: Int) { self.daysSinceEpoch = daysSinceEpoch }

  /// The date for a proleptic Gregorian year, month (1-12) and day (1-31), or nil if no such date exists.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else {
      return nil
    }
    // Days from civil: count from a March-based year so leap days fall at a year's end.
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let monthFromMarch = (month + 9) % 12
    let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    daysSinceEpoch = era * 146_097 + dayOfEra - 719_468
  }

  /// Parses exactly `YYYY-MM-DD` (four-digit year); nil for any other form or an impossible date.
  public init?(_ text: some StringProtocol) {
    // Read in place when the text is contiguous, as native strings are.
    let parts =
      text.utf8.withContiguousStorageIfAvailable(Self.parts)
      ?? Array(text.utf8).withUnsafeBufferPointer(Self.parts)
    guard let (year, month, day) = parts else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Year, month and day of `YYYY-MM-DD` bytes, unchecked beyond being digits.
  private static func parts(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return nil
    }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let byte = bytes[index]
        guard byte >= 0x30, byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
      return nil
    }
    return (year, month, day)
  }

  /// Year, month (1-12) and day of month (1-31).
  public var components: (year: Int, month: Int, day: Int) {
    let shifted = daysSinceEpoch + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthFromMarch = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
    let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let (year, month, day) = components
    // Bytes first: dates are written into every table row of every page.
    if (0...9999).contains(year) {
      return String(unsafeUninitializedCapacity: 10) { buffer in
        buffer[0] = UInt8(ascii: "0") + UInt8(year / 1000)
        buffer[1] = UInt8(ascii: "0") + UInt8(year / 100 % 10)
        buffer[2] = UInt8(ascii: "0") + UInt8(year / 10 % 10)
        buffer[3] = UInt8(ascii: "0") + UInt8(year % 10)
        buffer[4] = UInt8(ascii: "-")
        buffer[5] = UInt8(ascii: "0") + UInt8(month / 10)
        buffer[6] = UInt8(ascii: "0") + UInt8(month % 10)
        buffer[7] = UInt8(ascii: "-")
        buffer[8] = UInt8(ascii: "0") + UInt8(day / 10)
        buffer[9] = UInt8(ascii: "0") + UInt8(day % 10)
        return 10
      }
    }
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// The date `days` days later (earlier when negative).
  public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }

  /// Whole days from `self` to `other` (positive when `other` is later).
  public func days(until other: Day) -> Int { other.daysSinceEpoch - daysSinceEpoch }

  public static func < (a: Day, b: Day) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

  /// Number of days in a month of a proleptic Gregorian year.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
