import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  BREAK_OPPORTUNITY,
  MAX_UNBREAKABLE_LENGTH,
  allowBreaksInLongRuns,
  hyphenateWord,
  markLineBreaks,
} from "./lao-hyphenation";

/** Non-empty parts of a callback result, i.e. the pieces a line may end between. */
function pieces(parts: string[]): string[] {
  return parts.filter((part) => part !== "");
}

describe("hyphenateWord", () => {
  it("splits Lao words with clean breaks", () => {
    assert.deepEqual(hyphenateWord("ນ້ຳຄຳ"), ["ນ້ຳ", "", "ຄຳ", ""]);
  });

  it("splits a Lao address into dictionary words", () => {
    const address = "ບ້ານໂພນສະຫວ່າງເມືອງປາກເຊແຂວງຈຳປາສັກ";
    const parts = hyphenateWord(address);
    assert.deepEqual(pieces(parts), ["ບ້ານ", "ໂພນ", "ສະຫວ່າງ", "ເມືອງ", "ປາກ", "ເຊ", "ແຂວງ", "ຈຳປາສັກ"]);
    assert.equal(parts.join(""), address);
  });

  it("interleaves every piece with an empty string", () => {
    const parts = hyphenateWord("ກາເຟຈຳກັດ");
    for (let index = 0; index < parts.length; index += 1) {
      assert.equal(parts[index] === "", index % 2 === 1, `part ${index} is ${JSON.stringify(parts[index])}`);
    }
  });

  it("keeps a single Lao word whole", () => {
    assert.deepEqual(hyphenateWord("ບໍລິສັດ"), ["ບໍລິສັດ"]);
  });

  it("keeps brackets attached to the Lao word", () => {
    assert.deepEqual(pieces(hyphenateWord("(ນ້ຳຄຳ)")), ["(ນ້ຳ", "ຄຳ)"]);
  });

  it("leaves English words whole", () => {
    assert.deepEqual(hyphenateWord("Champasak"), ["Champasak"]);
  });

  it("breaks an over-long token anywhere", () => {
    const token = "A".repeat(MAX_UNBREAKABLE_LENGTH + 1);
    const parts = hyphenateWord(token);
    assert.equal(pieces(parts).length, token.length);
    assert.equal(parts.join(""), token);
  });

  it("keeps Lao marks with their consonant in an unknown run", () => {
    const run = "ກ່".repeat(MAX_UNBREAKABLE_LENGTH + 1);
    assert.deepEqual(new Set(pieces(hyphenateWord(run))), new Set(["ກ່"]));
  });

  it("removes explicit break opportunities", () => {
    const parts = hyphenateWord(`0901${BREAK_OPPORTUNITY}.21`);
    assert.deepEqual(parts, ["0901", "", ".21", ""]);
  });
});

describe("allowBreaksInLongRuns", () => {
  it("leaves short tokens unchanged", () => {
    assert.equal(allowBreaksInLongRuns("CTSH + 35%", 8), "CTSH + 35%");
  });

  it("marks breaks inside a long token", () => {
    const marked = allowBreaksInLongRuns("RVC40%orCTH", 8);
    assert.equal(marked.split(BREAK_OPPORTUNITY).join(""), "RVC40%orCTH");
    assert.equal(marked.split(BREAK_OPPORTUNITY).length, "RVC40%orCTH".length);
  });

  it("leaves Lao runs to the hyphenation callback", () => {
    const lao = "ບ້ານໂພນສະຫວ່າງເມືອງປາກເຊ";
    assert.equal(allowBreaksInLongRuns(lao, 4), lao);
  });
});

describe("markLineBreaks", () => {
  it("marks Lao word boundaries", () => {
    assert.equal(markLineBreaks("ນ້ຳຄຳ ກາເຟ"), `ນ້ຳ${BREAK_OPPORTUNITY}ຄຳ ກາເຟ`);
  });

  it("keeps spaces and English text", () => {
    assert.equal(markLineBreaks("Nam Kham  Coffee"), "Nam Kham  Coffee");
  });

  it("keeps existing break opportunities once", () => {
    const marked = markLineBreaks(`AB${BREAK_OPPORTUNITY}CD`);
    assert.equal(marked, `AB${BREAK_OPPORTUNITY}CD`);
  });

  it("removes nothing but adds marks", () => {
    const address = "ບ້ານໂພນສະຫວ່າງ ເມືອງປາກເຊ, ແຂວງຈຳປາສັກ";
    assert.equal(markLineBreaks(address).split(BREAK_OPPORTUNITY).join(""), address);
  });
});
