/**
 * The exporter's origin check: the roasted coffee example of docs/origin-rules.md goes through the
 * origin rules engine, and the result reads in Lao, then in English after a language switch.
 */
import { expect, test, type Page } from "@playwright/test";
import { demo, en, lo, signIn, type Messages } from "./support/app";

/** Fills the {placeholders} of a message, as next-intl renders it. */
function fill(message: string, values: Record<string, string>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

async function switchLanguage(page: Page, from: Messages, to: Messages, buttonName: string): Promise<void> {
  await page.getByRole("group", { name: from.common.language }).getByRole("button", { name: buttonName }).click();
  await expect(page.getByRole("group", { name: to.common.language })).toBeVisible();
}

test("exporter checks the origin of roasted coffee", async ({ page }) => {
  await signIn(page, demo.exporter, lo, "/exporter");
  await page.getByRole("navigation", { name: lo.common.mainNavigation }).getByRole("link", { name: lo.nav.originCheck }).click();
  await expect(page).toHaveURL(/\/exporter\/origin-check$/);
  await expect(page.getByRole("heading", { name: lo.originCheck.title, level: 1 })).toBeVisible();

  await test.step("a malformed FOB value shows its error", async () => {
    const fob = page.getByRole("textbox", { name: lo.originCheck.fob, exact: true });
    await fob.fill("12O4");
    await fob.blur();
    await expect(fob).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("error-fob")).toHaveText(lo.validation.invalidNumber);
  });

  await test.step("the example is assessed in Lao", async () => {
    await page.getByRole("button", { name: lo.originCheck.fillExample }).click();
    await expect(page.getByRole("textbox", { name: lo.originCheck.fob, exact: true })).toHaveValue("10,000");
    await expect(page.getByTestId("error-fob")).toHaveCount(0);
    await expect(page.getByTestId("material-3").getByLabel(lo.originCheck.materialDescription)).toHaveValue(lo.originCheck.example.brazilianBeans);
    await page.getByRole("button", { name: lo.originCheck.check }).click();

    const atiga = page.getByTestId("origin-result-ATIGA");
    await expect(atiga).toBeVisible();
    await expect(atiga.getByTestId("origin-result-ATIGA-verdict")).toHaveText(lo.originCheck.result.qualifies);
    await expect(atiga.getByTestId("origin-result-ATIGA-box-text")).toHaveText("72%");
    await expect(atiga.getByTestId("origin-result-ATIGA-build-up")).toContainText("(2,460 + 900 + 1,100 + 640 + 2,140) ÷ 10,000 × 100 = 72.4%");
    await expect(atiga.getByTestId("origin-result-ATIGA-build-down")).toContainText("(10,000 − 2,760) ÷ 10,000 × 100 = 72.4%");
    await expect(atiga.getByTestId("origin-result-ATIGA-criterion-RVC40")).toContainText(
      fill(lo.originCheck.result.part.RVC, { rvc: "72.4", minimum: "40", status: lo.originCheck.result.met }),
    );
    await expect(atiga.getByTestId("origin-result-ATIGA-criterion-CTH-findings")).toContainText(
      fill(lo.originCheck.findings.CTC_NOT_MET, { level: "CTH", materials: lo.originCheck.example.brazilianBeans }),
    );
    await expect(atiga).toContainText(lo.originCheck.result.tickBox.ACCUMULATION);
  });

  await test.step("the result reads in English after the switch", async () => {
    await switchLanguage(page, lo, en, "English");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const atiga = page.getByTestId("origin-result-ATIGA");
    await expect(atiga.getByTestId("origin-result-ATIGA-verdict")).toHaveText(en.originCheck.result.qualifies);
    await expect(atiga.getByTestId("origin-result-ATIGA-box-text")).toHaveText("72%");
    await expect(atiga.getByTestId("origin-result-ATIGA-rvc")).toContainText("72.4%");
    await expect(atiga.getByTestId("origin-result-ATIGA-criterion-RVC40")).toContainText(
      fill(en.originCheck.result.part.RVC, { rvc: "72.4", minimum: "40", status: en.originCheck.result.met }),
    );
    // Descriptions are the user's data: they stay as typed in Lao.
    await expect(atiga.getByTestId("origin-result-ATIGA-criterion-CTH-findings")).toContainText(
      fill(en.originCheck.findings.CTC_NOT_MET, { level: "CTH", materials: lo.originCheck.example.brazilianBeans }),
    );
  });
});
