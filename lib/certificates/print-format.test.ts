import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  formatCertificateDate,
  formatDecimalForPrint,
  formatFobValue,
  formatQuantity,
} from "./print-format";

describe("formatDecimalForPrint", () => {
  const cases: Array<[string, string]> = [
    ["0", "0"],
    ["7", "7"],
    ["999", "999"],
    ["1000", "1,000"],
    ["1234.10", "1,234.10"],
    ["10000.00", "10,000.00"],
    ["1050", "1,050"],
    ["1050.5", "1,050.5"],
    ["123456789.123456", "123,456,789.123456"],
    ["0.05", "0.05"],
    ["0012345.50", "12,345.50"],
    ["000", "0"],
    // Beyond Number.MAX_SAFE_INTEGER: a float conversion would change the digits.
    ["12345678901234567890.99", "12,345,678,901,234,567,890.99"],
  ];
  for (const [input, expected] of cases) {
    it(`formats ${input}`, () => {
      assert.equal(formatDecimalForPrint(input), expected);
    });
  }

  for (const invalid of ["", "-1", "1,234.10", "1.", ".5", "1e5", " 12", "12 ", "NaN", "1.2.3"]) {
    it(`rejects ${JSON.stringify(invalid)}`, () => {
      assert.throws(() => formatDecimalForPrint(invalid), RangeError);
    });
  }
});

describe("formatFobValue and formatQuantity", () => {
  it("prints FOB with currency and kept trailing zero", () => {
    assert.equal(formatFobValue("USD", "1234.10"), "USD 1,234.10");
  });

  it("prints quantity with unit code", () => {
    assert.equal(formatQuantity("1050", "KGM"), "1,050 KGM");
  });
});

describe("formatCertificateDate", () => {
  it("spells out the month", () => {
    assert.equal(formatCertificateDate("2027-01-14"), "14 January 2027");
  });

  it("drops the leading zero of the day", () => {
    assert.equal(formatCertificateDate("2026-12-05"), "5 December 2026");
  });

  it("accepts 29 February in a leap year", () => {
    assert.equal(formatCertificateDate("2028-02-29"), "29 February 2028");
  });

  for (const invalid of ["2027-02-29", "2027-13-01", "2027-1-14", "14/01/2027", "2027-01-14T00:00:00Z", ""]) {
    it(`rejects ${JSON.stringify(invalid)}`, () => {
      assert.throws(() => formatCertificateDate(invalid), RangeError);
    });
  }
});
