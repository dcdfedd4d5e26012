/**
 * HS codes as used by the origin engine. Goods carry an HS 2022 subheading (6 digits) or an AHTN
 * line (8 digits). Materials may also be known only to the heading (4 digits), as in "52.09".
 *
 * NOTE: only the structure is checked (digit count, dot positions, chapter 01-97 except the
 * reserved 77, heading not 00). Whether the heading or subheading exists in HS 2022 is not checked.
 */
export type HsCode = {
  /** Digits only: "0901", "090121" or "09012110". */
  digits: string;
  /** Dotted form: "09.01", "0901.21" or "0901.21.10". */
  display: string;
  chapter: string;
  heading: string;
  /** Null when only the heading is known. */
  subheading: string | null;
};

export type CtcLevel = "CC" | "CTH" | "CTSH";

const goodsPatterns = [/^(\d{4})(\d{2})(\d{2})?$/, /^(\d{4})\.(\d{2})(?:\.(\d{2}))?$/];
const headingPatterns = [/^(\d{4})$/, /^(\d{2})\.(\d{2})$/];

/** Parses the HS code of the goods: "0901.21", "090121", "0901.21.10" or "09012110". */
export function parseGoodsHsCode(input: unknown): HsCode | null {
  if (typeof input !== "string") return null;

  for (const pattern of goodsPatterns) {
    const match = pattern.exec(input);
    if (match) return buildHsCode(match[1] + match[2] + (match[3] ?? ""));
  }
  return null;
}

/** Parses the HS code of a material: any goods format, or a heading such as "5209" or "52.09". */
export function parseMaterialHsCode(input: unknown): HsCode | null {
  const goodsCode = parseGoodsHsCode(input);
  if (goodsCode || typeof input !== "string") return goodsCode;

  for (const pattern of headingPatterns) {
    const match = pattern.exec(input);
    if (match) return buildHsCode(match.slice(1).join(""));
  }
  return null;
}

function buildHsCode(digits: string): HsCode | null {
  const chapterNumber = Number(digits.slice(0, 2));
  if (chapterNumber < 1 || chapterNumber > 97 || chapterNumber === 77) return null;
  if (digits.slice(2, 4) === "00") return null;

  const groups = digits.match(/^(\d{2})(\d{2})(\d{2})?(\d{2})?$/);
  if (!groups) return null;
  const display =
    digits.length === 4
      ? `${groups[1]}.${groups[2]}`
      : [groups[1] + groups[2], groups[3], groups[4]].filter(Boolean).join(".");

  return {
    digits,
    display,
    chapter: digits.slice(0, 2),
    heading: digits.slice(0, 4),
    subheading: digits.length >= 6 ? digits.slice(0, 6) : null,
  };
}

/**
 * Compares a non-originating material with the goods at a CTC level. Returns "changed" when the
 * classification differs at that level, "same" when it does not, and "unknown" when the material
 * is known only to the heading and the level is CTSH within the same heading.
 */
export function compareAtLevel(material: HsCode, goods: HsCode, level: CtcLevel): "changed" | "same" | "unknown" {
  if (level === "CC") return material.chapter === goods.chapter ? "same" : "changed";
  if (level === "CTH" || material.heading !== goods.heading) {
    return material.heading === goods.heading ? "same" : "changed";
  }
  if (material.subheading === null) return "unknown";
  return material.subheading === goods.subheading ? "same" : "changed";
}

/** Tells whether a product-specific-rule key ("62", "6203", "620342") covers the goods. */
export function hsPrefixMatches(prefix: string, goods: HsCode): boolean {
  return goods.digits.startsWith(prefix);
}
