/**
 * Styles of the printed Form D, in points (1/72 inch) on A4 (595.28 x 841.89 pt). Every text style
 * sets fontSize and lineHeight together: react-pdf turns lineHeight into points with the font size
 * of the same style object, and children inherit those points even where their font size differs.
 */
import type { Style } from "@react-pdf/types";
import { CERTIFICATE_FONT_FAMILY } from "./certificate-fonts";

export const PAGE_MARGIN_X = 24;
export const PAGE_MARGIN_TOP = 20;
/** Space under the form for the verification footer (QR code, URL, page number). */
export const FOOTER_HEIGHT = 88;
export const QR_CODE_SIZE = 72;
export const BORDER = "0.75pt solid #000000";
const SPECIMEN_RED = "#c00000";

/** Items table columns (Boxes 5 to 10), in points; together they span the 547 pt content width. */
export const itemColumnWidths = {
  itemNumber: 34,
  marks: 78,
  description: 196,
  criterion: 62,
  quantity: 92,
  invoice: 85.28,
} as const;

export const CELL_PADDING = 3;

/** Text style with both sizes in points; a bare number as lineHeight would be a multiple of fontSize. */
const text = (fontSize: number, lineHeight: number, extra: Style = {}): Style => ({
  fontFamily: CERTIFICATE_FONT_FAMILY,
  fontSize,
  lineHeight: `${lineHeight}pt`,
  ...extra,
});

export const styles = {
  page: {
    paddingTop: PAGE_MARGIN_TOP,
    paddingBottom: FOOTER_HEIGHT + 14,
    paddingHorizontal: PAGE_MARGIN_X,
    flexDirection: "column",
    ...text(8.5, 12),
  },
  form: { flexGrow: 1, flexDirection: "column", border: BORDER },
  row: { flexDirection: "row" },
  column: { flexDirection: "column" },
  box: { paddingHorizontal: 4, paddingTop: 3, paddingBottom: 4 },
  boxLabel: text(6.5, 8.5, { marginBottom: 2 }),
  value: text(8.5, 12),
  valueBold: text(8.5, 12, { fontWeight: 700 }),
  small: text(6.5, 8.5),
  smallCentered: text(6.5, 8.5, { textAlign: "center" }),
  body: text(7.5, 10.5),

  referenceLabel: text(8, 11),
  referenceNumber: text(11, 14, { fontWeight: 700 }),
  titleLine: text(8.5, 11.5, { textAlign: "center", fontWeight: 700 }),
  titleSubLine: text(7.5, 10, { textAlign: "center" }),
  formName: text(14, 18, { textAlign: "center", fontWeight: 700, marginTop: 4 }),
  issuedInCountry: text(10, 13, { textAlign: "center", fontWeight: 700 }),
  overleafNote: text(6.5, 8.5, { textAlign: "right", marginTop: 6 }),

  labelledLine: { flexDirection: "row", marginBottom: 1 },
  lineLabel: text(7, 12, { width: 104, color: "#333333" }),
  lineValue: text(8.5, 12, { flex: 1 }),

  tickRow: { flexDirection: "row", alignItems: "center", marginTop: 4 },
  tickBox: { width: 8, height: 8, border: BORDER, marginRight: 4 },
  // Absolutely placed: react-pdf drops text lines taller than their box, and the box is only 8 pt high.
  tickMark: text(7.5, 7.5, { position: "absolute", top: 0, left: 0, width: 6.5, fontWeight: 700, textAlign: "center" }),
  tickLabel: text(7, 9),

  itemHeaderCell: text(6, 7.5, { padding: CELL_PADDING, borderRight: BORDER }),
  itemCell: { padding: CELL_PADDING, borderRight: BORDER },
  itemText: text(8, 11),
  itemTextBold: text(8, 11, { fontWeight: 700 }),

  signatureLine: { borderTop: "0.5pt dotted #000000", marginTop: 14, paddingTop: 2 },
  centeredValue: text(8.5, 12, { textAlign: "center", fontWeight: 700, marginTop: 3 }),

  footer: {
    position: "absolute",
    left: PAGE_MARGIN_X,
    right: PAGE_MARGIN_X,
    bottom: 12,
    height: FOOTER_HEIGHT,
    flexDirection: "row",
    alignItems: "center",
  },
  qrCode: { width: QR_CODE_SIZE, height: QR_CODE_SIZE, marginRight: 8 },
  footerText: text(7.5, 10.5),
  footerTextBold: text(8.5, 12, { fontWeight: 700 }),
  footerRight: text(7.5, 10.5, { textAlign: "right" }),
  // react-pdf 4.9.0 drew nothing for a per-page (`render`) text with any lineHeight, inherited or
  // its own, in points or as a multiple. An empty lineHeight falls back to the font's line height.
  pageNumber: { fontFamily: CERTIFICATE_FONT_FAMILY, fontSize: 7.5, lineHeight: "", textAlign: "right" },

  specimenBanner: text(9, 12, {
    color: SPECIMEN_RED,
    fontWeight: 700,
    textAlign: "center",
    marginBottom: 3,
  }),
  specimenWatermark: text(34, 40, {
    position: "absolute",
    top: 400,
    left: -80,
    right: -80,
    textAlign: "center",
    color: SPECIMEN_RED,
    opacity: 0.22,
    fontWeight: 700,
    transform: "rotate(-35deg)",
  }),
} satisfies Record<string, Style>;
