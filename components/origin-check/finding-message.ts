import type { Finding } from "@/lib/origin/findings";
import { formatDecimal, trimFractionZeros } from "@/lib/money";

/** Percentage for the screen: "72.40" gives "72.4", "21.60" gives "21.6". */
export function formatPercent(display: string): string {
  return trimFractionZeros(display);
}

/** Amount for the screen with thousands separators: "2160" gives "2,160". */
export function formatMoney(value: string): string {
  return formatDecimal(value);
}

export type FindingMessage = {
  /** Key under "originCheck.findings". */
  key: string;
  values: Record<string, string>;
  /** Warnings are facts that could make the result wrong: an unverified rule, a cost sheet that does not add up. */
  tone: "warning" | "info" | "failure";
};

/**
 * Maps an engine finding to its message key and the values the message shows. Materials are named
 * by their description on the form (`materialNames` maps the engine's material id to it).
 */
export function findingMessage(finding: Finding, materialNames: ReadonlyMap<string, string>): FindingMessage {
  const name = (id: string) => materialNames.get(id) ?? id;
  const names = (ids: string[]) => ids.map(name).join(", ");

  switch (finding.code) {
    case "COST_SHEET_RESIDUAL":
      return {
        key: finding.code,
        tone: "warning",
        values: {
          residual: formatMoney(finding.residual),
          sumOfParts: formatMoney(finding.sumOfParts),
          fob: formatMoney(finding.fob),
          buildUp: formatPercent(finding.buildUp),
          buildDown: formatPercent(finding.buildDown),
          verdictMethod: finding.verdictMethod,
        },
      };
    case "RULE_UNVERIFIED":
      return { key: finding.code, tone: "warning", values: { source: finding.source, hsPrefix: finding.hsPrefix ?? "" } };
    case "RULE_NOTE":
      return { key: `${finding.code}.${finding.note}`, tone: "warning", values: { hsPrefix: finding.hsPrefix } };
    case "BOX_TEXT_UNVERIFIED":
      return { key: finding.code, tone: "warning", values: { form: finding.form } };
    case "DE_MINIMIS_LEVEL_UNVERIFIED":
      return { key: finding.code, tone: "warning", values: { percentOfFob: finding.percentOfFob } };
    case "IMPORTING_COUNTRY_NOT_PARTY":
      return { key: finding.code, tone: "warning", values: { country: finding.country } };
    case "MATERIAL_UNDETERMINED_ORIGIN":
      return { key: finding.code, tone: "info", values: { material: name(finding.material), value: formatMoney(finding.value) } };
    case "MATERIAL_ORIGIN_OUTSIDE_AGREEMENT":
      return { key: finding.code, tone: "info", values: { material: name(finding.material), country: finding.country } };
    case "MATERIAL_EVIDENCE_OTHER_AGREEMENT":
      return { key: finding.code, tone: "info", values: { material: name(finding.material), evidenceAgreement: finding.evidenceAgreement } };
    case "MATERIALS_ACCUMULATED":
      return { key: finding.code, tone: "info", values: { materials: names(finding.materials), value: formatMoney(finding.value) } };
    case "PARTIAL_CUMULATION_ELIGIBLE":
      return {
        key: finding.code,
        tone: "info",
        values: { rvc: formatPercent(finding.rvc), minimum: finding.minimum, threshold: finding.threshold, boxText: finding.boxText },
      };
    case "PE_NOT_ON_FORM":
      return { key: finding.code, tone: "info", values: { form: finding.form } };
    case "WO_CONTRADICTED_BY_MATERIALS":
    case "PE_CONTRADICTED_BY_MATERIALS":
      return { key: finding.code, tone: "failure", values: { materials: names(finding.materials) } };
    case "RVC_BELOW_THRESHOLD":
      return { key: finding.code, tone: "failure", values: { rvc: formatPercent(finding.rvc), threshold: finding.threshold } };
    case "NON_ORIGINATING_CONTENT_ABOVE_MAXIMUM":
      return {
        key: finding.code,
        tone: "failure",
        values: { nonOriginatingContent: formatPercent(finding.nonOriginatingContent), maximum: finding.maximum },
      };
    case "CTC_NOT_MET":
      return { key: finding.code, tone: "failure", values: { level: finding.level, materials: names(finding.materials) } };
    case "MATERIAL_HS_TOO_SHORT":
      return { key: finding.code, tone: "failure", values: { material: name(finding.material), level: finding.level } };
    case "DE_MINIMIS_APPLIED":
      return {
        key: finding.code,
        tone: "info",
        values: { basis: finding.basis, failingShare: formatPercent(finding.failingShare), maximum: finding.maximum },
      };
    case "DE_MINIMIS_EXCEEDED":
      return finding.failingShareOfWeight === null
        ? {
            key: finding.code,
            tone: "failure",
            values: {
              failingValue: formatMoney(finding.failingValue),
              failingShareOfFob: formatPercent(finding.failingShareOfFob),
              maximum: finding.maximum,
            },
          }
        : {
            key: "DE_MINIMIS_EXCEEDED_BY_WEIGHT",
            tone: "failure",
            values: {
              failingValue: formatMoney(finding.failingValue),
              failingShareOfFob: formatPercent(finding.failingShareOfFob),
              failingShareOfWeight: formatPercent(finding.failingShareOfWeight),
              maximum: finding.maximum,
            },
          };
    case "DE_MINIMIS_NOT_IN_AGREEMENT":
      return { key: finding.code, tone: "failure", values: { agreement: finding.agreement } };
    case "DE_MINIMIS_WEIGHT_MISSING":
      return {
        key: finding.code,
        tone: "info",
        values: { materials: names(finding.materials), productWeightMissing: finding.productWeightMissing ? "yes" : "no" },
      };
  }
}
