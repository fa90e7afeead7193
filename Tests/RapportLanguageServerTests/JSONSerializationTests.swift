import Testing

@testable import RapportLanguageServer

@Suite struct JSONSerializationTests {
  @Test func writesCompactSortedJSON() {
    let value: JSON = ["b": [1, 2.5, true, nil], "a": "x", "c": [:]]
    #expect(value.text == #"{"a":"x","b":[1,2.5,true,null],"c":{}}"#)
  }

  @Test func escapesWhatJSONRequires() {
    let value = JSON.string("q\"b\\n\n\r\t\u{8}\u{C}\u{1}\u{1F} é 😀 /")
    #expect(value.text == #""q\"b\\n\n\r\t\b\f\u0001\u001f é 😀 /""#)
  }

  @Test func roundTrips() throws {
    let value: JSON = [
      "id": 7, "text": "Zoë said 😀\r\n", "ok": false, "n": -0.25, "big": .integer(.min),
      "nested": [["a": [[]]]],
    ]
    #expect(try JSONParser.parse(value.serialized()) == value)
  }

  @Test func writesNoInfinity() {
    #expect(JSON.double(.infinity).text == "null")
  }
}
