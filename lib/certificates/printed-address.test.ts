import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addressWithoutCountry, laoCountryNames } from "./printed-address";

describe("addressWithoutCountry", () => {
  it("removes a trailing Lao country name", () => {
    const cases: [string, string][] = [
      ["Road 13 South, Pakse District, Champasak Province, Lao PDR", "Road 13 South, Pakse District, Champasak Province"],
      ["Km 3, Thadeua Road, Vientiane, LAO PDR.", "Km 3, Thadeua Road, Vientiane"],
      ["Ban Phonxay, Saysettha,\nVientiane Capital,\nLaos", "Ban Phonxay, Saysettha,\nVientiane Capital"],
      ["Pakse, Lao P.D.R.  ", "Pakse"],
      ["Pakse, Lao People's Democratic Republic", "Pakse"],
    ];
    for (const [address, expected] of cases) {
      assert.equal(addressWithoutCountry(address, laoCountryNames), expected, address);
    }
  });

  it("keeps addresses without a trailing country", () => {
    assert.equal(addressWithoutCountry("Pakse, Champasak", laoCountryNames), "Pakse, Champasak");
    // The name must be a whole last part of the address.
    assert.equal(addressWithoutCountry("12 Laos Street", laoCountryNames), "12 Laos Street");
    assert.equal(addressWithoutCountry("Unit 5, Lao PDR Trade Centre", laoCountryNames), "Unit 5, Lao PDR Trade Centre");
  });

  it("keeps an address that is only the country", () => {
    assert.equal(addressWithoutCountry("Lao PDR", laoCountryNames), "Lao PDR");
  });

  it("matches the consignee's country names", () => {
    assert.equal(addressWithoutCountry("99 Sukhumvit Road, Bangkok 10110, Thailand", ["Thailand", "THAILAND"]), "99 Sukhumvit Road, Bangkok 10110");
    assert.equal(addressWithoutCountry("99 Sukhumvit Road, Bangkok 10110, Thailand", []), "99 Sukhumvit Road, Bangkok 10110, Thailand");
  });
});
