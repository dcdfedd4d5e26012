/**
 * Who may open what: signed-out visitors, an exporter on officer pages, and what the public
 * verification JSON gives away.
 */
import { expect, request, test } from "@playwright/test";
import { decodeBarcodes, makeTempDir, removeTempDir, renderPagesToPng, writePdf } from "../lib/testing/pdf-tools";
import { baseURL } from "../playwright.config";
import { approveAsOfficer, demo, lo, signIn, signOut, submitQuickApplication } from "./support/app";

test.describe.configure({ mode: "serial" });

const consigneeName = "Scope Check Trading Co., Ltd.";
let applicationId = "";
let pdfPath = "";

test("signed-out visitor is sent to sign-in", async ({ page }) => {
  for (const protectedPath of ["/exporter", "/exporter/applications/00000000-0000-4000-8000-000000000000/consignee", "/officer", "/admin"]) {
    await page.goto(protectedPath);
    await expect(page).toHaveURL(/\/sign-in(\?|$)/);
    await expect(page.getByRole("button", { name: lo.signIn.submit })).toBeVisible();
  }

  const hsSearch = await page.request.get("/api/hs?q=coffee");
  expect(hsSearch.status()).toBe(401);
});

test("exporter is refused officer pages", async ({ page }) => {
  await signIn(page, demo.exporter, lo, "/exporter");
  applicationId = await submitQuickApplication(page, { consigneeName, description: "Green coffee beans, not roasted" });

  for (const officerPath of ["/officer", `/officer/applications/${applicationId}`, "/admin"]) {
    await page.goto(officerPath);
    await expect(page).toHaveURL(/\/exporter$/);
    await expect(page.getByRole("heading", { name: lo.officerQueue.title })).toHaveCount(0);
    await expect(page.getByRole("button", { name: lo.officerReview.approve })).toHaveCount(0);
  }
  await signOut(page, lo);
});

test("verify JSON returns only the public minimum", async ({ page }) => {
  test.skip(!applicationId, "needs the application submitted by the previous test");
  await signIn(page, demo.officer, lo, "/officer");
  const referenceNumber = await approveAsOfficer(page, applicationId);

  pdfPath = (await page.getByTestId("issue-result").getByRole("link", { name: lo.officerReview.downloadPdf }).getAttribute("href")) ?? "";
  expect(pdfPath).toMatch(/^\/api\/certificates\/[^/]+\/pdf$/);
  const pdfResponse = await page.request.get(pdfPath);
  expect(pdfResponse.status()).toBe(200);

  // The token is read from the QR code, as a customs officer abroad would get it.
  const directory = await makeTempDir("lao-eco-e2e-scope-");
  let token = "";
  try {
    const pdfFile = await writePdf(directory, "certificate.pdf", await pdfResponse.body());
    const [firstPage] = await renderPagesToPng(pdfFile, directory, 200);
    const [url] = await decodeBarcodes(firstPage);
    token = /\/verify\/([0-9A-HJKMNP-TV-Z]{28})$/.exec(url ?? "")?.[1] ?? "";
  } finally {
    await removeTempDir(directory);
  }
  expect(token).not.toBe("");
  await signOut(page, lo);

  const anonymous = await request.newContext({ baseURL });
  try {
    const response = await anonymous.get(`/api/verify/${token}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("no-store");
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(
      ["consignee", "exporter", "formType", "importingCountry", "issueDate", "issuingOffice", "items", "referenceNumber", "specimen", "status", "validUntil"].sort(),
    );
    expect(body.referenceNumber).toBe(referenceNumber);
    expect(body.status).toBe("valid");
    expect(body.formType).toBe("D");
    expect(body.consignee).toBe(consigneeName);
    expect(body.importingCountry).toBe("TH");
    expect(body.issueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.validUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.validUntil > body.issueDate).toBe(true);
    expect(body.exporter).toBe(demo.exporterNameEn);
    expect(body.items).toHaveLength(1);
    expect(Object.keys(body.items[0]).sort()).toEqual(["description", "hsCode", "itemNumber", "originCriterion", "quantity", "quantityUnit"]);
    // Digits, or dotted as printed on the certificate.
    expect(body.items[0].hsCode.replace(".", "")).toBe("090111");
    expect(body.items[0].originCriterion).toBe("WO");

    // Nothing private: no FOB values, addresses, invoice, accounts or internal ids.
    const raw = JSON.stringify(body);
    for (const secret of [applicationId, "Rama IV", "INV-", "@demo.la", "fob", "USD"]) {
      expect(raw).not.toContain(secret);
    }

    // The PDF link of the signed-in areas stays closed without a session: a JSON 401 for API clients.
    const closedPdf = await anonymous.get(pdfPath, { maxRedirects: 0, headers: { Accept: "application/pdf, application/json" } });
    expect(closedPdf.status()).toBe(401);
    expect(await closedPdf.json()).toEqual({ error: "UNAUTHENTICATED" });

    // A browser asking for HTML is sent to sign in, with the PDF as the callback.
    const browserPdf = await anonymous.get(pdfPath, { maxRedirects: 0, headers: { Accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
    expect(browserPdf.status()).toBeGreaterThanOrEqual(300);
    expect(browserPdf.status()).toBeLessThan(400);
    const location = new URL(browserPdf.headers()["location"] ?? "", baseURL);
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("callbackUrl")).toBe(pdfPath);
    expect((await browserPdf.body()).subarray(0, 5).toString("latin1")).not.toBe("%PDF-");
  } finally {
    await anonymous.dispose();
  }
});

test("signed-out PDF link signs in, then downloads", async ({ page }) => {
  test.skip(!pdfPath, "needs the PDF link of the certificate issued by the previous test");
  await page.goto(pdfPath);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);

  await page.getByLabel(lo.signIn.email).fill(demo.officer);
  await page.getByLabel(lo.signIn.password).fill(demo.password);
  const downloadEvent = page.waitForEvent("download");
  await page.getByRole("button", { name: lo.signIn.submit }).click();
  const download = await downloadEvent;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
});
