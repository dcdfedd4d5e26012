import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { validUntilOf } from "./get-public-certificate";
import { formatReferenceNumber } from "./reference-number";

describe("formatReferenceNumber", () => {
  it("pads year and serial", () => {
    assert.equal(formatReferenceNumber({ importingCountry: "TH", year: 2027, officeCode: "VTE", serial: 1 }), "LA-TH 27/VTE/00001");
    assert.equal(formatReferenceNumber({ importingCountry: "VN", year: 2105, officeCode: "CPS", serial: 12345 }), "LA-VN 05/CPS/12345");
  });

  it("keeps serials beyond five digits", () => {
    assert.equal(formatReferenceNumber({ importingCountry: "SG", year: 2030, officeCode: "VTE", serial: 123456 }), "LA-SG 30/VTE/123456");
  });
});

describe("validUntilOf", () => {
  it("adds twelve months", () => {
    assert.equal(validUntilOf("2027-01-15"), "2028-01-15");
    assert.equal(validUntilOf("2027-12-31"), "2028-12-31");
  });

  it("moves 29 February to 28 February", () => {
    assert.equal(validUntilOf("2028-02-29"), "2029-02-28");
  });
});
