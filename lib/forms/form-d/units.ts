/**
 * Code lists for Box 7 and Box 9 with English and Lao labels: UN/ECE Recommendation 20 units of
 * measure and Recommendation 21 package types (the "X" prefixed codes).
 */

export type CodeLabel = {
  code: string;
  en: string;
  lo: string;
};

export type PackageKind = CodeLabel & {
  /** English plural printed in Box 7, e.g. "40 bags". */
  enPlural: string;
};

export const quantityUnits = [
  { code: "KGM", en: "kilogram", lo: "ກິໂລກຣາມ" },
  { code: "TNE", en: "tonne", lo: "ໂຕນ" },
  { code: "GRM", en: "gram", lo: "ກຣາມ" },
  { code: "LTR", en: "litre", lo: "ລິດ" },
  { code: "C62", en: "unit", lo: "ໜ່ວຍ" },
  { code: "H87", en: "piece", lo: "ຊິ້ນ" },
  { code: "PR", en: "pair", lo: "ຄູ່" },
  { code: "DZN", en: "dozen", lo: "ໂຫຼ" },
  { code: "SET", en: "set", lo: "ຊຸດ" },
  { code: "MTQ", en: "cubic metre", lo: "ແມັດກ້ອນ" },
  { code: "MTR", en: "metre", lo: "ແມັດ" },
  { code: "MTK", en: "square metre", lo: "ຕາແມັດ" },
] as const satisfies readonly CodeLabel[];

export type QuantityUnitCode = (typeof quantityUnits)[number]["code"];

export const quantityUnitCodes = quantityUnits.map((unit) => unit.code) as [QuantityUnitCode, ...QuantityUnitCode[]];

export const packageKinds = [
  { code: "XBG", en: "bag", enPlural: "bags", lo: "ຖົງ" },
  { code: "XBX", en: "box", enPlural: "boxes", lo: "ກັບ" },
  { code: "XCT", en: "carton", enPlural: "cartons", lo: "ກັບເຈ້ຍ" },
  { code: "XSA", en: "sack", enPlural: "sacks", lo: "ກະສອບ" },
  { code: "XPK", en: "package", enPlural: "packages", lo: "ຫໍ່" },
  { code: "XPX", en: "pallet", enPlural: "pallets", lo: "ພາເລັດ" },
  { code: "XBA", en: "barrel", enPlural: "barrels", lo: "ຖັງ" },
  { code: "XBL", en: "bale", enPlural: "bales", lo: "ມັດ" },
  { code: "XCR", en: "crate", enPlural: "crates", lo: "ລັງ" },
  { code: "XNE", en: "unpacked", enPlural: "unpacked", lo: "ບໍ່ມີຫີບຫໍ່" },
] as const satisfies readonly PackageKind[];

export type PackageKindCode = (typeof packageKinds)[number]["code"];

export const packageKindCodes = packageKinds.map((kind) => kind.code) as [PackageKindCode, ...PackageKindCode[]];

export function findPackageKind(code: string): PackageKind | undefined {
  return packageKinds.find((kind) => kind.code === code);
}

export function findQuantityUnit(code: string): CodeLabel | undefined {
  return quantityUnits.find((unit) => unit.code === code);
}

/** Box 3 means of transport. */
export const transportModes = [
  { code: "road", en: "Truck", lo: "ທາງບົກ" },
  { code: "rail", en: "Rail", lo: "ທາງລົດໄຟ" },
  { code: "air", en: "Air", lo: "ທາງອາກາດ" },
  { code: "sea", en: "Sea", lo: "ທາງທະເລ" },
  { code: "inlandWater", en: "Inland waterway", lo: "ທາງນ້ຳ" },
  { code: "multimodal", en: "Multimodal", lo: "ຂົນສົ່ງຫຼາຍຮູບແບບ" },
] as const satisfies readonly CodeLabel[];

export type TransportMode = (typeof transportModes)[number]["code"];

export const transportModeCodes = transportModes.map((mode) => mode.code) as [TransportMode, ...TransportMode[]];

/**
 * Common places of loading for Lao exports: international border checkpoints and the airport.
 * The field stays free text because many border posts have no UN/LOCODE.
 */
export const laoLoadingPlaces = [
  { code: "THANALENG", en: "Thanaleng (Friendship Bridge I), Vientiane Capital", lo: "ທ່ານາແລ້ງ (ຂົວມິດຕະພາບ I), ນະຄອນຫຼວງວຽງຈັນ" },
  { code: "SAVANNAKHET", en: "Savannakhet (Friendship Bridge II)", lo: "ສະຫວັນນະເຂດ (ຂົວມິດຕະພາບ II)" },
  { code: "THAKHEK", en: "Thakhek (Friendship Bridge III), Khammouane", lo: "ທ່າແຂກ (ຂົວມິດຕະພາບ III), ຄຳມ່ວນ" },
  { code: "VANGTAO", en: "Vang Tao, Champasak", lo: "ວັງເຕົ່າ, ຈຳປາສັກ" },
  { code: "DANSAVANH", en: "Dansavanh, Savannakhet", lo: "ແດນສະຫວັນ, ສະຫວັນນະເຂດ" },
  { code: "BOTEN", en: "Boten, Luang Namtha", lo: "ບໍ່ເຕັນ, ຫຼວງນ້ຳທາ" },
  { code: "NAMPHAO", en: "Nam Phao, Bolikhamxay", lo: "ນ້ຳພ້າວ, ບໍລິຄຳໄຊ" },
  { code: "HOUAYXAY", en: "Houayxay (Friendship Bridge IV), Bokeo", lo: "ຫ້ວຍຊາຍ (ຂົວມິດຕະພາບ IV), ບໍ່ແກ້ວ" },
  { code: "WATTAY", en: "Wattay International Airport, Vientiane Capital", lo: "ສະໜາມບິນສາກົນວັດໄຕ, ນະຄອນຫຼວງວຽງຈັນ" },
  { code: "VIENTIANE_RAIL", en: "Vientiane railway station (Laos–China Railway)", lo: "ສະຖານີລົດໄຟນະຄອນຫຼວງວຽງຈັນ (ທາງລົດໄຟ ລາວ-ຈີນ)" },
] as const satisfies readonly CodeLabel[];
