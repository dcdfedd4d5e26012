/**
 * Lao words for goods that Lao PDR commonly exports, mapped to the English words of the HS 2022
 * descriptions, so that an exporter can search the HS list in Lao. The HS descriptions themselves
 * are English only; a Lao word missing here finds nothing.
 */
export const laoKeywords: Readonly<Record<string, readonly string[]>> = {
  ກາເຟ: ["coffee"],
  ຂົ້ວ: ["roasted"],
  ຊາ: ["tea"],
  ເຂົ້າ: ["rice"],
  ສາລີ: ["maize"],
  ມັນຕົ້ນ: ["cassava"],
  ກ້ວຍ: ["bananas"],
  ໝາກມ່ວງ: ["mangoes"],
  ຢາງພາລາ: ["rubber"],
  ນ້ຳຕານ: ["sugar"],
  ໄມ້: ["wood"],
  ຢາສູບ: ["tobacco"],
  ເບຍ: ["beer"],
  ໄຟຟ້າ: ["electrical", "energy"],
  ຄຳ: ["gold"],
  ທອງແດງ: ["copper"],
  ເຈ້ຍ: ["paper"],
  ເຄື່ອງນຸ່ງຫົ່ມ: ["apparel"],
  ໂສ້ງ: ["trousers"],
  ເກີບ: ["footwear"],
  ຝ້າຍ: ["cotton"],
  ໄໝ: ["silk"],
  ຝຸ່ນ: ["fertilizers"],
};

const laoLetters = /[\u0E80-\u0EFF]/;
const keywordsLongestFirst = Object.keys(laoKeywords).sort((left, right) => right.length - left.length);

/**
 * Split a search query into lower-case English words, replacing each Lao word with its English
 * words. Lao is written without spaces, so a Lao run is read as the longest known words in turn.
 * Returns null when part of a Lao run matches no known word.
 */
export function englishSearchWords(query: string): string[] | null {
  const words: string[] = [];
  for (const part of query.normalize("NFC").trim().toLowerCase().split(/\s+/)) {
    if (!laoLetters.test(part)) {
      if (part) words.push(part);
      continue;
    }

    let rest = part;
    while (rest) {
      const keyword = keywordsLongestFirst.find((candidate) => rest.startsWith(candidate));
      if (!keyword) return null;
      words.push(...laoKeywords[keyword]);
      rest = rest.slice(keyword.length);
    }
  }
  return words;
}
