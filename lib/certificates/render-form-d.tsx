/**
 * React-PDF template of the revised ATIGA Form D (ATIGA Annex 7, 2021 layout) in English, and the
 * function that renders it. Boxes 1-4 and the title fill the top of page 1, the items table
 * (Boxes 5-10) runs on over further pages when needed, and Boxes 11-13 close the last page. A
 * footer on every page carries the QR code of the public verification URL.
 */
import type { ReactNode } from "react";
import { certificateFonts } from "./certificate-fonts";
import type { FormDBox13Flags, FormDDocument, FormDItem } from "./form-d-document";
import { BORDER, CELL_PADDING, itemColumnWidths, styles } from "./form-d-styles";
import { allowBreaksInLongRuns, markLineBreaks } from "./lao-hyphenation";
import { renderPdfTree } from "./pdf-render-worker";
import { Document, Image, Page, Text, View, toPdfTree } from "./pdf-tree";
import { prepareFormDForPrint } from "./printable-form-d";
import { formatCertificateDate, formatFobValue, formatQuantity } from "./print-format";
import { createQrCodeDataUrl } from "./qr";

export const SPECIMEN_MARKING = "SPECIMEN - NOT VALID FOR CUSTOMS";

/** Box 13 ticks in the order of the revised form. */
const box13Labels: Array<[keyof FormDBox13Flags, string]> = [
  ["thirdCountryInvoicing", "Third Country Invoicing"],
  ["exhibition", "Exhibition"],
  ["accumulation", "Accumulation"],
  ["deMinimis", "De Minimis"],
  ["backToBack", "Back-to-Back CO"],
  ["issuedRetroactively", "Issued Retroactively"],
  ["partialCumulation", "Partial Cumulation"],
];

/** Characters per line that fit a column of `width` points at `fontSize`, assuming wide glyphs (0.8 em). */
function charactersPerLine(width: number, fontSize: number): number {
  return Math.max(1, Math.floor((width - 2 * CELL_PADDING) / (fontSize * 0.8)));
}

/** Let long space-free values (codes, URLs) wrap inside a narrow column instead of overflowing it. */
function fitColumn(value: string, width: number, fontSize = 8): string {
  return allowBreaksInLongRuns(value, charactersPerLine(width, fontSize));
}

function Tick({ checked, label }: { checked: boolean; label: string }) {
  return (
    <View style={styles.tickRow}>
      <View style={styles.tickBox}>{checked ? <Text style={styles.tickMark}>X</Text> : null}</View>
      <Text style={styles.tickLabel}>{label}</Text>
    </View>
  );
}

function BoxLabel({ number, children }: { number?: number; children: ReactNode }) {
  return (
    <Text style={styles.boxLabel}>
      {number === undefined ? "" : `${number}. `}
      {children}
    </Text>
  );
}

function LabelledLine({ label, value }: { label: string; value: string }) {
  return (
    <View style={styles.labelledLine}>
      <Text style={styles.lineLabel}>{label}</Text>
      <Text style={styles.lineValue}>{value}</Text>
    </View>
  );
}

function SignatureCaption({ children }: { children: string }) {
  return (
    <View style={styles.signatureLine}>
      <Text style={styles.smallCentered}>{children}</Text>
    </View>
  );
}

function PartyBox({ number, label, lines, bordered }: { number: number; label: string; lines: ReactNode; bordered: boolean }) {
  return (
    <View style={[styles.box, { minHeight: 86 }, bordered ? { borderBottom: BORDER } : {}]}>
      <BoxLabel number={number}>{label}</BoxLabel>
      {lines}
    </View>
  );
}

function TitleBlock({ document }: { document: FormDDocument }) {
  return (
    <View style={[styles.box, { flexGrow: 1 }]}>
      <Text style={styles.referenceLabel}>Reference No.</Text>
      <Text style={styles.referenceNumber}>{document.referenceNumber}</Text>
      <View style={{ marginTop: 10 }}>
        <Text style={styles.titleLine}>ASEAN TRADE IN GOODS AGREEMENT</Text>
        <Text style={styles.titleLine}>CERTIFICATE OF ORIGIN</Text>
        <Text style={styles.titleSubLine}>(Combined Declaration and Certificate)</Text>
        <Text style={styles.formName}>FORM D</Text>
      </View>
      <View style={{ marginTop: 8 }}>
        <Text style={styles.titleSubLine}>Issued in</Text>
        <Text style={styles.issuedInCountry}>{document.issuedInCountry}</Text>
        <Text style={styles.smallCentered}>(Country)</Text>
      </View>
      <Text style={styles.overleafNote}>See Overleaf Notes</Text>
    </View>
  );
}

function TopBoxes({ document }: { document: FormDDocument }) {
  const exporterLines = (
    <>
      <Text style={styles.valueBold}>{document.exporterName}</Text>
      {document.exporterNameLao ? <Text style={styles.valueBold}>{document.exporterNameLao}</Text> : null}
      <Text style={styles.value}>{document.exporterAddress}</Text>
      <Text style={styles.value}>{document.exporterCountry}</Text>
    </>
  );
  const consigneeLines = (
    <>
      <Text style={styles.valueBold}>{document.consigneeName}</Text>
      <Text style={styles.value}>{document.consigneeAddress}</Text>
      <Text style={styles.value}>{document.consigneeCountry}</Text>
    </>
  );

  // Left free to split across pages: at the maximum field lengths these boxes can outgrow a page,
  // and react-pdf never finishes laying out an unsplittable element taller than the page.
  return (
    <View>
      <View style={[styles.row, { borderBottom: BORDER }]}>
        <View style={[styles.column, { width: "55%", borderRight: BORDER }]}>
          <PartyBox
            number={1}
            label="Goods consigned from (Exporter's business name, address, country)"
            lines={exporterLines}
            bordered
          />
          <PartyBox
            number={2}
            label="Goods consigned to (Consignee's name, address, country)"
            lines={consigneeLines}
            bordered={false}
          />
        </View>
        <View style={[styles.column, { width: "45%" }]}>
          <TitleBlock document={document} />
        </View>
      </View>

      <View style={[styles.row, { borderBottom: BORDER }]}>
        <View style={[styles.box, { width: "55%", borderRight: BORDER }]}>
          <BoxLabel number={3}>Means of transport and route (as far as known)</BoxLabel>
          <LabelledLine label="Departure date" value={formatCertificateDate(document.departureDate)} />
          <LabelledLine label="Means of transport" value={document.meansOfTransport} />
          <LabelledLine label="Vessel's name/Aircraft etc." value={document.vehicleOrVessel} />
          <LabelledLine label="Port of Loading" value={document.portOfLoading} />
          <LabelledLine label="Port of Discharge" value={document.portOfDischarge} />
        </View>
        <View style={[styles.box, { width: "45%" }]}>
          <BoxLabel number={4}>For Official Use</BoxLabel>
          <Tick checked={false} label="Preferential Treatment Given Under ASEAN Trade in Goods Agreement" />
          <Tick checked={false} label="Preferential Treatment Not Given (Please state reason/s)" />
          <View style={{ flexGrow: 1, minHeight: 18 }} />
          <SignatureCaption>Signature of Authorised Signatory of the Importing Country</SignatureCaption>
        </View>
      </View>
    </View>
  );
}

type CellProps = { width: number; last?: boolean; children?: ReactNode };

function Cell({ width, last = false, children }: CellProps) {
  return <View style={[styles.itemCell, { width }, last ? { borderRight: 0, flexGrow: 1 } : {}]}>{children}</View>;
}

function ItemHeader() {
  const header = (width: number, text: string, last = false) => (
    <Text style={[styles.itemHeaderCell, { width }, last ? { borderRight: 0, flexGrow: 1 } : {}]}>{text}</Text>
  );
  return (
    <View style={[styles.row, { borderBottom: BORDER }]} fixed>
      {header(itemColumnWidths.itemNumber, "5. Item number")}
      {header(itemColumnWidths.marks, "6. Marks and numbers on packages")}
      {header(
        itemColumnWidths.description,
        "7. Number and type of packages, description of goods (including quantity where appropriate and HS number of the importing country)",
      )}
      {header(itemColumnWidths.criterion, "8. Origin criterion (see Overleaf Notes)")}
      {header(
        itemColumnWidths.quantity,
        "9. Gross weight or other quantity and value (FOB) only when RVC criterion is applied",
      )}
      {header(itemColumnWidths.invoice, "10. Number and date of invoices", true)}
    </View>
  );
}

function ItemRow({ item, invoice }: { item: FormDItem; invoice: { number: string; date: string } | null }) {
  const widths = itemColumnWidths;
  return (
    <View style={styles.row} wrap={false}>
      <Cell width={widths.itemNumber}>
        <Text style={styles.itemText}>{String(item.itemNumber)}</Text>
      </Cell>
      <Cell width={widths.marks}>
        <Text style={styles.itemText}>{fitColumn(item.marksAndNumbers, widths.marks)}</Text>
      </Cell>
      <Cell width={widths.description}>
        <Text style={styles.itemText}>{item.packages}</Text>
        <Text style={styles.itemText}>{item.description}</Text>
        <Text style={styles.itemText}>HS Code: {fitColumn(item.hsCode, widths.description)}</Text>
      </Cell>
      <Cell width={widths.criterion}>
        <Text style={styles.itemTextBold}>{fitColumn(item.originCriterion, widths.criterion)}</Text>
      </Cell>
      <Cell width={widths.quantity}>
        <Text style={styles.itemText}>{fitColumn(formatQuantity(item.quantity, item.quantityUnit), widths.quantity)}</Text>
        {item.fobValue !== null && item.fobCurrency !== null ? (
          <Text style={styles.itemText}>FOB {fitColumn(formatFobValue(item.fobCurrency, item.fobValue), widths.quantity)}</Text>
        ) : null}
      </Cell>
      <Cell width={widths.invoice} last>
        {invoice ? (
          <>
            <Text style={styles.itemText}>{fitColumn(invoice.number, widths.invoice)}</Text>
            <Text style={styles.itemText}>{invoice.date}</Text>
          </>
        ) : null}
      </Cell>
    </View>
  );
}

/** Empty row under the last item that stretches the column rules down to Box 11 on the last page. */
function ItemFillerRow({ children }: { children?: ReactNode }) {
  const widths = itemColumnWidths;
  return (
    <View style={[styles.row, { flexGrow: 1, minHeight: 12 }]}>
      <Cell width={widths.itemNumber} />
      <Cell width={widths.marks} />
      <Cell width={widths.description}>{children}</Cell>
      <Cell width={widths.criterion} />
      <Cell width={widths.quantity} />
      <Cell width={widths.invoice} last />
    </View>
  );
}

function ItemsTable({ document }: { document: FormDDocument }) {
  const invoice = { number: document.invoiceNumber, date: formatCertificateDate(document.invoiceDate) };
  const invoicer = document.thirdCountryInvoicer;
  return (
    <View style={{ flexGrow: 1, borderBottom: BORDER }}>
      <ItemHeader />
      {document.items.map((item, index) => (
        <ItemRow key={item.itemNumber} item={item} invoice={index === 0 ? invoice : null} />
      ))}
      <ItemFillerRow>
        {invoicer ? (
          <Text style={[styles.itemText, { marginTop: 4 }]}>
            Third-country invoice issued by {invoicer.name}, {invoicer.country}
          </Text>
        ) : null}
      </ItemFillerRow>
    </View>
  );
}

function DeclarationBox({ document }: { document: FormDDocument }) {
  return (
    <View style={[styles.box, { width: "50%", borderRight: BORDER }]}>
      <BoxLabel number={11}>Declaration by the exporter</BoxLabel>
      <Text style={styles.body}>
        The undersigned hereby declares that the above details and statement are correct; that all the goods were
        produced in
      </Text>
      <Text style={styles.centeredValue}>{document.producedInCountry}</Text>
      <Text style={styles.smallCentered}>(Country)</Text>
      <Text style={[styles.body, { marginTop: 3 }]}>
        and that they comply with the origin requirements specified for these goods in the ASEAN Trade in Goods
        Agreement for the goods exported to
      </Text>
      <Text style={styles.centeredValue}>{document.importingCountry}</Text>
      <Text style={styles.smallCentered}>(Importing Country)</Text>
      <View style={{ flexGrow: 1, minHeight: 10 }} />
      <Text style={[styles.value, { textAlign: "center" }]}>
        {document.declarationPlace}, {formatCertificateDate(document.declarationDate)}
      </Text>
      <Text style={[styles.valueBold, { textAlign: "center" }]}>{document.declarantName}</Text>
      <SignatureCaption>Place and date, signature of authorised signatory</SignatureCaption>
    </View>
  );
}

function CertificationBox({ document }: { document: FormDDocument }) {
  return (
    <View style={[styles.box, { width: "50%" }]}>
      <BoxLabel number={12}>Certification</BoxLabel>
      <Text style={styles.body}>
        It is hereby certified, on the basis of control carried out, that the declaration by the exporter is correct.
      </Text>
      <View style={{ flexGrow: 1, minHeight: 10 }} />
      <Text style={[styles.value, { textAlign: "center" }]}>
        {document.certificationPlace}, {formatCertificateDate(document.issueDate)}
      </Text>
      <Text style={[styles.valueBold, { textAlign: "center" }]}>{document.certifyingOfficerName}</Text>
      <Text style={[styles.value, { textAlign: "center" }]}>{document.issuingOfficeName}</Text>
      <Text style={[styles.small, { textAlign: "center", marginTop: 2 }]}>
        Signed and sealed electronically (digital signature embedded in this PDF)
      </Text>
      <SignatureCaption>Place and date, signature and stamp of certifying authority</SignatureCaption>
    </View>
  );
}

function Box13({ flags }: { flags: FormDBox13Flags }) {
  return (
    <View style={[styles.box, { paddingBottom: 6 }]}>
      <BoxLabel number={13}>Tick where applicable</BoxLabel>
      <View style={[styles.row, { flexWrap: "wrap" }]}>
        {box13Labels.map(([flag, label]) => (
          <View key={flag} style={{ width: "25%" }}>
            <Tick checked={flags[flag]} label={label} />
          </View>
        ))}
      </View>
    </View>
  );
}

function ClosingBoxes({ document }: { document: FormDDocument }) {
  return (
    <View wrap={false}>
      <View style={[styles.row, { minHeight: 150, borderBottom: BORDER }]}>
        <DeclarationBox document={document} />
        <CertificationBox document={document} />
      </View>
      <Box13 flags={document.box13} />
    </View>
  );
}

function VerificationFooter({ document, qrCodeDataUrl }: { document: FormDDocument; qrCodeDataUrl: string }) {
  return (
    <View style={styles.footer} fixed>
      <Image style={styles.qrCode} src={qrCodeDataUrl} />
      <View style={{ flex: 1 }}>
        <Text style={styles.footerText}>Verify this certificate by scanning the QR code or at:</Text>
        <Text style={styles.footerTextBold}>{fitColumn(document.verificationUrl, 330, 8.5)}</Text>
        <Text style={[styles.footerText, { marginTop: 3 }]}>Verification code: {document.verificationCode}</Text>
      </View>
      <View style={{ width: 130 }}>
        <Text style={styles.footerRight}>Form D Reference No.</Text>
        <Text style={styles.footerRight}>{document.referenceNumber}</Text>
        <Text style={styles.pageNumber} pageTemplate={{ text: "Page {pageNumber} of {totalPages}" }} />
      </View>
    </View>
  );
}

function SpecimenMarking() {
  return (
    <>
      <Text style={styles.specimenBanner} fixed>
        {SPECIMEN_MARKING}
      </Text>
      <Text style={styles.specimenWatermark} fixed>
        {SPECIMEN_MARKING}
      </Text>
    </>
  );
}

/** The whole certificate as a React-PDF element tree; `document` must have passed prepareFormDForPrint. */
export function FormDTemplate({ document, qrCodeDataUrl }: { document: FormDDocument; qrCodeDataUrl: string }) {
  return (
    <Document
      title={`ATIGA Form D ${document.referenceNumber}`}
      author={document.issuingOfficeName}
      subject="Certificate of origin (ATIGA Form D)"
      creator="Lao e-CO"
      producer="Lao e-CO"
      language="en"
    >
      <Page size="A4" style={styles.page}>
        {document.specimen ? <SpecimenMarking /> : null}
        <View style={styles.form}>
          <TopBoxes document={document} />
          <ItemsTable document={document} />
          <ClosingBoxes document={document} />
        </View>
        <VerificationFooter document={document} qrCodeDataUrl={qrCodeDataUrl} />
      </Page>
    </Document>
  );
}

export type RenderFormDOptions = {
  /** Time allowed for one render in the worker; defaults to DEFAULT_RENDER_TIMEOUT_MS. */
  timeoutMs?: number;
  /** package.json path that react-pdf and the fonts resolve from; defaults to the one in the working directory. */
  resolveFrom?: string;
};

/**
 * Upper bound for one render, after which it counts as react-pdf's endless layout loop. On a
 * 2-core machine the largest printable document (50 items, every field at its limit, over 50 pages)
 * took about 2.5 s and a one-page certificate about 120 ms once the worker was warm.
 */
export const DEFAULT_RENDER_TIMEOUT_MS = 15_000;

/**
 * Render a Form D certificate to PDF bytes (unsigned). Throws AppError VALIDATION_FAILED when a
 * field does not fit the layout (see printable-form-d.ts) and RENDER_FAILED when react-pdf fails or
 * runs past the timeout.
 */
export async function renderFormD(document: FormDDocument, options: RenderFormDOptions = {}): Promise<Buffer> {
  const prepared = prepareFormDForPrint(document);
  const qrCodeDataUrl = await createQrCodeDataUrl(prepared.verificationUrl);
  const [tree] = toPdfTree(<FormDTemplate document={prepared} qrCodeDataUrl={qrCodeDataUrl} />, {
    transformText: markLineBreaks,
  });
  return renderPdfTree(
    tree,
    { fonts: certificateFonts(options.resolveFrom), timeoutMs: options.timeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS },
    options.resolveFrom,
  );
}
