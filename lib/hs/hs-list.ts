import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCsv } from "./csv";
import { englishSearchWords } from "./lao-keywords";

/**
 * The Harmonized System 2022 nomenclature (chapters, headings and 6-digit subheadings), read from
 * data/hs2022.csv and data/hs2022-sections.csv. See data/README.md for source and licence.
 */
export type HsLevel = 2 | 4 | 6;

export type HsEntry = {
  /** Digits only, e.g. "090121". */
  code: string;
  /** Display form, e.g. "0901.21". */
  displayCode: string;
  description: string;
  level: HsLevel;
  /** Code of the heading or chapter above, or null for a chapter. */
  parent: string | null;
  /** Roman numeral of the HS section, e.g. "II". */
  section: string;
  sectionName: string;
};

export type HsList = {
  entries: HsEntry[];
  byCode: Map<string, HsEntry>;
};

const defaultDataDir = path.join(process.cwd(), "data");
let cached: HsList | null = null;

/** Format HS digits for display: "0901", "0901.21", "0901.21.10". */
export function formatHsCode(digits: string): string {
  if (digits.length <= 4) return digits;
  if (digits.length <= 6) return `${digits.slice(0, 4)}.${digits.slice(4)}`;
  return `${digits.slice(0, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
}

/** Read and index the HS list. Callers normally use the cached loadHsList(). */
export function readHsList(dataDir: string = defaultDataDir): HsList {
  const sectionRows = parseCsv(readFileSync(path.join(dataDir, "hs2022-sections.csv"), "utf8")).slice(1);
  const sectionNames = new Map(sectionRows.map(([section, name]) => [section, name]));

  const entries: HsEntry[] = [];
  for (const [section, code, description, parent, level] of parseCsv(readFileSync(path.join(dataDir, "hs2022.csv"), "utf8")).slice(1)) {
    // The file also has a "TOTAL" root row of level 5 and UN Comtrade's chapter 99 ("commodities
    // not specified according to kind"), which the WCO nomenclature does not contain.
    if (level !== "2" && level !== "4" && level !== "6") continue;
    if (section === "TOTAL") continue;
    entries.push({
      code,
      displayCode: formatHsCode(code),
      description,
      level: Number(level) as HsLevel,
      parent: parent === "TOTAL" ? null : parent,
      section,
      sectionName: sectionNames.get(section) ?? "",
    });
  }

  return { entries, byCode: new Map(entries.map((entry) => [entry.code, entry])) };
}

/** Return the HS list, parsed once per process. */
export function loadHsList(): HsList {
  cached ??= readHsList();
  return cached;
}

/** Return the chapter, heading or subheading with exactly these digits (dots and spaces ignored). */
export function getHsEntry(code: string): HsEntry | null {
  const digits = code.replace(/[.\s]/g, "");
  return loadHsList().byCode.get(digits) ?? null;
}

/**
 * Check that a 6- or 8-digit code belongs to an HS 2022 subheading. The last two digits of an
 * 8-digit code are national or AHTN splits that the HS list does not contain, so only the first
 * six are checked.
 */
export function isKnownHsSubheading(digits: string): boolean {
  if (!/^(\d{6}|\d{8})$/.test(digits)) return false;
  return loadHsList().byCode.get(digits.slice(0, 6))?.level === 6;
}

const codeQueryPattern = /^[\d.\s]+$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Count the search words that the description mentions only after "not" or "non-". */
function countNegatedWords(description: string, words: string[]): number {
  const lower = description.toLowerCase();
  return words.filter((word) => {
    const escaped = escapeRegExp(word);
    const negated = new RegExp(`\\b(?:not\\s+(?:[a-z-]+\\s+or\\s+)?|non-)${escaped}`);
    const plain = new RegExp(`(?<!not\\s|non-|or\\s)\\b${escaped}`);
    return negated.test(lower) && !plain.test(lower);
  }).length;
}

/**
 * Search the HS list by code prefix ("0901", "0901.2") or by words ("roasted coffee" or the Lao
 * "ກາເຟຂົ້ວ": every word must occur in the description, ignoring case). Subheadings come first,
 * then headings and chapters; within a level, lines that match a word only through "not ..."
 * come last, then code order.
 */
export function searchHs(query: string, limit = 20): HsEntry[] {
  const trimmed = query.trim();
  if (trimmed === "" || limit <= 0) return [];

  let matches: HsEntry[];
  if (codeQueryPattern.test(trimmed)) {
    // A typed 8-digit code searches its 6-digit subheading.
    const prefix = trimmed.replace(/[.\s]/g, "").slice(0, 6);
    matches = loadHsList().entries.filter((entry) => entry.code.startsWith(prefix));
  } else {
    const words = englishSearchWords(trimmed);
    if (!words || words.length === 0) return [];
    matches = loadHsList().entries.filter((entry) => {
      const description = entry.description.toLowerCase();
      return words.every((word) => description.includes(word));
    });

    // HS descriptions often name what a line is not ("Coffee; not roasted or decaffeinated"), so a
    // line that only matches a word through such a negation ranks after the lines that are it.
    const negatedCount = new Map(matches.map((entry) => [entry.code, countNegatedWords(entry.description, words)]));
    return matches
      .sort(
        (left, right) =>
          right.level - left.level ||
          negatedCount.get(left.code)! - negatedCount.get(right.code)! ||
          left.code.localeCompare(right.code),
      )
      .slice(0, limit);
  }

  return matches
    .sort((left, right) => right.level - left.level || left.code.localeCompare(right.code))
    .slice(0, limit);
}
