import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { englishSearchWords, laoKeywords } from "./lao-keywords";

describe("englishSearchWords", () => {
  it("keeps English words in lower case", () => {
    assert.deepEqual(englishSearchWords("  Roasted   COFFEE "), ["roasted", "coffee"]);
  });

  it("reads Lao runs as known words", () => {
    assert.deepEqual(englishSearchWords("ກາເຟຂົ້ວ"), ["coffee", "roasted"]);
    assert.deepEqual(englishSearchWords("ນ້ຳຕານ"), ["sugar"]);
    assert.deepEqual(englishSearchWords("ໄຟຟ້າ"), ["electrical", "energy"]);
    assert.deepEqual(englishSearchWords("ກາເຟ green"), ["coffee", "green"]);
  });

  it("rejects unknown Lao words", () => {
    assert.equal(englishSearchWords("ກາເຟດີ"), null);
    assert.equal(englishSearchWords("ສະບາຍດີ"), null);
  });

  it("maps every keyword to English words", () => {
    for (const [lao, english] of Object.entries(laoKeywords)) {
      assert.equal(lao, lao.normalize("NFC"), lao);
      assert.ok(english.length > 0, lao);
      for (const word of english) assert.match(word, /^[a-z]+$/, lao);
    }
  });
});
