/**
 * The whole Form D path through the built app. An exporter fills the wizard in Lao, with one step
 * in English, and an officer approves. The signed PDF is checked with poppler, qpdf and zbar, and
 * its QR code opens the public verification page on a phone-size screen.
 *
 * The tests run in order and share the application, the PDF and its verification URL.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import {
  changeOneSignedByte,
  decodeBarcodes,
  makeTempDir,
  pdfsig,
  pdftotext,
  qpdfCheck,
  removeTempDir,
  renderPagesToPng,
  writePdf,
} from "../lib/testing/pdf-tools";
import { baseURL } from "../playwright.config";
import { demo, en, lo, saveAndContinue, signIn, signOut, vientianeDate, type Messages } from "./support/app";

test.describe.configure({ mode: "serial" });

const consignee = {
  name: "Siam Roasters Co., Ltd.",
  address: "88 Sukhumvit Soi 21, Khlong Toei Nuea, Watthana, Bangkok 10110",
};
const departureDate = vientianeDate(10);
const invoiceDate = vientianeDate(9);
const invoiceNumber = "NK-INV-2026-0117";
const vehiclePlate = "VT 4567";
const items = [
  { description: "Roasted coffee beans, not decaffeinated, Arabica, NAM KHAM brand", hsCode: "0901.21", criterion: "72%" },
  { description: "Green coffee beans, not roasted, Robusta", hsCode: "0901.11", criterion: "WO" },
];

let tempDir = "";
let applicationId = "";
let referenceNumber = "";
let pdfFile = "";
let verificationUrl = "";

test.beforeAll(async () => {
  tempDir = await makeTempDir("lao-eco-e2e-");
});

test.afterAll(async () => {
  if (tempDir) await removeTempDir(tempDir);
});

function itemGroup(page: Page, messages: Messages, number: number): Locator {
  return page.getByRole("group", { name: messages.formD.itemNumber.replace("{number}", String(number)), exact: true });
}

/** Check that a field shows `message` as its error: marked invalid and described by the text. */
async function expectFieldError(field: Locator, message: string): Promise<void> {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
}

async function expectNoFieldError(field: Locator): Promise<void> {
  await expect(field).not.toHaveAttribute("aria-invalid", "true");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

async function switchLanguage(page: Page, from: Messages, to: Messages, buttonName: string): Promise<void> {
  await page.getByRole("group", { name: from.common.language }).getByRole("button", { name: buttonName }).click();
  await expect(page.getByRole("group", { name: to.common.language })).toBeVisible();
}

test("exporter fills and submits the Form D wizard", async ({ page }) => {
  await signIn(page, demo.exporter, lo, "/exporter");
  await expect(page.locator("html")).toHaveAttribute("lang", "lo");
  await expect(page.getByRole("heading", { name: lo.exporterDashboard.title, level: 1 })).toBeVisible();

  await test.step("consignee", async () => {
    await page.getByRole("button", { name: lo.exporterDashboard.newApplication }).click();
    await expect(page).toHaveURL(/\/exporter\/applications\/[^/]+\/consignee$/);
    applicationId = /\/applications\/([^/]+)\//.exec(page.url())?.[1] ?? "";
    expect(applicationId).not.toBe("");

    // Saving an empty step marks the required fields in Lao and stays on the step.
    await page.getByRole("button", { name: lo.wizard.saveAndContinue }).click();
    await expectFieldError(page.getByLabel(lo.formD.consigneeName), lo.validation.required);
    await expect(page).toHaveURL(/\/consignee$/);

    await page.getByLabel(lo.formD.consigneeName).fill(consignee.name);
    await page.getByLabel(lo.formD.consigneeAddress).fill(consignee.address);
    await page.getByLabel(lo.formD.importingCountry).selectOption("TH");
    await expectNoFieldError(page.getByLabel(lo.formD.consigneeName));
    await saveAndContinue(page, lo, "transport");
  });

  await test.step("transport", async () => {
    await page.getByLabel(lo.formD.departureDate).fill(departureDate);
    await page.getByLabel(lo.formD.transportMode).selectOption("road");
    await page.getByLabel(lo.formD.vehicleOrVessel).fill(vehiclePlate);
    await page.getByText(lo.formD.commonPlaces).click();
    await page.getByRole("button", { name: "ວັງເຕົ່າ, ຈຳປາສັກ" }).click();
    await expect(page.getByLabel(lo.formD.portOfLoading)).toHaveValue("Vang Tao, Champasak");
    await page.getByLabel(lo.formD.portOfDischarge).fill("Bangkok");
    await saveAndContinue(page, lo, "goods");
  });

  const first = itemGroup(page, lo, 1);
  await test.step("goods item 1 with field validation", async () => {
    await first.getByLabel(lo.formD.description).fill(items[0].description);

    // HS code chosen through the search by words.
    const hsField = first.getByRole("combobox", { name: lo.formD.hsCode });
    await hsField.fill("roasted");
    await first.getByRole("option", { name: /0901\.21/ }).click();
    await expect(hsField).toHaveValue("0901.21");

    await first.getByLabel(lo.formD.originCriterion).fill(items[0].criterion);
    await first.getByLabel(lo.formD.marksAndNumbers).fill("NK/TH/01-42");
    await first.getByLabel(lo.formD.packageCount).fill("42");
    await first.getByLabel(lo.formD.packageKind).selectOption("XBG");
    await first.getByLabel(lo.formD.quantityUnit).selectOption("KGM");

    // An empty gross weight is "required", not a zero.
    const quantity = first.getByLabel(lo.formD.quantity);
    await quantity.focus();
    await quantity.blur();
    await expectFieldError(quantity, lo.validation.required);
    await expect(quantity).not.toHaveAccessibleDescription(new RegExp(escapeRegExp(lo.validation.mustBePositive)));

    const fob = first.getByLabel(lo.formD.fobValue);
    await fob.fill("1234.565");
    await fob.blur();
    await expectFieldError(fob, lo.validation.tooManyDecimals);
    await fob.fill("12O4");
    await expectFieldError(fob, lo.validation.invalidNumber);

    // Saving with errors keeps the step and everything typed.
    await page.getByRole("button", { name: lo.wizard.saveAndContinue }).click();
    await expect(page).toHaveURL(/\/goods$/);
    await expectFieldError(quantity, lo.validation.required);
    await expectFieldError(fob, lo.validation.invalidNumber);
    await expect(first.getByLabel(lo.formD.description)).toHaveValue(items[0].description);
    await expect(hsField).toHaveValue("0901.21");
    await expect(first.getByLabel(lo.formD.originCriterion)).toHaveValue("72%");
    await expect(first.getByLabel(lo.formD.marksAndNumbers)).toHaveValue("NK/TH/01-42");
    await expect(first.getByLabel(lo.formD.packageCount)).toHaveValue("42");
    await expect(fob).toHaveValue("12O4");
  });

  await test.step("switch to English and back keeps values and translates errors", async () => {
    await switchLanguage(page, lo, en, "English");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const firstEn = itemGroup(page, en, 1);
    await expectFieldError(firstEn.getByLabel(en.formD.quantity), en.validation.required);
    await expectFieldError(firstEn.getByLabel(en.formD.fobValue), en.validation.invalidNumber);
    await expect(firstEn.getByLabel(en.formD.description)).toHaveValue(items[0].description);
    await expect(firstEn.getByLabel(en.formD.fobValue)).toHaveValue("12O4");

    await switchLanguage(page, en, lo, "ລາວ");
    await expect(page.locator("html")).toHaveAttribute("lang", "lo");
    await expectFieldError(first.getByLabel(lo.formD.fobValue), lo.validation.invalidNumber);
  });

  await test.step("goods: correct the errors and add item 2", async () => {
    const quantity = first.getByLabel(lo.formD.quantity);
    await quantity.fill("1,050");
    await expectNoFieldError(quantity);
    // Throwaway FOB values that check normalisation. The final values are set further down.
    const fob = first.getByLabel(lo.formD.fobValue);
    await fob.fill("1,234.56");
    await expectNoFieldError(fob);

    await page.getByRole("button", { name: lo.formD.addItem }).click();
    const second = itemGroup(page, lo, 2);
    await second.getByLabel(lo.formD.description).fill(items[1].description);
    const hsField = second.getByRole("combobox", { name: lo.formD.hsCode });
    await hsField.fill("0901.11");
    await hsField.press("Escape");
    await second.getByLabel(lo.formD.originCriterion).fill(items[1].criterion);
    await second.getByLabel(lo.formD.marksAndNumbers).fill("NK/TH/43-60");
    await second.getByLabel(lo.formD.packageCount).fill("18");
    await second.getByLabel(lo.formD.packageKind).selectOption("XBG");
    await second.getByLabel(lo.formD.quantity).fill("900");
    await second.getByLabel(lo.formD.quantityUnit).selectOption("KGM");
    await second.getByLabel(lo.formD.fobValue).fill("1234.10");
  });

  await test.step("back to transport and forward keeps every value", async () => {
    await page.getByRole("link", { name: lo.wizard.back, exact: true }).click();
    await expect(page).toHaveURL(/\/transport$/);
    await expect(page.getByLabel(lo.formD.departureDate)).toHaveValue(departureDate);
    await expect(page.getByLabel(lo.formD.transportMode)).toHaveValue("road");
    await expect(page.getByLabel(lo.formD.vehicleOrVessel)).toHaveValue(vehiclePlate);
    await expect(page.getByLabel(lo.formD.portOfLoading)).toHaveValue("Vang Tao, Champasak");
    await expect(page.getByLabel(lo.formD.portOfDischarge)).toHaveValue("Bangkok");
    await saveAndContinue(page, lo, "goods");

    const second = itemGroup(page, lo, 2);
    await expect(first.getByLabel(lo.formD.description)).toHaveValue(items[0].description);
    await expect(first.getByRole("combobox", { name: lo.formD.hsCode })).toHaveValue("0901.21");
    await expect(first.getByLabel(lo.formD.originCriterion)).toHaveValue("72%");
    await expect(first.getByLabel(lo.formD.quantity)).toHaveValue("1,050");
    await expect(first.getByLabel(lo.formD.quantityUnit)).toHaveValue("KGM");
    await expect(first.getByLabel(lo.formD.fobValue)).toHaveValue("1,234.56");
    await expect(second.getByLabel(lo.formD.description)).toHaveValue(items[1].description);
    await expect(second.getByRole("combobox", { name: lo.formD.hsCode })).toHaveValue("0901.11");
    await expect(second.getByLabel(lo.formD.originCriterion)).toHaveValue("WO");
    await expect(second.getByLabel(lo.formD.packageCount)).toHaveValue("18");
    await expect(second.getByLabel(lo.formD.fobValue)).toHaveValue("1234.10");
    await saveAndContinue(page, lo, "invoice");
  });

  await test.step("saved amounts come back normalised, with trailing zeros", async () => {
    // A full page load drops the unsaved drafts, so the fields show what the server stored.
    await page.goto(`/exporter/applications/${applicationId}/goods`);
    const second = itemGroup(page, lo, 2);
    await expect(first.getByLabel(lo.formD.fobValue)).toHaveValue("1234.56");
    await expect(second.getByLabel(lo.formD.fobValue)).toHaveValue("1234.10");
    await expect(first.getByLabel(lo.formD.quantity)).toHaveValue(/^1050(\.0+)?$/);

    await first.getByLabel(lo.formD.fobValue).fill("10,000.00");
    await second.getByLabel(lo.formD.fobValue).fill("");
    await saveAndContinue(page, lo, "invoice");
  });

  await test.step("invoice and Box 13", async () => {
    await page.getByLabel(lo.formD.invoiceNumber).fill(invoiceNumber);
    const date = page.getByLabel(lo.formD.invoiceDate);
    await date.fill(vientianeDate(11));
    await date.blur();
    // The message names the departure date; match the text before it.
    await expectFieldError(date, lo.validation.invoiceAfterDeparture.split("{departureDate}")[0]);
    await date.fill(invoiceDate);
    await expectNoFieldError(date);
    await page.getByLabel(lo.formD.box13.accumulation, { exact: true }).check();
    await saveAndContinue(page, lo, "review");
  });

  await test.step("review", async () => {
    const details = page.getByTestId("application-details");
    await expect(details).toContainText(demo.exporterNameLo);
    await expect(details).toContainText(consignee.name);
    await expect(details).toContainText(consignee.address);
    await expect(details).toContainText("ໄທ");
    await expect(details).toContainText(vehiclePlate);
    await expect(details).toContainText("Vang Tao, Champasak");
    await expect(details).toContainText(invoiceNumber);
    await expect(details).toContainText(lo.formD.box13.accumulation);

    const reviewItem1 = details.getByTestId("item-1");
    await expect(reviewItem1).toContainText(items[0].description);
    await expect(reviewItem1).toContainText("0901.21");
    await expect(reviewItem1).toContainText("72%");
    await expect(reviewItem1).toContainText("USD 10,000.00");
    await expect(reviewItem1).toContainText("1,050");
    const reviewItem2 = details.getByTestId("item-2");
    await expect(reviewItem2).toContainText("0901.11");
    await expect(reviewItem2).toContainText("WO");
    await expect(reviewItem2).toContainText(lo.details.notStated);

    await page.getByRole("button", { name: lo.wizard.continueToDeclaration }).click();
    await expect(page).toHaveURL(/\/declaration$/);
  });

  await test.step("declaration and submit", async () => {
    await page.getByLabel(lo.formD.declarationPlace).fill("VIENTIANE");
    await page.getByLabel(lo.formD.declarantName).fill("Bounmy Phetsavong");
    await page.getByRole("button", { name: lo.wizard.submit }).click();
    const accept = page.getByLabel(lo.formD.accept);
    await expectFieldError(accept, lo.validation.mustAccept);
    await expect(page.getByLabel(lo.formD.declarationPlace)).toHaveValue("VIENTIANE");

    await accept.check();
    await page.getByRole("button", { name: lo.wizard.submit }).click();
    await expect(page).toHaveURL(new RegExp(`/exporter/applications/${applicationId}\\?submitted=1$`));
    await expect(page.getByTestId("submitted-notice")).toContainText(lo.applicationPage.submittedTitle);
  });

  await signOut(page, lo);
});

test("officer reviews, approves and downloads the signed PDF", async ({ page }) => {
  test.skip(!applicationId, "needs the application submitted by the previous test");
  await signIn(page, demo.officer, lo, "/officer");
  await expect(page.getByRole("heading", { name: lo.officerQueue.title, level: 1 })).toBeVisible();

  const row = page.getByRole("row").filter({ hasText: consignee.name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("ໄທ");
  await row.getByRole("link", { name: lo.officerQueue.review }).click();
  await expect(page).toHaveURL(new RegExp(`/officer/applications/${applicationId}$`));

  const details = page.getByTestId("application-details");
  await expect(details).toContainText(demo.exporterNameLo);
  await expect(details).toContainText(consignee.name);
  await expect(details).toContainText(consignee.address);
  await expect(details).toContainText(vehiclePlate);
  await expect(details).toContainText("Vang Tao, Champasak");
  await expect(details).toContainText(invoiceNumber);
  await expect(details).toContainText(lo.formD.box13.accumulation);
  await expect(details.getByTestId("item-1")).toContainText("0901.21");
  await expect(details.getByTestId("item-1")).toContainText("72%");
  await expect(details.getByTestId("item-1")).toContainText("USD 10,000.00");
  await expect(details.getByTestId("item-2")).toContainText("0901.11");
  await expect(details.getByTestId("item-2")).toContainText("WO");

  const history = page.getByTestId("status-history");
  await expect(history.getByTestId("history-submitted")).toContainText(lo.statusHistory.events.submitted);
  await expect(history.getByTestId("history-submitted")).toContainText("Bounmy Phetsavong");
  await expect(history.getByTestId("history-issued")).toHaveCount(0);

  await expect(page.getByRole("heading", { name: lo.officerReview.title, level: 1 })).toBeVisible();

  // Issuing cannot be undone, so the first click only asks for confirmation, which can be cancelled.
  await page.getByRole("button", { name: lo.officerReview.approve }).click();
  const confirmation = page.getByTestId("confirm-issue");
  await expect(confirmation).toContainText(lo.officerReview.confirmBody);
  await confirmation.getByRole("button", { name: lo.officerReview.cancel }).click();
  await expect(confirmation).toHaveCount(0);
  await expect(page.getByTestId("issue-result")).toHaveCount(0);

  await page.getByRole("button", { name: lo.officerReview.approve }).click();
  await confirmation.getByRole("button", { name: lo.officerReview.confirmIssue }).click();
  // The refreshed page shows the issued certificate in place of the decision buttons.
  const summary = page.getByTestId("issue-result");
  await expect(summary).toBeVisible({ timeout: 60_000 });
  referenceNumber = (await summary.getByTestId("issued-reference").innerText()).trim();
  // LA-{importing country} {YY}/{office code}/{serial}, with the Vientiane Capital office "VTE".
  expect(referenceNumber).toMatch(new RegExp(`^LA-TH ${vientianeDate(0).slice(2, 4)}/VTE/\\d{5,}$`));
  await expect(page.getByRole("button", { name: lo.officerReview.approve })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: lo.officerReview.issuedTitle, level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: lo.officerReview.title, level: 1 })).toHaveCount(0);
  await expect(history.getByTestId("history-issued")).toContainText(lo.statusHistory.events.issued);
  await expect(history.getByTestId("history-issued")).toContainText("Vilayphone Keomany");

  const downloadEvent = page.waitForEvent("download");
  await summary.getByRole("link", { name: lo.officerReview.downloadPdf }).click();
  const download = await downloadEvent;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  pdfFile = path.join(tempDir, "certificate.pdf");
  await download.saveAs(pdfFile);

  await test.step("the issued application leaves the queue for the issued list", async () => {
    await page.goto("/officer");
    await expect(page.getByRole("heading", { name: lo.officerQueue.title, level: 1 })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: consignee.name })).toHaveCount(0);

    await page.getByRole("navigation", { name: lo.officerQueue.tabsLabel }).getByRole("link", { name: lo.officerQueue.tabs.issued }).click();
    await expect(page).toHaveURL(/\/officer\?status=issued$/);
    await expect(page.getByRole("heading", { name: lo.officerQueue.issuedTitle, level: 1 })).toBeVisible();
    const issuedRow = page.getByRole("row").filter({ hasText: consignee.name });
    await expect(issuedRow).toHaveCount(1);
    await expect(issuedRow).toContainText(referenceNumber);
    await expect(issuedRow.getByRole("link", { name: new RegExp(`^${escapeRegExp(lo.officerQueue.downloadPdf)}`) })).toHaveAttribute(
      "href",
      /^\/api\/certificates\/[^/]+\/pdf$/,
    );
    await issuedRow.getByRole("link", { name: lo.officerQueue.open }).click();
    await expect(page).toHaveURL(new RegExp(`/officer/applications/${applicationId}$`));
    await expect(page.getByTestId("issued-reference")).toHaveText(referenceNumber);
  });

  await signOut(page, lo);
});

test("downloaded PDF is signed and carries the reference and QR", async () => {
  test.skip(!pdfFile, "needs the PDF downloaded by the previous test");
  const pdf = await readFile(pdfFile);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const signature = await pdfsig(pdfFile);
  expect(signature).toContain("Signature is Valid");
  expect(signature).toContain("Total document signed");
  expect((await qpdfCheck(pdfFile)).exitCode).not.toBe(2);

  const text = (await pdftotext(pdfFile)).normalize("NFC");
  expect(text.replace(/[ \t]+/g, " ")).toContain(referenceNumber);
  expect(text).toContain(demo.exporterNameLo.normalize("NFC"));
  expect(text).toContain(consignee.name);

  const images = await renderPagesToPng(pdfFile, tempDir, 200);
  expect(images.length).toBeGreaterThan(0);
  const codes = await decodeBarcodes(images[0]);
  expect(codes).toHaveLength(1);
  expect(codes[0]).toMatch(new RegExp(`^${escapeRegExp(baseURL)}/verify/[0-9A-HJKMNP-TV-Z]{28}$`));
  verificationUrl = codes[0];
  // The printed URL under the QR code is the same one. Layout mode keeps a hyphen at the end of a
  // line, which pdftotext's default mode removes as word hyphenation.
  const layoutText = await pdftotext(pdfFile, { layout: true });
  expect(layoutText).toContain(verificationUrl);
  // Beside it, the same token grouped in fours for a person to type.
  const token = verificationUrl.split("/verify/")[1];
  expect(layoutText).toContain(`Verification code: ${token.match(/.{4}/g)?.join("-")}`);

  const { tampered } = changeOneSignedByte(pdf);
  const tamperedFile = await writePdf(tempDir, "tampered.pdf", tampered);
  const tamperedSignature = await pdfsig(tamperedFile);
  expect(tamperedSignature).not.toContain("Signature is Valid");
  expect(tamperedSignature).toContain("Digest Mismatch");
});

test("QR URL opens the public page on a phone", async ({ browser }) => {
  test.skip(!verificationUrl, "needs the verification URL read from the QR code");
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    // A Lao browser still gets the English page: English is the default for verifiers abroad.
    locale: "lo-LA",
  });
  const page = await context.newPage();
  try {
    const response = await page.goto(verificationUrl);
    expect(response?.status()).toBe(200);

    await expect(page.getByTestId("verify-status")).toContainText(en.verify.status.valid);
    await expect(page.getByTestId("verify-reference")).toHaveText(referenceNumber);
    const token = verificationUrl.split("/verify/")[1];
    await expect(page.getByTestId("verify-code")).toHaveText(token.match(/.{4}/g)?.join("-") ?? "");
    const main = page.getByRole("main");
    await expect(main).toContainText(consignee.name);
    await expect(main).toContainText("Thailand");
    await expect(page.getByTestId("verify-item-1")).toContainText(items[0].description);
    await expect(page.getByTestId("verify-item-1")).toContainText("0901.21");
    await expect(page.getByTestId("verify-item-1")).toContainText("72%");
    await expect(page.getByTestId("verify-item-2")).toContainText("0901.11");
    await expect(page.getByTestId("verify-item-2")).toContainText("WO");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.getByRole("link", { name: en.verify.otherLanguage }).click();
    await expect(page).toHaveURL(/\?lang=lo$/);
    await expect(page.getByTestId("verify-status")).toContainText(lo.verify.status.valid);
    await expect(page.getByTestId("verify-reference")).toHaveText(referenceNumber);
    await expect(page.getByRole("main")).toContainText("ໄທ");
    await expect(page.getByRole("main")).toContainText(lo.verify.originCriterion);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  } finally {
    await context.close();
  }
});

test("unknown verification token gives a 404 page", async ({ browser }) => {
  test.skip(!verificationUrl, "needs a real token to derive an unknown one from");
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  try {
    const token = verificationUrl.split("/verify/")[1];
    // Same length and alphabet as a real token, so only the lookup can reject it.
    const unknownToken = `${token.slice(0, -4)}${token.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    for (const candidate of [unknownToken, "does-not-exist"]) {
      const response = await page.goto(`${baseURL}/verify/${candidate}`);
      expect(response?.status()).toBe(404);
      const body = await page.locator("body").innerText();
      // The page states it in both languages, because a verifier's language is not known.
      expect(body).toContain(en.verify.notFoundTitle);
      expect(body).toContain(lo.verify.notFoundTitle);
      for (const secret of [referenceNumber, consignee.name, demo.exporterNameEn, demo.exporterNameLo, "0901"]) {
        expect(body).not.toContain(secret);
      }
      // The verification header, a way home and the box for another link, in English by default.
      await expect(page.getByRole("banner")).toContainText(en.verify.title);
      await expect(page.getByRole("link", { name: new RegExp(escapeRegExp(en.verify.homeLink)) })).toHaveAttribute("href", "/");
      await expect(page.getByLabel(new RegExp(escapeRegExp(en.verify.linkLabel)))).toBeVisible();

      const pdf = await page.request.get(`${baseURL}/verify/${candidate}/pdf`);
      expect(pdf.status()).toBe(404);
      expect(pdf.headers()["content-type"]).toContain("text/plain");
      const pdfText = await pdf.text();
      expect(pdfText).toContain(en.verify.notFoundTitle);
      expect(pdfText).toContain(lo.verify.notFoundTitle);

      const api = await page.request.get(`${baseURL}/api/verify/${candidate}`);
      expect(api.status()).toBe(404);
      expect(await api.json()).toEqual({ error: "NOT_FOUND" });
    }

    // The box on the not-found page opens the verification page of a pasted link.
    await page.getByLabel(new RegExp(escapeRegExp(en.verify.linkLabel))).fill(verificationUrl);
    await page.getByRole("button", { name: new RegExp(escapeRegExp(en.verify.verifyButton)) }).click();
    await expect(page.getByTestId("verify-reference")).toHaveText(referenceNumber);

    // A code typed from paper in lower case, with I for 1 and O for 0, reaches the canonical URL.
    const typedCode = (token.match(/.{4}/g) ?? []).join("-").toLowerCase().replaceAll("1", "i").replaceAll("0", "o");
    await page.goto(`${baseURL}/verify/does-not-exist`);
    await page.getByLabel(new RegExp(escapeRegExp(en.verify.linkLabel))).fill(typedCode);
    await page.getByRole("button", { name: new RegExp(escapeRegExp(en.verify.verifyButton)) }).click();
    await expect(page).toHaveURL(`${baseURL}/verify/${token}`);
    await expect(page.getByTestId("verify-reference")).toHaveText(referenceNumber);
  } finally {
    await context.close();
  }
});
