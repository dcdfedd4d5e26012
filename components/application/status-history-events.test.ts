import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { StatusHistoryEntry } from "@/lib/applications/get-application";
import { statusHistoryEvents } from "./status-history-events";

function entry(fromStatus: StatusHistoryEntry["fromStatus"], toStatus: StatusHistoryEntry["toStatus"], actorName: string, reason: string | null = null): StatusHistoryEntry {
  return { fromStatus, toStatus, actorName, reason, createdAt: new Date("2027-01-20T03:00:00Z") };
}

describe("statusHistoryEvents", () => {
  it("marks a submission after a return", () => {
    const events = statusHistoryEvents([
      entry(null, "draft", "Bounmy"),
      entry("draft", "submitted", "Bounmy"),
      entry("submitted", "returned", "Vilayphone", "Box 7: add the trademark."),
      entry("returned", "submitted", "Bounmy"),
      entry("submitted", "issued", "Vilayphone"),
    ]);
    assert.deepEqual(
      events.map((event) => [event.kind, event.actorName, event.reason]),
      [
        ["submitted", "Bounmy", null],
        ["returned", "Vilayphone", "Box 7: add the trademark."],
        ["resubmitted", "Bounmy", null],
        ["issued", "Vilayphone", null],
      ],
    );
  });

  it("leaves out the draft's creation", () => {
    assert.deepEqual(statusHistoryEvents([entry(null, "draft", "Bounmy")]), []);
  });
});
