/**
 * Country and currency codes used on Form D. Codes are ISO 3166-1 alpha-2 and ISO 4217.
 * This module has no server imports, so the client wizard can import it.
 */

export type AseanImportingCountry = {
  code: string;
  nameEn: string;
  nameLo: string;
  /** Upper-case English name as printed in Box 11, e.g. "THAILAND". */
  printName: string;
};

/** ASEAN member states other than Lao PDR: the importing countries a Lao-issued Form D may name. */
export const aseanImportingCountries = [
  { code: "BN", nameEn: "Brunei Darussalam", nameLo: "ບຣູໄນ ດາຣຸສຊາລາມ", printName: "BRUNEI DARUSSALAM" },
  { code: "KH", nameEn: "Cambodia", nameLo: "ກຳປູເຈຍ", printName: "CAMBODIA" },
  { code: "ID", nameEn: "Indonesia", nameLo: "ອິນໂດເນເຊຍ", printName: "INDONESIA" },
  { code: "MY", nameEn: "Malaysia", nameLo: "ມາເລເຊຍ", printName: "MALAYSIA" },
  { code: "MM", nameEn: "Myanmar", nameLo: "ມຽນມາ", printName: "MYANMAR" },
  { code: "PH", nameEn: "Philippines", nameLo: "ຟີລິບປິນ", printName: "PHILIPPINES" },
  { code: "SG", nameEn: "Singapore", nameLo: "ສິງກະໂປ", printName: "SINGAPORE" },
  { code: "TH", nameEn: "Thailand", nameLo: "ໄທ", printName: "THAILAND" },
  { code: "VN", nameEn: "Viet Nam", nameLo: "ຫວຽດນາມ", printName: "VIET NAM" },
] as const satisfies readonly AseanImportingCountry[];

export type AseanImportingCountryCode = (typeof aseanImportingCountries)[number]["code"];

export const aseanImportingCountryCodes = aseanImportingCountries.map((country) => country.code) as [
  AseanImportingCountryCode,
  ...AseanImportingCountryCode[],
];

/** Lao PDR as printed in "Issued in" and Box 11. */
export const LAO_PDR = { code: "LA", nameEn: "Lao PDR", nameLo: "ສປປ ລາວ", printName: "LAO PDR" } as const;

export function findAseanImportingCountry(code: string): AseanImportingCountry | undefined {
  return aseanImportingCountries.find((country) => country.code === code);
}

/**
 * ISO 3166-1 alpha-2 codes officially assigned in 2024, for the third-country invoicer's country,
 * which may be any country. Display names come from Intl.DisplayNames in the interface.
 */
export const isoCountryCodes: readonly string[] = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS " +
  "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE " +
  "EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM " +
  "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC " +
  "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA " +
  "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
  "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO " +
  "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
).split(" ");

/**
 * ISO 4217 codes of circulating currencies (list as amended to 2025, which added XCG and ZWG).
 * Fund codes, precious metals and test codes are left out because an invoice is never in them.
 */
export const currencyCodes: readonly string[] = (
  "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD " +
  "CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP " +
  "GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD " +
  "KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN " +
  "NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP " +
  "SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND " +
  "VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG"
).split(" ");

/** Currencies offered first in the FOB currency picker: those of Lao trade partners. */
export const commonFobCurrencies = ["USD", "THB", "VND", "CNY", "EUR", "LAK"] as const;

export const DEFAULT_FOB_CURRENCY = "USD";
