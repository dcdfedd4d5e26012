/**
 * Shared steps of the end-to-end tests: interface texts, demo accounts, dates in Vientiane, sign-in
 * and sign-out. A short way through the Form D wizard serves tests that need a submitted or issued
 * application but do not test the wizard itself.
 */
import { expect, type Page } from "@playwright/test";
import en from "../../messages/en.json";
import lo from "../../messages/lo.json";

export { en, lo };
export type Messages = typeof en;

/** Demo accounts that db/seed.ts loads on the first start of an empty database. */
export const demo = {
  exporter: "exporter@demo.la",
  officer: "officer@demo.la",
  password: "demo-password-1",
  exporterNameLo: "ບໍລິສັດ ນ້ຳຄຳ ກາເຟ ຈຳກັດ",
  exporterNameEn: "Nam Kham Coffee Co., Ltd.",
} as const;

/** Calendar date (YYYY-MM-DD) in Asia/Vientiane, `offsetDays` from today. */
export function vientianeDate(offsetDays = 0): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Vientiane" }).format(new Date());
  const [year, month, day] = today.split("-").map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, day + offsetDays));
  return shifted.toISOString().slice(0, 10);
}

/** Sign in through the sign-in page whose texts are in `messages`, and wait for the role's home page. */
export async function signIn(page: Page, email: string, messages: Messages, homePath: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel(messages.signIn.email).fill(email);
  await page.getByLabel(messages.signIn.password).fill(demo.password);
  await page.getByRole("button", { name: messages.signIn.submit }).click();
  await expect(page).toHaveURL(new RegExp(`${homePath}$`));
}

export async function signOut(page: Page, messages: Messages): Promise<void> {
  await page.getByRole("button", { name: messages.common.signOut }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

/** Click "Save and continue" and wait for the next wizard step. */
export async function saveAndContinue(page: Page, messages: Messages, nextStep: string): Promise<void> {
  await page.getByRole("button", { name: messages.wizard.saveAndContinue }).click();
  await expect(page).toHaveURL(new RegExp(`/exporter/applications/[^/]+/${nextStep}$`));
}

export type QuickApplication = {
  consigneeName: string;
  /** Form D description of the single goods item. */
  description: string;
};

/**
 * Create and submit a Form D application with one WO item through the wizard, without checks on
 * the way. The exporter must be signed in with the Lao interface. Returns the application id.
 */
export async function submitQuickApplication(page: Page, application: QuickApplication): Promise<string> {
  const m = lo;
  await page.getByRole("button", { name: m.exporterDashboard.newApplication }).click();
  await expect(page).toHaveURL(/\/exporter\/applications\/[^/]+\/consignee$/);
  const applicationId = /\/applications\/([^/]+)\//.exec(page.url())?.[1];
  if (!applicationId) throw new Error(`No application id in ${page.url()}`);

  await page.getByLabel(m.formD.consigneeName).fill(application.consigneeName);
  await page.getByLabel(m.formD.consigneeAddress).fill("1 Rama IV Road, Bangkok 10500");
  await page.getByLabel(m.formD.importingCountry).selectOption("TH");
  await saveAndContinue(page, m, "transport");

  const departure = vientianeDate(7);
  await page.getByLabel(m.formD.departureDate).fill(departure);
  await page.getByLabel(m.formD.transportMode).selectOption("road");
  await page.getByLabel(m.formD.portOfLoading).fill("Thanaleng");
  await page.getByLabel(m.formD.portOfDischarge).fill("Nong Khai");
  await saveAndContinue(page, m, "goods");

  const item = page.getByRole("group", { name: m.formD.itemNumber.replace("{number}", "1"), exact: true });
  await item.getByLabel(m.formD.description).fill(application.description);
  await item.getByRole("combobox", { name: m.formD.hsCode }).fill("0901.11");
  await item.getByRole("combobox", { name: m.formD.hsCode }).press("Escape");
  await item.getByLabel(m.formD.originCriterion).fill("WO");
  await item.getByLabel(m.formD.marksAndNumbers).fill("N/M");
  await item.getByLabel(m.formD.packageCount).fill("10");
  await item.getByLabel(m.formD.packageKind).selectOption("XBG");
  await item.getByLabel(m.formD.quantity).fill("600");
  await item.getByLabel(m.formD.quantityUnit).selectOption("KGM");
  await saveAndContinue(page, m, "invoice");

  await page.getByLabel(m.formD.invoiceNumber).fill(`INV-${Date.now()}`);
  await page.getByLabel(m.formD.invoiceDate).fill(vientianeDate(0));
  await saveAndContinue(page, m, "review");

  await page.getByRole("button", { name: m.wizard.continueToDeclaration }).click();
  await expect(page).toHaveURL(/\/declaration$/);
  await page.getByLabel(m.formD.declarationPlace).fill("VIENTIANE");
  await page.getByLabel(m.formD.declarantName).fill("Bounmy Phetsavong");
  await page.getByLabel(m.formD.accept).check();
  await page.getByRole("button", { name: m.wizard.submit }).click();
  await expect(page).toHaveURL(new RegExp(`/exporter/applications/${applicationId}\\?submitted=1$`));
  return applicationId;
}

/**
 * As the signed-in officer (Lao interface), approve the application, confirm the issue and wait
 * until the page shows it issued. Returns the reference number shown.
 */
export async function approveAsOfficer(page: Page, applicationId: string): Promise<string> {
  const m = lo;
  await page.goto(`/officer/applications/${applicationId}`);
  await page.getByRole("button", { name: m.officerReview.approve }).click();
  await page.getByTestId("confirm-issue").getByRole("button", { name: m.officerReview.confirmIssue }).click();
  // The refreshed page shows the issued certificate in place of the decision buttons.
  const summary = page.getByTestId("issue-result");
  await expect(summary).toBeVisible({ timeout: 60_000 });
  return (await summary.getByTestId("issued-reference").innerText()).trim();
}
