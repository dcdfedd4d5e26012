/**
 * Box 8 of ATIGA Form D (origin criterion), written as the 2021 Operational Certification
 * Procedures require:
 * - `WO` wholly obtained or produced (ATIGA Art 27);
 * - the regional value content as a whole percentage, e.g. `72%`, at least 40 (Art 28 threshold);
 * - `CTH`, `CTSH` or `CC` for a change in tariff classification;
 * - `SP` for a specific process;
 * - `PC x%` for partial cumulation, x from 20 to 39 (Art 30(2)), with the Box 13 tick.
 */
export type OriginCriterionKind = "WO" | "RVC" | "CTH" | "CTSH" | "CC" | "SP" | "PC";

export type ParsedOriginCriterion =
  | { ok: true; kind: OriginCriterionKind; value: string; percent: number | null }
  | { ok: false; reason: "required" | "invalidCriterion" };

export const RVC_MIN_PERCENT = 40;
export const PC_MIN_PERCENT = 20;
export const PC_MAX_PERCENT = 39;

const codeCriteria = new Set<OriginCriterionKind>(["WO", "CTH", "CTSH", "CC", "SP"]);
/** An RVC percentage, optionally written with the "RVC" prefix: "72%", "RVC 72%", "72 %". */
const rvcPattern = /^(?:RVC\s*)?(\d{1,3})\s*%$/;
const pcPattern = /^PC\s*(\d{1,2})\s*%$/;

/** Parse and normalise the Box 8 text: trims, upper-cases and prints the canonical spacing. */
export function parseOriginCriterion(input: string): ParsedOriginCriterion {
  const text = input.trim().replace(/\s+/g, " ").toUpperCase();
  if (text === "") return { ok: false, reason: "required" };

  if (codeCriteria.has(text as OriginCriterionKind)) {
    return { ok: true, kind: text as OriginCriterionKind, value: text, percent: null };
  }

  const rvc = rvcPattern.exec(text);
  if (rvc) {
    const percent = Number(rvc[1]);
    if (percent < RVC_MIN_PERCENT || percent > 100) return { ok: false, reason: "invalidCriterion" };
    return { ok: true, kind: "RVC", value: `${percent}%`, percent };
  }

  const pc = pcPattern.exec(text);
  if (pc) {
    const percent = Number(pc[1]);
    if (percent < PC_MIN_PERCENT || percent > PC_MAX_PERCENT) return { ok: false, reason: "invalidCriterion" };
    return { ok: true, kind: "PC", value: `PC ${percent}%`, percent };
  }

  return { ok: false, reason: "invalidCriterion" };
}

/**
 * Whether Box 9 must show the FOB value. ATIGA note 10 requires FOB where an RVC criterion is used
 * for goods exported from Lao PDR, and partial cumulation is an RVC route too.
 */
export function criterionRequiresFob(kind: OriginCriterionKind): boolean {
  return kind === "RVC" || kind === "PC";
}
