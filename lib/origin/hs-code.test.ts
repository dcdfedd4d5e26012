import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { compareAtLevel, parseGoodsHsCode, parseMaterialHsCode } from "./hs-code";

describe("parseGoodsHsCode", () => {
  test("accepts dotted and plain forms", () => {
    for (const input of ["0901.21", "090121"]) {
      assert.deepEqual(parseGoodsHsCode(input), {
        digits: "090121",
        display: "0901.21",
        chapter: "09",
        heading: "0901",
        subheading: "090121",
      });
    }
    for (const input of ["0901.21.10", "09012110"]) {
      const code = parseGoodsHsCode(input);
      assert.equal(code?.digits, "09012110");
      assert.equal(code?.display, "0901.21.10");
      assert.equal(code?.subheading, "090121");
    }
  });

  test("rejects malformed codes", () => {
    for (const input of ["", "0901", "09.01", "0901.2", "0901.211", "09.01.21", "0901.2110", "0901-21", "090121 ", "abcdef", "0901.21.1"]) {
      assert.equal(parseGoodsHsCode(input), null, input);
    }
    assert.equal(parseGoodsHsCode(90121), null);
  });

  test("rejects impossible chapters and headings", () => {
    for (const input of ["0001.10", "7701.10", "9801.10", "0900.10"]) {
      assert.equal(parseGoodsHsCode(input), null, input);
    }
  });
});

describe("parseMaterialHsCode", () => {
  test("also accepts a heading", () => {
    assert.deepEqual(parseMaterialHsCode("52.09"), {
      digits: "5209",
      display: "52.09",
      chapter: "52",
      heading: "5209",
      subheading: null,
    });
    assert.equal(parseMaterialHsCode("5209")?.display, "52.09");
    assert.equal(parseMaterialHsCode("5209.42")?.subheading, "520942");
    assert.equal(parseMaterialHsCode("52"), null);
  });
});

describe("compareAtLevel", () => {
  const roasted = parseGoodsHsCode("0901.21")!;
  const green = parseMaterialHsCode("0901.11")!;
  const tea = parseMaterialHsCode("0902.10")!;
  const foil = parseMaterialHsCode("3923.29")!;

  test("same heading fails CTH but passes CTSH", () => {
    assert.equal(compareAtLevel(green, roasted, "CTH"), "same");
    assert.equal(compareAtLevel(green, roasted, "CTSH"), "changed");
    assert.equal(compareAtLevel(green, roasted, "CC"), "same");
  });

  test("other heading in the chapter passes CTH only", () => {
    assert.equal(compareAtLevel(tea, roasted, "CTH"), "changed");
    assert.equal(compareAtLevel(tea, roasted, "CC"), "same");
  });

  test("other chapter passes every level", () => {
    for (const level of ["CC", "CTH", "CTSH"] as const) assert.equal(compareAtLevel(foil, roasted, level), "changed");
  });

  test("heading-only material is unknown for CTSH", () => {
    const coffeeHeading = parseMaterialHsCode("09.01")!;
    assert.equal(compareAtLevel(coffeeHeading, roasted, "CTSH"), "unknown");
    assert.equal(compareAtLevel(parseMaterialHsCode("52.09")!, roasted, "CTSH"), "changed");
  });
});
