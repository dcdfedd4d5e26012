import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { hasPermission, requirePermission } from "./permissions";

const exporter: Actor = { userId: "u1", role: "exporter", companyId: "c1", officeId: null };
const officer: Actor = { userId: "u2", role: "officer", companyId: null, officeId: "o1" };
const admin: Actor = { userId: "u3", role: "admin", companyId: null, officeId: null };

function forbidden(run: () => void) {
  assert.throws(run, (error: unknown) => error instanceof AppError && error.code === "FORBIDDEN");
}

describe("permissions", () => {
  it("lets only officers decide", () => {
    assert.equal(hasPermission(officer, "certificate.issue"), true);
    assert.equal(hasPermission(officer, "application.return"), true);
    assert.equal(hasPermission(exporter, "certificate.issue"), false);
    assert.equal(hasPermission(admin, "certificate.issue"), false);
  });

  it("lets only exporters edit", () => {
    assert.equal(hasPermission(exporter, "application.edit"), true);
    assert.equal(hasPermission(exporter, "application.submit"), true);
    assert.equal(hasPermission(officer, "application.edit"), false);
    assert.equal(hasPermission(admin, "application.create"), false);
  });

  it("requires the scope of the role", () => {
    forbidden(() => requirePermission({ ...exporter, companyId: null }, "application.read"));
    forbidden(() => requirePermission({ ...officer, officeId: null }, "application.read"));
    forbidden(() => requirePermission(exporter, "certificate.issue"));
    requirePermission(exporter, "application.edit");
    requirePermission(officer, "certificate.issue");
    requirePermission(admin, "application.read");
  });
});
