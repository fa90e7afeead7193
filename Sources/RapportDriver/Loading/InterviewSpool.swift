import Foundation
import RapportNotebook
import RapportSystem

/// Checked interviews set aside in an unnamed temporary file while the rest of the notebook is
/// read, and read back one account at a time: a report then never holds every note's words at once.
final class InterviewSpool: Sendable {
  /// Where one interview's bytes sit in the file.
  struct Place: Sendable {
    var offset: Int
    var length: Int
  }

  private let file: AppendingFile

  /// A spool in `folder` (the temporary folder), or nil when none can be made there.
  init?(folder: String) {
    guard let file = try? AppendingFile(unnamedIn: folder) else { return nil }
    self.file = file
  }

  /// Writes `interview` to the file; says where it went.
  func store(_ interview: Interview) -> Place {
    var writer = BinaryWriter(capacity: 2048)
    interview.encode(to: &writer)
    return writer.bytes.withUnsafeBytes { Place(offset: file.append($0), length: $0.count) }
  }

  /// Writes what is still buffered; false if the file could not take everything.
  func finish() -> Bool { file.finish() }

  /// The interviews at `places`, read back; nil if the file cannot give them.
  func interviews(at places: [Place]) -> [Interview]? {
    var buffer: [UInt8] = []
    var interviews: [Interview] = []
    interviews.reserveCapacity(places.count)
    for place in places {
      if buffer.count < place.length { buffer = [UInt8](repeating: 0, count: place.length) }
      let decoded = buffer.withUnsafeMutableBytes { bytes -> Interview? in
        let bytes = UnsafeMutableRawBufferPointer(rebasing: bytes[..<place.length])
        guard file.read(at: place.offset, into: bytes) else { return nil }
        var reader = BinaryReader(UnsafeRawBufferPointer(bytes))
        guard let interview = try? Interview(from: &reader), reader.isAtEnd else { return nil }
        return interview
      }
      guard let decoded else { return nil }
      interviews.append(decoded)
    }
    return interviews
  }
}

/// The interviews of a loaded notebook that were set aside while it was read: each account's are
/// read back when its report is made.
public struct StoredInterviews: Sendable {
  let spool: InterviewSpool
  /// Each account's interviews, in the notebook's account order, each account's by date then file.
  let places: [[InterviewSpool.Place]]
  /// Themes that notes other than confidential ones raise, by their seal (see `Seal`).
  let known: [String: String]

  /// `account` with its interviews read back, confidential notes' themes opened as when the
  /// notebook is loaded whole.
  func filling(_ account: Account, at index: Int) throws(DriverError) -> Account {
    guard var interviews = spool.interviews(at: places[index]) else {
      throw DriverError(
        "cannot read back the interviews of \(account.id) from rapport's temporary file: it could "
          + "not be read or came back damaged; run again, or set TMPDIR to another folder")
    }
    var filled = account
    filled.sealedNames = NotebookLoader.open(&interviews, of: account.profile, known: known)
    filled.interviews = interviews
    return filled
  }
}
