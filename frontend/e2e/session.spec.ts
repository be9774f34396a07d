// Sessions and failures: silent renewal of expired access tokens, and nothing typed is lost
// when a request fails.
import { ACCESS_TOKEN_TTL_SECONDS } from "./global-setup";
import { checkPage, completeBody, expect, register, test, uniqueEmail } from "./support";

const REFRESH_KEY = "nexfitra.refreshToken";

test("an expired access token is renewed silently, and a reload keeps the session", async ({
  page,
}, testInfo) => {
  await register(page, uniqueEmail(testInfo.project.name));
  await completeBody(page);
  const first = await page.evaluate((key) => localStorage.getItem(key), REFRESH_KEY);

  await page.waitForTimeout((ACCESS_TOKEN_TTL_SECONDS + 1) * 1000);
  await page.getByRole("link", { name: "Progress" }).click();
  await expect(page.getByText("Trend weight")).toBeVisible();
  const renewed = await page.evaluate((key) => localStorage.getItem(key), REFRESH_KEY);
  expect(renewed).not.toBeNull();
  expect(renewed).not.toBe(first);

  // The access token lives in memory only: a reload renews it from the stored refresh token.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Progress", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("a failed request keeps the form as typed, and sending again works", async ({
  page,
}, testInfo) => {
  await register(page, uniqueEmail(testInfo.project.name));
  await completeBody(page);
  await page.goto("/log");
  const meal = page.getByRole("form", { name: "Log a meal" });
  await meal.getByRole("radio", { name: "My own (enter macros)" }).check();
  await meal.getByLabel("Name").fill("Lentil soup");
  await meal.getByLabel("Energy (kcal)").fill("420");
  await meal.getByLabel("Protein (g)").fill("21");
  await meal.getByLabel("Carbs (g)").fill("55");
  await meal.getByLabel("Fat (g)").fill("9");

  await page.route("**/api/v1/me/meals", (route) =>
    route.request().method() === "POST" ? route.abort("internetdisconnected") : route.fallback(),
  );
  await meal.getByRole("button", { name: "Log meal" }).click();
  await expect(meal.getByRole("alert")).toContainText("Cannot reach NexFitra");
  await expect(meal.getByLabel("Name")).toHaveValue("Lentil soup");
  await expect(meal.getByLabel("Fat (g)")).toHaveValue("9");

  await page.unroute("**/api/v1/me/meals");
  await meal.getByRole("button", { name: "Log meal" }).click();
  await expect(meal.getByText(/^Logged Lentil soup \(420 kcal\)/)).toBeVisible();
  await expect(page.getByRole("list").getByText("Lentil soup, 420 kcal")).toBeVisible();

  // A catalog food by weight, and a workout from the exercise catalog.
  await meal.getByRole("radio", { name: "From the food catalog" }).check();
  await meal.getByLabel("Search foods").fill("oats");
  await meal
    .getByRole("list", { name: "Matching foods" })
    .getByRole("button", { name: /^Oats / })
    .click();
  await meal.getByLabel("Amount (g)").fill("60");
  await meal.getByRole("button", { name: "Log meal" }).click();
  // 60 g of oats at 389 kcal per 100 g: the API computes the macros from the catalog.
  await expect(meal.getByText(/^Logged Oats \(233 kcal\) on/)).toBeVisible();
  const workout = page.getByRole("form", { name: "Log a workout" });
  await workout.getByLabel("Search exercises").fill("push");
  const exercises = workout.getByRole("list", { name: "Matching exercises" });
  await exercises.getByRole("button", { name: /^Pushups / }).click();
  await expect(workout.getByLabel("Exercise", { exact: true })).toHaveValue("Pushups");
  await workout.getByLabel("Sets").fill("3");
  await workout.getByLabel("Reps").fill("12");
  await workout.getByRole("button", { name: "Log workout" }).click();
  await expect(workout.getByText(/^Logged Pushups on/)).toBeVisible();
  await checkPage(page, testInfo, "20-log");
});
