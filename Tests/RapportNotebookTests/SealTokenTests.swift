import Testing

@testable import RapportNotebook

/// Sealed tokens: a word's, and a person's of one part or two.
@Suite struct SealTokenTests {
  @Test func tokensAreRecognisedAndPeopleSplitIntoTheirParts() {
    let word = Seal.seal("pricing")
    #expect(Seal.isSealed(word))
    #expect(Seal.parts(ofPerson: word) == [word])
    // A name whose slug differs from it carries both seals; a slug-shaped name only its own.
    let person = Seal.sealPerson("Jean-Luc Picard")
    #expect(Seal.isSealed(person))
    #expect(
      Seal.parts(ofPerson: person) == [Seal.seal("Jean-Luc Picard"), Seal.seal("jean-luc-picard")])
    #expect(Seal.sealPerson("jean-luc-picard") == Seal.seal("jean-luc-picard"))
    // Names that lose letters in a slug are sealed as written only.
    #expect(Seal.sealPerson("Иван Петров") == Seal.seal("Иван Петров"))
    for text in [
      "sealed-", "sealed-xyz", "pricing", word + "-", String(word.dropLast()) + "G",
      word.uppercased(),
    ] {
      #expect(!Seal.isSealed(text), "\(text)")
    }
  }
}
