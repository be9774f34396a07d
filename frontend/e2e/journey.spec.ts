// The end user's first session, at desktop and phone widths: register, onboard, see targets,
// log a weight, read progress, sign out and back in. Every page is screenshot and audited.
import { checkPage, expect, register, signIn, signOut, test, uniqueEmail } from "./support";

test("register, onboard, see targets, log weight, read progress, sign out and in", async ({
  page,
}, testInfo) => {
  const email = uniqueEmail(testInfo.project.name);

  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await checkPage(page, testInfo, "01-login");

  // Registration: the API's own 422 message shows next to the field, and the email stays typed.
  await page.goto("/register");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("String should have at least 8 characters")).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await checkPage(page, testInfo, "02-register-error");
  await register(page, email);

  // Onboarding, step 1: a height out of range is refused by the API, shown inline, then fixed.
  await page.getByRole("radio", { name: "Male", exact: true }).check();
  await page.getByLabel("Age (years)").fill("29");
  await page.getByLabel("Weight (kg)").fill("82.5");
  await page.getByLabel("Height (cm)").fill("17");
  await page.getByLabel("Activity level").selectOption("moderate");
  await page.getByRole("radio", { name: "Lose fat" }).check();
  await page.getByLabel("Training days per week").selectOption("4");
  await page.getByLabel("Training experience").selectOption("intermediate");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByText("must be between 100 and 250 cm, got 17")).toBeVisible();
  await expect(page.getByLabel("Age (years)")).toHaveValue("29");
  await checkPage(page, testInfo, "03-onboarding-body-error");
  await page.getByLabel("Height (cm)").fill("178");
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Step 2: allergies, diet, equipment, and liked foods and exercises from the real catalogs.
  await expect(page).toHaveURL(/\/onboarding\/preferences$/);
  await page.getByRole("checkbox", { name: "Peanuts" }).check();
  await page.getByRole("checkbox", { name: "Dumbbell" }).check();
  await page.getByRole("checkbox", { name: "Knee" }).check();
  await page.getByLabel("Diet").selectOption("pescatarian");
  const exercises = page.getByRole("group", { name: "Exercises you like" });
  await exercises.getByLabel("Search exercises").fill("squat");
  await exercises
    .getByRole("list", { name: "Matching exercises" })
    .getByRole("button")
    .first()
    .click();
  const foods = page.getByRole("group", { name: "Foods you like" });
  await foods.getByLabel("Search foods you like").fill("salmon");
  const matches = foods.getByRole("list", { name: "Matching foods" });
  await matches
    .getByRole("button", { name: /Fish, salmon/ })
    .first()
    .click();
  await expect(foods.getByRole("list", { name: "Foods you like: chosen" })).toHaveText(/salmon/);
  await expect(matches).toHaveCount(0);
  await checkPage(page, testInfo, "04-onboarding-preferences");
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Step 3: free-text notes.
  await expect(page).toHaveURL(/\/onboarding\/notes$/);
  await page
    .getByLabel("Anything else your coach should know?")
    .fill("I train before work and cannot eat much in the morning. Old knee injury from football.");
  await checkPage(page, testInfo, "05-onboarding-notes");
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Step 4: the saved profile and the targets it gives.
  await expect(page).toHaveURL(/\/onboarding\/review$/);
  await expect(page.getByRole("img", { name: /^Calories: 0 of [\d,]+ kcal$/ })).toBeVisible();
  await expect(page.getByText("Old knee injury from football.", { exact: false })).toBeVisible();
  await checkPage(page, testInfo, "06-onboarding-review");
  await page.getByRole("link", { name: "Go to your dashboard" }).click();

  // Dashboard: the rings, then a quick weight log.
  await expect(page).toHaveURL(/\/dashboard$/);
  for (const ring of ["Calories", "Protein", "Carbs", "Fat"]) {
    await expect(
      page.getByRole("img", { name: new RegExp(`^${ring}: 0 of [\\d,]+ (kcal|g)$`) }),
    ).toBeVisible();
  }
  await checkPage(page, testInfo, "07-dashboard");
  const weight = page.getByRole("form", { name: "Log weight" });
  await weight.getByLabel("Weight (kg)").fill("81.9");
  await weight.getByRole("button", { name: "Log weight" }).click();
  await expect(weight.getByText(/^Logged 81\.9 kg on/)).toBeVisible();
  // And one from five days ago, so progress has a trend to draw.
  const earlier = new Date();
  earlier.setDate(earlier.getDate() - 5);
  const day = `${String(earlier.getFullYear())}-${String(earlier.getMonth() + 1).padStart(2, "0")}-${String(earlier.getDate()).padStart(2, "0")}`;
  await weight.getByLabel("Weight (kg)").fill("83.1");
  await weight.getByLabel("Date").fill(day);
  await weight.getByRole("button", { name: "Log weight" }).click();
  await expect(weight.getByText(/^Logged 83\.1 kg on/)).toBeVisible();

  // Progress: the logged weight on the chart, its trend and the stats.
  await page.getByRole("link", { name: "Progress" }).click();
  await expect(page).toHaveURL(/\/progress$/);
  await expect(
    page.getByRole("img", { name: /^Weight and trend 2 days logged from/ }),
  ).toBeVisible();
  await expect(page.getByText("Trend weight")).toBeVisible();
  await page.getByText("Show the data as a table").click();
  // The day's point is the mean of its weights: 82.5 kg from onboarding and 81.9 kg logged.
  await expect(page.getByRole("cell", { name: "82.2 kg" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "83.1 kg" }).first()).toBeVisible();
  await checkPage(page, testInfo, "08-progress");

  // Out and back in: the dashboard, not onboarding, since the profile is complete.
  await signOut(page);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("img", { name: /^Calories: / })).toBeVisible();
});
