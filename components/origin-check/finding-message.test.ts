import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { createTranslator } from "use-intl/core";
import { FINDING_CODES, type Finding } from "@/lib/origin/findings";
import { findingMessage } from "./finding-message";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const load = (locale: string) => JSON.parse(readFileSync(path.join(root, "messages", `${locale}.json`), "utf8"));

/** One finding of each code, with figures as the engine returns them. */
const samples: Finding[] = [
  { code: "COST_SHEET_RESIDUAL", residual: "500", sumOfParts: "9500", fob: "10000", buildUp: "72.40", buildDown: "67.40", verdictMethod: "BUILD_DOWN" },
  { code: "RULE_UNVERIFIED", source: "PSR", hsPrefix: "62" },
  { code: "RULE_NOTE", note: "TEXTILE_PROCESS_RULE", hsPrefix: "62" },
  { code: "BOX_TEXT_UNVERIFIED", form: "Form E" },
  { code: "DE_MINIMIS_LEVEL_UNVERIFIED", percentOfFob: "10" },
  { code: "IMPORTING_COUNTRY_NOT_PARTY", country: "US" },
  { code: "MATERIAL_UNDETERMINED_ORIGIN", material: "0", value: "150" },
  { code: "MATERIAL_ORIGIN_OUTSIDE_AGREEMENT", material: "0", country: "US" },
  { code: "MATERIAL_EVIDENCE_OTHER_AGREEMENT", material: "0", evidenceAgreement: "ATIGA" },
  { code: "MATERIALS_ACCUMULATED", materials: ["0", "1"], value: "2200" },
  { code: "PARTIAL_CUMULATION_ELIGIBLE", rvc: "35.88", minimum: "20", threshold: "40", boxText: "PC 35%" },
  { code: "PE_NOT_ON_FORM", form: "Form D" },
  { code: "WO_CONTRADICTED_BY_MATERIALS", materials: ["1"] },
  { code: "PE_CONTRADICTED_BY_MATERIALS", materials: ["1"] },
  { code: "RVC_BELOW_THRESHOLD", rvc: "35.88", threshold: "40" },
  { code: "NON_ORIGINATING_CONTENT_ABOVE_MAXIMUM", nonOriginatingContent: "64.12", maximum: "60" },
  { code: "CTC_NOT_MET", level: "CTH", materials: ["1"] },
  { code: "MATERIAL_HS_TOO_SHORT", material: "1", level: "CTSH" },
  { code: "DE_MINIMIS_APPLIED", basis: "WEIGHT", failingShare: "8.00", maximum: "10" },
  { code: "DE_MINIMIS_EXCEEDED", failingValue: "2160", failingShareOfFob: "21.60", maximum: "10", failingShareOfWeight: null },
  { code: "DE_MINIMIS_EXCEEDED", failingValue: "2160", failingShareOfFob: "21.60", maximum: "10", failingShareOfWeight: "30.00" },
  { code: "DE_MINIMIS_NOT_IN_AGREEMENT", agreement: "AIFTA" },
  { code: "DE_MINIMIS_WEIGHT_MISSING", materials: ["1"], productWeightMissing: true },
];

const names = new Map([
  ["0", "Lao beans"],
  ["1", "Brazilian beans"],
]);

describe("finding messages", () => {
  it("cover every finding code", () => {
    const covered = new Set(samples.map((finding) => finding.code));
    assert.deepEqual(FINDING_CODES.filter((code) => !covered.has(code)), []);
  });

  for (const locale of ["en", "lo"] as const) {
    it(`render in ${locale} with every figure`, () => {
      const t = createTranslator({ locale, messages: load(locale), namespace: "originCheck.findings" });
      for (const finding of samples) {
        const message = findingMessage(finding, names);
        const text = t(message.key as never, message.values as never);
        assert.ok(!text.includes("originCheck.findings"), `${finding.code}: no message ${message.key}`);
        assert.ok(!/[{}]/.test(text), `${finding.code}: unfilled placeholder in "${text}"`);
        for (const [name, value] of Object.entries(message.values)) {
          if (["source", "verdictMethod", "basis", "productWeightMissing"].includes(name)) continue;
          assert.ok(text.includes(value), `${finding.code}: "${text}" lacks ${name} ${value}`);
        }
      }
    });
  }

  it("names materials by description and trims percentages", () => {
    const ctc = findingMessage({ code: "CTC_NOT_MET", level: "CTH", materials: ["0", "1"] }, names);
    assert.equal(ctc.values.materials, "Lao beans, Brazilian beans");
    const rvc = findingMessage({ code: "RVC_BELOW_THRESHOLD", rvc: "35.80", threshold: "40" }, names);
    assert.equal(rvc.values.rvc, "35.8");
    const residual = findingMessage(samples[0], names);
    assert.equal(residual.values.sumOfParts, "9,500");
    assert.equal(residual.tone, "warning");
  });
});
