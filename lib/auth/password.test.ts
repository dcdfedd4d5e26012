import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("produces Argon2id hashes", async () => {
    const passwordHash = await hashPassword("correct horse");
    assert.match(passwordHash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("verifies the right password only", async () => {
    const passwordHash = await hashPassword("ລະຫັດຜ່ານ-1");
    assert.equal(await verifyPassword(passwordHash, "ລະຫັດຜ່ານ-1"), true);
    assert.equal(await verifyPassword(passwordHash, "ລະຫັດຜ່ານ-2"), false);
  });

  it("salts each hash", async () => {
    assert.notEqual(await hashPassword("same"), await hashPassword("same"));
  });

  it("treats a malformed hash as a mismatch", async () => {
    assert.equal(await verifyPassword("not-a-hash", "x"), false);
  });
});
