import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  CROCKFORD_ALPHABET,
  createVerificationToken,
  encodeVerificationToken,
  isVerificationToken,
  normalizeVerificationCode,
  verificationCodeOf,
} from "./verification-token";

describe("createVerificationToken", () => {
  it("returns 28 Crockford characters", () => {
    for (let round = 0; round < 200; round += 1) {
      const token = createVerificationToken();
      assert.equal(token.length, 28, token);
      assert.match(token, /^[0-9A-HJKMNP-TV-Z]+$/, token);
      assert.equal(isVerificationToken(token), true, token);
    }
  });

  it("varies in every position", () => {
    const tokens = Array.from({ length: 2000 }, createVerificationToken);
    assert.equal(new Set(tokens).size, tokens.length);

    // 2000 tokens x 28 characters: each of the 32 characters is expected 1750 times.
    const counts = new Map<string, number>();
    for (const token of tokens) for (const character of token) counts.set(character, (counts.get(character) ?? 0) + 1);
    for (const character of CROCKFORD_ALPHABET) {
      const seen = counts.get(character) ?? 0;
      assert.ok(seen > 1400, `${character} seen only ${seen} times`);
      assert.ok(seen < 2100, `${character} seen ${seen} times`);
    }

    for (let position = 0; position < 28; position += 1) {
      const values = new Set(tokens.map((token) => token[position]));
      assert.equal(values.size, 32, `position ${position} took ${values.size} values`);
    }
  });
});

describe("encodeVerificationToken", () => {
  it("encodes 5 bits per character", () => {
    // 0x00 0x44 0x32 0x14 0xC7 is 00000 00001 00010 00011 00100 00101 00110 00111.
    const pattern = [0x00, 0x44, 0x32, 0x14, 0xc7];
    const bytes = Uint8Array.from([...pattern, ...pattern, ...pattern, 0x00, 0x44, 0x32]);
    assert.equal(encodeVerificationToken(bytes), "01234567".repeat(3) + "0123");
  });

  it("covers the alphabet ends", () => {
    assert.equal(encodeVerificationToken(new Uint8Array(18)), "0".repeat(28));
    assert.equal(encodeVerificationToken(new Uint8Array(18).fill(0xff)), "Z".repeat(28));
  });

  it("rejects other byte counts", () => {
    assert.throws(() => encodeVerificationToken(new Uint8Array(17)), RangeError);
  });
});

describe("normalizeVerificationCode", () => {
  const token = "7KX2MPZ9ABCDEFGH0123456789VW";

  it("keeps a canonical token", () => {
    assert.equal(normalizeVerificationCode(token), token);
  });

  it("ignores case, hyphens and spaces", () => {
    assert.equal(normalizeVerificationCode("7kx2-mpz9-abcd-efgh-0123-4567-89vw"), token);
    assert.equal(normalizeVerificationCode(" 7KX2 MPZ9 ABCD\tEFGH 0123 4567 89VW \n"), token);
    assert.equal(normalizeVerificationCode("7KX2 - mpz9 - ABCD-EFGH-0123-4567-89vW"), token);
    assert.equal(normalizeVerificationCode("7KX2\u2013MPZ9\u2013ABCD\u2013EFGH\u20130123\u20134567\u201389VW"), token);
  });

  it("reads I and L as 1, O as 0", () => {
    assert.equal(normalizeVerificationCode("7KX2MPZ9ABCDEFGHO123456789VW"), token);
    assert.equal(normalizeVerificationCode("7KX2MPZ9ABCDEFGH0I23456789VW"), token);
    assert.equal(normalizeVerificationCode("7KX2MPZ9ABCDEFGH0l23456789VW"), token);
    assert.equal(normalizeVerificationCode("7kx2-mpz9-abcd-efgh-oi23-4567-89vw"), token);
  });

  it("rejects U and other characters", () => {
    assert.equal(normalizeVerificationCode("7KX2MPZ9ABCDEFGH0123456789VU"), null);
    assert.equal(normalizeVerificationCode("7KX2MPZ9ABCDEFGH0123456789V_"), null);
    assert.equal(normalizeVerificationCode("7KX2MPZ9ABCDEFGH0123456789V="), null);
    assert.equal(normalizeVerificationCode("7KX2/MPZ9ABCDEFGH0123456789VW"), null);
  });

  it("rejects wrong lengths", () => {
    assert.equal(normalizeVerificationCode(""), null);
    assert.equal(normalizeVerificationCode("---- ----"), null);
    assert.equal(normalizeVerificationCode(token.slice(0, 27)), null);
    assert.equal(normalizeVerificationCode(`${token}0`), null);
    assert.equal(normalizeVerificationCode(`${token}${" ".repeat(200)}`), null);
  });
});

describe("verificationCodeOf", () => {
  it("groups the token in fours", () => {
    assert.equal(verificationCodeOf("7KX2MPZ9ABCDEFGH0123456789VW"), "7KX2-MPZ9-ABCD-EFGH-0123-4567-89VW");
  });

  it("round-trips through the normaliser", () => {
    const token = createVerificationToken();
    const code = verificationCodeOf(token);
    assert.equal(code.length, 34);
    assert.equal(normalizeVerificationCode(code), token);
  });
});
