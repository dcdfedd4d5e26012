import type { AgreementDefinition } from "./agreements";
import { type Dec, formatDecimal, sum } from "./decimal";
import type { Finding } from "./findings";
import type { MaterialLine } from "./types";
import type { NormalizedMaterial } from "./validate-input";

export type MaterialClassification = {
  originating: NormalizedMaterial[];
  nonOriginating: NormalizedMaterial[];
  vom: Dec;
  vnm: Dec;
  lines: MaterialLine[];
  /** Originating materials from another party of the agreement, counted by accumulation. */
  accumulated: NormalizedMaterial[];
  findings: Finding[];
};

const LAO_PDR = "LA";

/**
 * Sorts the cost sheet's materials into originating and non-originating for one agreement.
 * Materials of undetermined origin count as non-originating. A material declared originating in
 * a country that is not a party to the agreement also counts as non-originating. A certificate
 * issued under another agreement is accepted as declared, with a finding for the reviewer.
 */
export function classifyMaterials(materials: NormalizedMaterial[], agreement: AgreementDefinition): MaterialClassification {
  const originating: NormalizedMaterial[] = [];
  const nonOriginating: NormalizedMaterial[] = [];
  const findings: Finding[] = [];

  for (const material of materials) {
    if (material.origin === "WHOLLY_OBTAINED_LAO") {
      originating.push(material);
    } else if (material.origin === "ORIGINATING") {
      const evidence = material.evidence!;
      if (!agreement.parties.includes(evidence.country)) {
        findings.push({ code: "MATERIAL_ORIGIN_OUTSIDE_AGREEMENT", material: material.id, country: evidence.country });
        nonOriginating.push(material);
        continue;
      }
      if (evidence.agreement && evidence.agreement !== agreement.id) {
        findings.push({ code: "MATERIAL_EVIDENCE_OTHER_AGREEMENT", material: material.id, evidenceAgreement: evidence.agreement });
      }
      originating.push(material);
    } else {
      if (material.origin === "UNDETERMINED") {
        findings.push({ code: "MATERIAL_UNDETERMINED_ORIGIN", material: material.id, value: formatDecimal(material.value) });
      }
      nonOriginating.push(material);
    }
  }

  const accumulated = originating.filter((m) => m.origin === "ORIGINATING" && m.evidence!.country !== LAO_PDR);
  const originatingIds = new Set(originating.map((m) => m.id));
  const lines: MaterialLine[] = materials.map((material) => ({
    id: material.id,
    name: material.name,
    hsCode: material.hsCode.display,
    value: formatDecimal(material.value),
    countedAs: originatingIds.has(material.id) ? "ORIGINATING" : "NON_ORIGINATING",
    declared: material.origin,
  }));

  return {
    originating,
    nonOriginating,
    vom: sum(originating.map((m) => m.value)),
    vnm: sum(nonOriginating.map((m) => m.value)),
    lines,
    accumulated,
    findings,
  };
}
