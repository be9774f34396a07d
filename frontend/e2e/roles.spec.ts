// Role-aware navigation: admins manage roles; scientists see the experiments page (the models
// serving has live, the A/B report); users neither.
import { resolve } from "node:path";
import {
  ADMIN_EMAIL,
  checkPage,
  completeBody,
  expect,
  register,
  signIn,
  signOut,
  test,
  uniqueEmail,
} from "./support";

const EVERYONE = ["Today", "Plan", "Log", "Progress", "Profile"];

test("an admin promotes a user to scientist, who then sees the experiments page", async ({
  page,
}, testInfo) => {
  const scientist = uniqueEmail("scientist");
  await register(page, scientist);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link")).toHaveText(EVERYONE);
  // A plan served to this user puts its experiment in the scientists' list.
  await completeBody(page);
  await page.goto("/plan");
  await page.getByRole("button", { name: "Make my plan" }).click();
  await expect(page.getByText(/^Version 1, made/)).toBeVisible({ timeout: 60_000 });
  await page.goto("/admin/users");
  await expect(page.getByText("This page is for admin accounts.")).toBeVisible();
  await signOut(page);

  await register(page, ADMIN_EMAIL);
  await expect(nav.getByRole("link")).toHaveText([...EVERYONE, "Experiments", "Users"]);
  await nav.getByRole("link", { name: "Users" }).click();
  const role = page.getByLabel(`Role of ${scientist}`);
  await role.selectOption("scientist");
  await expect(role).toHaveValue("scientist");
  await checkPage(page, testInfo, "21-admin-users");
  await signOut(page);

  await signIn(page, scientist);
  await expect(nav.getByRole("link")).toHaveText([...EVERYONE, "Experiments"]);
  await nav.getByRole("link", { name: "Experiments" }).click();
  await expect(page.getByRole("heading", { name: "Experiments", level: 1 })).toBeVisible();
  // Serving's models, through the API: no model is live, so the reference planner takes it all.
  await expect(page.getByRole("row", { name: /^Reference Reference planner 100 %/ })).toBeVisible();
  await expect(page.getByText(/^No report yet: /)).toBeVisible();
  await checkPage(page, testInfo, "22-experiments");

  // No model is live, so no randomised plan exists for a real report: the layout of a full one
  // is checked on the domain's simulated export (a clear win for challenger version 2). The
  // promotion request still goes to the real API, which refuses a version never served.
  await page.route("**/api/v1/experiments/planner-ab/report", (route) =>
    route.fulfill({ path: resolve(import.meta.dirname, "fixtures/ab-report.json") }),
  );
  await page.reload();
  await expect(page.getByText(/^Split check passed:/)).toBeVisible();
  await expect(page.getByText(/^Recommendation: Promote the challenger\./)).toBeVisible();
  await page.getByRole("button", { name: "Ask to promote" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "the challenger never served model version '2' in experiment 'planner-ab'",
  );
  await checkPage(page, testInfo, "23-experiment-report");
});
