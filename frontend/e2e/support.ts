// Shared steps of the end-to-end tests: the server's URL, a screenshot and an axe audit per page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page, type TestInfo } from "@playwright/test";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

export { ADMIN_EMAIL } from "./global-setup";
const PASSWORD = "a long enough password";
const SCREENSHOTS = resolve(import.meta.dirname, "../e2e-artifacts/screenshots");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

export const test = base.extend({
  // The server's port is only known once global setup has started it.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  baseURL: async ({}, use) => {
    const url = process.env.NEXFITRA_E2E_URL;
    if (!url) throw new Error("NEXFITRA_E2E_URL is unset: run through playwright.config.ts");
    await use(url);
  },
});
export { expect };

let emails = 0;
export function uniqueEmail(project: string): string {
  emails += 1;
  return `${project}-${String(Date.now())}-${String(emails)}@example.com`;
}

/**
 * Save a full-page screenshot as a test artefact and fail on any serious or critical axe
 * violation (the full axe report is saved beside it).
 */
export async function checkPage(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("status").filter({ hasText: /^Loading|Signing you in/ })).toHaveCount(
    0,
  );
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = `${testInfo.project.name}-${name}`;
  await page.screenshot({ path: resolve(SCREENSHOTS, `${file}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  writeFileSync(
    resolve(SCREENSHOTS, `${file}.axe.json`),
    JSON.stringify(results.violations, null, 2),
  );
  const blocking = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${String(violation.impact)}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  expect(blocking, `axe on ${name}`).toEqual([]);
}

export async function register(page: Page, email: string): Promise<void> {
  await page.goto("/register");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/onboarding\/body$/);
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/** The quickest complete profile: enough for targets and a plan, nothing else. */
export async function completeBody(page: Page): Promise<void> {
  await page.goto("/onboarding/body");
  await page.getByRole("radio", { name: "Female" }).check();
  await page.getByLabel("Age (years)").fill("34");
  await page.getByLabel("Weight (kg)").fill("68");
  await page.getByLabel("Height (cm)").fill("170");
  await page.getByLabel("Activity level").selectOption("moderate");
  await page.getByRole("radio", { name: "Maintain" }).check();
  await page.getByLabel("Training days per week").selectOption("3");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\/onboarding\/preferences$/);
}

/** The ISO day `days` before today, in the browser's (and this machine's) time zone. */
export function isoDaysAgo(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(day.getFullYear())}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
