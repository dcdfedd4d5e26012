/**
 * The agreement table: every rule the origin engine applies, one entry per agreement.
 *
 * To add a product-specific rule (PSR), append to `productSpecificRules` of the agreement:
 * `hsPrefix` is a chapter ("62"), heading ("6203") or subheading ("620342") in digits, and the
 * longest matching prefix wins over the general rule. Rules use the notation in rule-notation.ts.
 * Mark anything not read in the legal text as `status: "unverified"`; the engine then adds a
 * RULE_UNVERIFIED, DE_MINIMIS_LEVEL_UNVERIFIED or BOX_TEXT_UNVERIFIED finding to its result.
 *
 * Box-text templates (origin criterion box of each form) take these placeholders:
 *   {rvc}        the RVC the verdict uses, rounded down to a whole number ("72" for 72.4)
 *   {threshold}  the minimum RVC of the rule ("40")
 *   {level}      CC, CTH or CTSH
 */
export const AGREEMENT_IDS = [
  "ATIGA",
  "RCEP",
  "ACFTA",
  "AKFTA",
  "AJCEP",
  "AANZFTA",
  "AIFTA",
  "AHKFTA",
  "LAO_VN",
] as const;

export type AgreementId = (typeof AGREEMENT_IDS)[number];

export type RuleStatus = "verified" | "unverified";

/** Facts about a rule that the engine cannot test but the exporter should know. */
export type RuleNote = "TEXTILE_PROCESS_RULE";

export type ProductSpecificRule = {
  hsPrefix: string;
  rule: string;
  status: RuleStatus;
  notes?: readonly RuleNote[];
};

export type TickBox = "ACCUMULATION" | "DE_MINIMIS" | "PARTIAL_CUMULATION";

export type FormConventions = {
  name: string;
  status: RuleStatus;
  rvc: string;
  ctc: string;
  /** Non-originating-content test (Lao-Viet Nam). */
  noc: string;
  /**
   * Texts used when the rule comes from a PSR entry. `criterion` replaces the whole text (Form E
   * prints "PSR"); `rvc` and `ctc` replace the template of a criterion made of that single test
   * (Form AK and AJ print "CTC" but keep "CTH + RVC 40%" for a combination).
   */
  underProductSpecificRule?: { rvc?: string; ctc?: string; criterion?: string };
  /** Placed between the parts of a combined criterion, in the order of the rule. */
  joiner: string;
  /** Code for goods produced entirely from originating materials, or null if the form has none. */
  producedEntirely: string | null;
  partialCumulation: string | null;
  /** Codes appended after the criterion ("CTC DMI", "RVC ACU"), or null if the form has none. */
  accumulationSuffix: string | null;
  deMinimisSuffix: string | null;
  /** Boxes the exporter ticks elsewhere on the form (Form D box 13). */
  tickBoxes: readonly TickBox[];
};

export type DeMinimisRule = {
  /** Maximum value of non-originating materials failing the CTC, as a percentage of FOB. */
  percentOfFob: string;
  /** Alternative test by weight for goods of the listed chapters (inclusive). */
  byWeight: { fromChapter: number; toChapter: number; percentOfWeight: string } | null;
  status: RuleStatus;
};

export type AgreementDefinition = {
  id: AgreementId;
  name: string;
  /** ISO 3166-1 alpha-2 codes of the parties whose originating materials count as originating. */
  parties: readonly string[];
  generalRule: { rule: string; status: RuleStatus };
  deMinimis: DeMinimisRule | null;
  /** ATIGA partial cumulation: `PC x%` when minimumPercent <= RVC < belowPercent. */
  partialCumulation: { minimumPercent: string; belowPercent: string } | null;
  productSpecificRules: readonly ProductSpecificRule[];
  form: FormConventions;
};

// NOTE: Timor-Leste joined ASEAN in 2025 but is not yet a party to the ASEAN trade agreements.
const ASEAN = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"] as const;

const TEN_PERCENT_OF_FOB_UNVERIFIED: DeMinimisRule = { percentOfFob: "10", byWeight: null, status: "unverified" };

export const AGREEMENTS: Record<AgreementId, AgreementDefinition> = {
  ATIGA: {
    id: "ATIGA",
    name: "ASEAN Trade in Goods Agreement",
    parties: ASEAN,
    // Art 28: RVC40 or CTH, the exporter chooses.
    generalRule: { rule: "RVC40 or CTH", status: "verified" },
    // Art 33: non-originating materials failing the CTC at most 10% of FOB.
    deMinimis: { percentOfFob: "10", byWeight: null, status: "verified" },
    // Art 30(2): cumulation in proportion to the content when the RVC is at least 20%.
    partialCumulation: { minimumPercent: "20", belowPercent: "40" },
    productSpecificRules: [
      // Annex 3 also allows the textile process rule (cutting and assembly of parts into a
      // complete article). The engine cannot test a process, so it only reports the note.
      { hsPrefix: "62", rule: "RVC40 or CTH", status: "unverified", notes: ["TEXTILE_PROCESS_RULE"] },
    ],
    // Form D box 8: the actual RVC rounded down ("72%"), the CTC level, a combination such as
    // "CTSH + 35%", "PC 25%". Accumulation and de minimis are box 13 ticks; Form D has no PE code.
    form: {
      name: "Form D",
      status: "verified",
      rvc: "{rvc}%",
      ctc: "{level}",
      noc: "{rvc}%",
      joiner: " + ",
      producedEntirely: null,
      partialCumulation: "PC {rvc}%",
      accumulationSuffix: null,
      deMinimisSuffix: null,
      tickBoxes: ["ACCUMULATION", "DE_MINIMIS", "PARTIAL_CUMULATION"],
    },
  },

  RCEP: {
    id: "RCEP",
    name: "Regional Comprehensive Economic Partnership",
    parties: [...ASEAN, "AU", "CN", "JP", "KR", "NZ"],
    // RCEP has no general rule: every line has a PSR in Annex 3A. "RVC40 or CTH" (a common PSR)
    // is used until the line's PSR is added below.
    generalRule: { rule: "RVC40 or CTH", status: "unverified" },
    // Art 3.7: 10% of FOB, or for chapters 50-63 10% of the weight of the good.
    deMinimis: {
      percentOfFob: "10",
      byWeight: { fromChapter: 50, toChapter: 63, percentOfWeight: "10" },
      status: "verified",
    },
    partialCumulation: null,
    productSpecificRules: [{ hsPrefix: "62", rule: "CC", status: "unverified" }],
    // Form RCEP box 10: WO, PE, CTC, RVC, CR, with ACU and DMI appended ("CTC DMI").
    form: {
      name: "Form RCEP",
      status: "verified",
      rvc: "RVC",
      ctc: "CTC",
      noc: "RVC",
      joiner: " + ",
      producedEntirely: "PE",
      partialCumulation: null,
      accumulationSuffix: "ACU",
      deMinimisSuffix: "DMI",
      tickBoxes: [],
    },
  },

  ACFTA: {
    id: "ACFTA",
    name: "ASEAN-China Free Trade Area",
    parties: [...ASEAN, "CN"],
    // NOTE: the upgrade protocol adds CTH as an alternative for listed chapters; add those
    // chapters as PSR entries with "RVC40 or CTH".
    generalRule: { rule: "RVC40", status: "verified" },
    deMinimis: TEN_PERCENT_OF_FOB_UNVERIFIED,
    partialCumulation: null,
    productSpecificRules: [],
    // Form E box 8: WO, PE, RVC with its percentage, CTH, and "PSR" for a product-specific rule.
    form: {
      name: "Form E",
      status: "unverified",
      rvc: "RVC {rvc}%",
      ctc: "{level}",
      noc: "RVC {rvc}%",
      underProductSpecificRule: { criterion: "PSR" },
      joiner: " + ",
      producedEntirely: "PE",
      partialCumulation: null,
      accumulationSuffix: null,
      deMinimisSuffix: null,
      tickBoxes: [],
    },
  },

  AKFTA: {
    id: "AKFTA",
    name: "ASEAN-Korea Free Trade Area",
    parties: [...ASEAN, "KR"],
    generalRule: { rule: "RVC40 or CTH", status: "verified" },
    deMinimis: TEN_PERCENT_OF_FOB_UNVERIFIED,
    partialCumulation: null,
    productSpecificRules: [],
    // Form AK box 8 prints the rule met: "CTH" or "RVC 40%" under the general rule, "CTC",
    // "RVC 45%" or "CTH + RVC 40%" style under a PSR.
    form: {
      name: "Form AK",
      status: "verified",
      rvc: "RVC {threshold}%",
      ctc: "{level}",
      noc: "RVC {threshold}%",
      underProductSpecificRule: { ctc: "CTC" },
      joiner: " + ",
      producedEntirely: null,
      partialCumulation: null,
      accumulationSuffix: null,
      deMinimisSuffix: null,
      tickBoxes: [],
    },
  },

  AJCEP: {
    id: "AJCEP",
    name: "ASEAN-Japan Comprehensive Economic Partnership",
    parties: [...ASEAN, "JP"],
    generalRule: { rule: "RVC40 or CTH", status: "verified" },
    deMinimis: TEN_PERCENT_OF_FOB_UNVERIFIED,
    partialCumulation: null,
    productSpecificRules: [],
    // Form AJ box 8: PE, WO, CTH or RVC (general rule), CTC, RVC, SP (PSR), plus DMI and ACU.
    form: {
      name: "Form AJ",
      status: "verified",
      rvc: "RVC",
      ctc: "{level}",
      noc: "RVC",
      underProductSpecificRule: { ctc: "CTC" },
      joiner: " + ",
      producedEntirely: "PE",
      partialCumulation: null,
      accumulationSuffix: "ACU",
      deMinimisSuffix: "DMI",
      tickBoxes: [],
    },
  },

  AANZFTA: {
    id: "AANZFTA",
    name: "ASEAN-Australia-New Zealand Free Trade Area",
    parties: [...ASEAN, "AU", "NZ"],
    generalRule: { rule: "RVC40 or CTH", status: "verified" },
    deMinimis: TEN_PERCENT_OF_FOB_UNVERIFIED,
    partialCumulation: null,
    productSpecificRules: [],
    form: {
      name: "Form AANZ",
      status: "unverified",
      rvc: "RVC",
      ctc: "CTC",
      noc: "RVC",
      joiner: " + ",
      producedEntirely: "PE",
      partialCumulation: null,
      accumulationSuffix: null,
      deMinimisSuffix: null,
      tickBoxes: [],
    },
  },

  AIFTA: {
    id: "AIFTA",
    name: "ASEAN-India Free Trade Area",
    parties: [...ASEAN, "IN"],
    // Both tests at once: RVC at least 35% and a change of subheading. No de minimis.
    generalRule: { rule: "RVC35 + CTSH", status: "verified" },
    deMinimis: null,
    partialCumulation: null,
    productSpecificRules: [],
    // Form AI box 8: "RVC 35% + CTSH" with the actual RVC rounded down (Indian e-COs print it
    // with 2 decimals, "RVC 79.73% + CTSH"; this engine follows the Form D rounding).
    form: {
      name: "Form AI",
      status: "verified",
      rvc: "RVC {rvc}%",
      ctc: "{level}",
      noc: "RVC {rvc}%",
      joiner: " + ",
      producedEntirely: null,
      partialCumulation: null,
      accumulationSuffix: null,
      deMinimisSuffix: null,
      tickBoxes: [],
    },
  },

  AHKFTA: {
    id: "AHKFTA",
    name: "ASEAN-Hong Kong, China Free Trade Area",
    parties: [...ASEAN, "HK"],
    // Unverified: "RVC40 or CTH" is the usual reading of the general rule; confirm with MOIC.
    generalRule: { rule: "RVC40 or CTH", status: "unverified" },
    deMinimis: TEN_PERCENT_OF_FOB_UNVERIFIED,
    partialCumulation: null,
    productSpecificRules: [],
    // Form AHK box 8 codes: WO, PE, RVC with its percentage, CC, CTH, CTSH, SP.
    form: {
      name: "Form AHK",
      status: "unverified",
      rvc: "RVC {rvc}%",
      ctc: "{level}",
      noc: "RVC {rvc}%",
      joiner: " + ",
      producedEntirely: "PE",
      partialCumulation: null,
      accumulationSuffix: null,
      deMinimisSuffix: null,
      tickBoxes: [],
    },
  },

  LAO_VN: {
    id: "LAO_VN",
    name: "Lao PDR-Viet Nam bilateral trade agreement",
    parties: ["LA", "VN"],
    // Non-originating or undetermined content at most 60% of FOB, last process in Lao PDR.
    // NOTE: the Lao trade portal also lists CTH and PSRs; neither is modelled here.
    generalRule: { rule: "NOC60", status: "verified" },
    deMinimis: null,
    partialCumulation: null,
    productSpecificRules: [],
    // Form S is laid out like Form D; the box text is assumed to follow Form D ("72%").
    form: {
      name: "Form S",
      status: "unverified",
      rvc: "{rvc}%",
      ctc: "{level}",
      noc: "{rvc}%",
      joiner: " + ",
      producedEntirely: null,
      partialCumulation: null,
      accumulationSuffix: null,
      deMinimisSuffix: null,
      tickBoxes: [],
    },
  },
};

export function isAgreementId(value: unknown): value is AgreementId {
  return typeof value === "string" && (AGREEMENT_IDS as readonly string[]).includes(value);
}
