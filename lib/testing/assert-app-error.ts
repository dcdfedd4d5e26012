import assert from "node:assert/strict";
import { AppError, type ErrorCode } from "../errors";

/** Assert that a promise rejects with an AppError of the given code, and return the error. */
export async function rejectsWith(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof AppError, `expected AppError ${code}, got ${String(error)}`);
    assert.equal(error.code, code, `expected ${code}, got ${error.code}: ${error.message}`);
    return error;
  }
  assert.fail(`expected AppError ${code}, but the call succeeded`);
}
