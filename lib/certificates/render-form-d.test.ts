import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { largestFormDDocument, sampleFormDDocument } from "../testing/form-d-fixtures";
import {
  decodeBarcodes,
  makeTempDir,
  pdffonts,
  pdftotext,
  pdftotextBoundingBoxes,
  removeTempDir,
  renderPagesToPng,
  writePdf,
} from "../testing/pdf-tools";
import type { FormDDocument } from "./form-d-document";
import { PAGE_MARGIN_X } from "./form-d-styles";
import { MAX_PRINTED_ITEMS, documentTextRules, itemTextRules } from "./printable-form-d";
import { SPECIMEN_MARKING, renderFormD } from "./render-form-d";

const laoLetter = /\p{Script=Lao}/u;
/** Right edge of Box 1 in points: the page margin plus 55% of the 547.28 pt content width. */
const BOX_1_RIGHT_EDGE = PAGE_MARGIN_X + 0.55 * (595.28 - 2 * PAGE_MARGIN_X);

/** 120 Lao characters with no space, as an address typed in Lao would be. */
const longLaoAddress = "ບ້ານໂພນສະຫວ່າງເມືອງປາກເຊແຂວງຈຳປາສັກສາທາລະນະລັດປະຊາທິປະໄຕປະຊາຊົນລາວ".repeat(2).slice(0, 120);

type Word = { text: string; xMin: number; xMax: number; yMin: number };

function parseWords(boundingBoxHtml: string): Word[] {
  const pattern = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g;
  return Array.from(boundingBoxHtml.matchAll(pattern), (match) => ({
    xMin: Number(match[1]),
    yMin: Number(match[2]),
    xMax: Number(match[3]),
    text: match[4],
  }));
}

function pageCount(text: string): number {
  // pdftotext ends every page with a form feed.
  return text.split("\f").length - 1;
}

describe("renderFormD", () => {
  let directory: string;
  let document: FormDDocument;
  let file: string;
  let text: string;

  before(async () => {
    directory = await makeTempDir();
    document = sampleFormDDocument({ exporterAddress: longLaoAddress });
    file = await writePdf(directory, "form-d.pdf", await renderFormD(document));
    text = await pdftotext(file);
  });

  after(async () => {
    await removeTempDir(directory);
  });

  it("fits the sample on one page", () => {
    assert.equal(pageCount(text), 1);
  });

  it("prints the reference number and names", () => {
    assert.match(text, /LA-TH 27\/CPS\/00042/);
    assert.match(text, /Nam Kham Coffee Co\., Ltd\./);
    assert.match(text, /Siam Bean Trading Co\., Ltd\./);
  });

  it("extracts the Lao name unchanged", () => {
    // Measured with poppler 22.12: Phetsarath maps each Lao code point to its own glyph with a
    // ToUnicode entry, ຳ (U+0EB3) included, so the extracted text has the same code points in the
    // same order. NFC is applied to both sides so that a canonically equivalent order still matches.
    const expected = "ບໍລິສັດ ນ້ຳຄຳ ກາເຟ ຈຳກັດ".normalize("NFC");
    assert.ok(text.normalize("NFC").includes(expected), `Lao name missing from:\n${text}`);
  });

  it("embeds the Lao font", async () => {
    assert.match(await pdffonts(file), /Phetsarath/);
  });

  it("prints the whole Lao address", () => {
    const withoutWhitespace = text.replace(/\s+/g, "");
    assert.ok(withoutWhitespace.includes(longLaoAddress), "Lao address text is complete");
  });

  it("wraps the Lao address inside Box 1", async () => {
    const laoWords = parseWords(await pdftotextBoundingBoxes(file)).filter((word) => laoLetter.test(word.text));
    assert.ok(laoWords.length > 0, "Lao words found");
    for (const word of laoWords) {
      assert.ok(word.xMax <= BOX_1_RIGHT_EDGE, `"${word.text}" ends at ${word.xMax} pt, right of Box 1 (${BOX_1_RIGHT_EDGE} pt)`);
    }
    const lines = new Set(laoWords.map((word) => Math.round(word.yMin)));
    // One line for the Lao company name and at least two for the 120-character address.
    assert.ok(lines.size >= 3, `Lao text on ${lines.size} lines`);
  });

  it("prints Box 9 quantity and FOB", () => {
    assert.match(text, /1,050 KGM/);
    assert.match(text, /FOB USD 10,000\.00/);
    assert.match(text, /2,400 KGM/);
  });

  it("omits FOB for the WO item", () => {
    assert.equal(text.match(/FOB USD/g)?.length, 1);
  });

  it("prints dates with the month spelled out", () => {
    assert.match(text, /15 January 2027/);
    assert.match(text, /Pakse, 14 January 2027/);
  });

  it("prints the declaration and certification", () => {
    const flat = text.replace(/\s+/g, " ");
    assert.match(flat, /The undersigned hereby declares that the above details and statement are correct/);
    assert.match(flat, /It is hereby certified, on the basis of control carried out, that the declaration by the exporter is correct\./);
    assert.match(flat, /exported to THAILAND/);
  });

  it("ticks only the accumulation box", () => {
    const ticked = text.split("\n").filter((line) => /\bX\s+\S/.test(line));
    assert.equal(ticked.length, 1, `ticked lines: ${ticked.join(" | ")}`);
    assert.match(ticked[0], /X\s+Accumulation/);
  });

  it("prints the verification URL and code", () => {
    assert.ok(text.includes(document.verificationUrl));
    assert.match(text, /Verification code: 7KX2-MPZ9/);
  });

  it("encodes the verification URL as a QR code", async () => {
    const images = await renderPagesToPng(file, directory, 150);
    assert.equal(images.length, 1);
    assert.deepEqual(await decodeBarcodes(images[0]), [document.verificationUrl]);
  });

  it("has no specimen marking by default", () => {
    assert.doesNotMatch(text, /SPECIMEN/);
  });
});

describe("renderFormD variants", () => {
  let directory: string;

  before(async () => {
    directory = await makeTempDir();
  });

  after(async () => {
    await removeTempDir(directory);
  });

  async function renderText(document: FormDDocument, name: string): Promise<string> {
    return pdftotext(await writePdf(directory, name, await renderFormD(document)));
  }

  it("marks a specimen", async () => {
    const text = await renderText(sampleFormDDocument({ specimen: true }), "specimen.pdf");
    assert.ok(text.includes(SPECIMEN_MARKING));
  });

  it("keeps the FOB trailing zero", async () => {
    const base = sampleFormDDocument();
    const items = [{ ...base.items[0], fobValue: "1234.10" }, base.items[1]];
    const text = await renderText({ ...base, items }, "fob.pdf");
    assert.match(text, /FOB USD 1,234\.10/);
  });

  it("continues items on further pages", async () => {
    const base = sampleFormDDocument();
    const items = Array.from({ length: 30 }, (_, index) => ({ ...base.items[index % 2], itemNumber: index + 1 }));
    const text = await renderText({ ...base, items }, "many-items.pdf");
    const pages = pageCount(text);
    assert.ok(pages >= 3, `${pages} pages`);
    const pageTexts = text.split("\f").slice(0, pages);
    pageTexts.forEach((pageText, index) => {
      assert.match(pageText, new RegExp(`Page ${index + 1} of ${pages}`));
    });
    // The items header repeats on every page the table reaches; Boxes 11-13 may start a page of their own.
    pageTexts.slice(0, pages - 1).forEach((pageText, index) => {
      assert.match(pageText, /5\. Item\s+number/, `items header on page ${index + 1}`);
    });
    assert.match(pageTexts[pages - 1], /12\. Certification/);
  });

  it("prints the third-country invoicer", async () => {
    const text = await renderText(
      sampleFormDDocument({ thirdCountryInvoicer: { name: "Coffee Traders Pte. Ltd.", country: "SINGAPORE" } }),
      "invoicer.pdf",
    );
    assert.match(text.replace(/\s+/g, " "), /Third-country invoice issued by Coffee Traders Pte\. Ltd\., SINGAPORE/);
  });

  it("renders every field at its maximum", async () => {
    // Five items are enough: each item starts its own rows, so more items only add pages.
    const document = largestFormDDocument({ documentTextRules, itemTextRules, maxItems: 5 });
    const started = performance.now();
    const text = await renderText(document, "largest.pdf");
    const elapsedMs = performance.now() - started;
    assert.ok(pageCount(text) > 1);
    assert.match(text, /Page 1 of/);
    assert.ok(elapsedMs < 10_000, `rendered in ${Math.round(elapsedMs)} ms`);
    assert.ok(MAX_PRINTED_ITEMS >= 5);
  });

  it("rejects a field over its limit", async () => {
    const document = sampleFormDDocument({ exporterName: "N".repeat(201) });
    await assert.rejects(renderFormD(document), (error: { code: string; issues: unknown[] }) => {
      assert.equal(error.code, "VALIDATION_FAILED");
      assert.deepEqual(error.issues, [{ path: "exporterName", code: "tooLong", params: { max: 200 } }]);
      return true;
    });
  });
});
