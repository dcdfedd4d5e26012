import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseCsv } from "./csv";
import { formatHsCode, getHsEntry, isKnownHsSubheading, loadHsList, searchHs } from "./hs-list";

describe("parseCsv", () => {
  it("handles quotes, doubled quotes and CRLF", () => {
    assert.deepEqual(parseCsv('a,"b, c","say ""hi"""\r\n1,2,3\n'), [
      ["a", "b, c", 'say "hi"'],
      ["1", "2", "3"],
    ]);
  });

  it("keeps a last line without newline", () => {
    assert.deepEqual(parseCsv("x,y\n1,"), [
      ["x", "y"],
      ["1", ""],
    ]);
  });
});

describe("HS 2022 list", () => {
  it("loads chapters, headings and subheadings", () => {
    const list = loadHsList();
    const count = (level: number) => list.entries.filter((entry) => entry.level === level).length;
    assert.equal(count(2), 96);
    assert.equal(count(4), 1228);
    assert.equal(count(6), 5612);
    assert.equal(list.byCode.has("TOTAL"), false);
    assert.equal(list.byCode.has("99"), false);
    assert.equal(list.byCode.has("999999"), false);
  });

  it("caches the parsed list", () => {
    assert.equal(loadHsList(), loadHsList());
  });

  it("finds an entry with its section", () => {
    const coffee = getHsEntry("0901.21");
    assert.ok(coffee);
    assert.equal(coffee.code, "090121");
    assert.equal(coffee.displayCode, "0901.21");
    assert.equal(coffee.description, "Coffee; roasted, not decaffeinated");
    assert.equal(coffee.level, 6);
    assert.equal(coffee.parent, "0901");
    assert.equal(coffee.section, "II");
    assert.equal(coffee.sectionName, "Vegetable products");
    assert.equal(getHsEntry("01")?.parent, null);
    assert.equal(getHsEntry("999999"), null);
  });

  it("checks subheadings by their first six digits", () => {
    assert.equal(isKnownHsSubheading("090121"), true);
    assert.equal(isKnownHsSubheading("09012110"), true);
    assert.equal(isKnownHsSubheading("210111"), true);
    assert.equal(isKnownHsSubheading("090100"), false);
    assert.equal(isKnownHsSubheading("0901"), false);
    assert.equal(isKnownHsSubheading("999999"), false);
    // 8107 was deleted in HS 2022.
    assert.equal(isKnownHsSubheading("810720"), false);
  });

  it("formats display codes", () => {
    assert.equal(formatHsCode("09"), "09");
    assert.equal(formatHsCode("0901"), "0901");
    assert.equal(formatHsCode("090121"), "0901.21");
    assert.equal(formatHsCode("09012110"), "0901.21.10");
  });
});

describe("searchHs", () => {
  it("searches by code prefix, subheadings first", () => {
    const codes = searchHs("0901", 10).map((entry) => entry.code);
    assert.deepEqual(codes, ["090111", "090112", "090121", "090122", "090190", "0901"]);
  });

  it("accepts a dotted or 8-digit code", () => {
    assert.deepEqual(
      searchHs("0901.2").map((entry) => entry.code),
      ["090121", "090122"],
    );
    assert.deepEqual(
      searchHs("0901.21.10").map((entry) => entry.code),
      ["090121"],
    );
  });

  it("requires every word, ignoring case", () => {
    const results = searchHs("COFFEE roasted", 50);
    assert.ok(results.length > 0);
    for (const entry of results) {
      const description = entry.description.toLowerCase();
      assert.ok(description.includes("coffee"), entry.code);
      assert.ok(description.includes("roasted"), entry.code);
    }
    assert.ok(results.some((entry) => entry.code === "090121"));
    assert.equal(results.some((entry) => entry.code === "210111"), false);
    assert.ok(searchHs("extracts COFFEE").some((entry) => entry.code === "210111"));
  });

  it("puts subheadings before headings", () => {
    const levels = searchHs("coffee", 100).map((entry) => entry.level);
    const firstNonSubheading = levels.findIndex((level) => level !== 6);
    assert.ok(firstNonSubheading > 0);
    assert.ok(levels.slice(firstNonSubheading).every((level) => level !== 6));
  });

  it("respects the limit and empty queries", () => {
    assert.equal(searchHs("0", 5).length, 5);
    assert.deepEqual(searchHs("   "), []);
    assert.deepEqual(searchHs("coffee", 0), []);
    assert.deepEqual(searchHs("zzzz unobtainium"), []);
  });
});

describe("searchHs ranking and Lao words", () => {
  it("ranks negated matches after the rest", () => {
    const codes = searchHs("roasted coffee", 10).map((entry) => entry.code);
    assert.equal(codes[0], "090121");
    assert.ok(codes.indexOf("090111") > codes.indexOf("090122"), codes.join(","));
  });

  it("finds goods by Lao words", () => {
    assert.equal(searchHs("ກາເຟຂົ້ວ", 5)[0]?.code, "090121");
    assert.deepEqual(
      searchHs("ກາເຟ", 50).map((entry) => entry.code),
      searchHs("coffee", 50).map((entry) => entry.code),
    );
    assert.ok(searchHs("ຢາງພາລາ", 50).some((entry) => entry.code.startsWith("4001")));
    assert.ok(searchHs("ມັນຕົ້ນ", 10).some((entry) => entry.code === "071410"));
  });

  it("returns nothing for unknown Lao words", () => {
    assert.deepEqual(searchHs("ສະບາຍດີ"), []);
    assert.deepEqual(searchHs("ກາເຟ ສະບາຍດີ"), []);
  });
});
