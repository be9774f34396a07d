// The end user's first weeks, at desktop and phone widths, against the real API and a real
// serving process with no model live: register, onboard with notes, set by hand what the notes
// say (no model could read them), get a plan from the reference planner, log weight, see the
// renewed meals and what changed, lock a food and renew a meal around it, rate, shop, read the
// history and progress, sign out and in.
// Every page is screenshot and audited.
import {
  checkPage,
  expect,
  isoDaysAgo,
  register,
  signIn,
  signOut,
  test,
  uniqueEmail,
} from "./support";

test("register, onboard, confirm the notes, plan, log weight, renewed plan, rate, progress", async ({
  page,
}, testInfo) => {
  // Three plan versions and fifteen audited pages on two shared cores.
  test.setTimeout(240_000);
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

  // Step 2: allergies, diets, equipment, and liked foods and exercises from the real catalogs.
  await expect(page).toHaveURL(/\/onboarding\/preferences$/);
  await page.getByRole("checkbox", { name: "Peanuts" }).check();
  await page.getByRole("checkbox", { name: "Dumbbell" }).check();
  await page.getByRole("checkbox", { name: "Knee" }).check();
  const diets = page.getByRole("group", { name: "Diets" });
  await diets.getByRole("checkbox", { name: "Pescatarian" }).check();
  await diets.getByRole("checkbox", { name: "Gluten free" }).check();
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
    .fill(
      "I train at home with dumbbells and a kettlebell. No shellfish, please. Old knee injury.",
    );
  await checkPage(page, testInfo, "05-onboarding-notes");
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Step 4: no model is live, so serving read nothing: the user sets the constraints by hand.
  await expect(page).toHaveURL(/\/onboarding\/reading$/);
  await expect(page.getByText("Your notes could not be read automatically.")).toBeVisible();
  const reading = page.getByRole("form", { name: "Confirm what your notes say" });
  await expect(reading.getByRole("group", { name: "Equipment you can use" })).toContainText(
    "Already in your profile: Dumbbell.",
  );
  await reading.getByRole("checkbox", { name: "Shellfish" }).check();
  await reading.getByRole("checkbox", { name: "Kettlebell" }).check();
  await checkPage(page, testInfo, "06-onboarding-reading");
  await reading.getByRole("button", { name: "Confirm" }).click();

  // Step 5: the saved profile, the constraints just confirmed, and the targets.
  await expect(page).toHaveURL(/\/onboarding\/review$/);
  await expect(page.getByRole("img", { name: /^Calories: 0 of [\d,]+ kcal$/ })).toBeVisible();
  await expect(page.getByText("Peanuts, Shellfish")).toBeVisible();
  await expect(page.getByText("Pescatarian, Gluten free")).toBeVisible();
  await expect(page.getByText("Dumbbell, Kettlebell")).toBeVisible();
  await checkPage(page, testInfo, "07-onboarding-review");
  await page.getByRole("link", { name: "Go to your dashboard" }).click();

  // Dashboard: the rings, and no plan yet.
  await expect(page).toHaveURL(/\/dashboard$/);
  for (const ring of ["Calories", "Protein", "Carbs", "Fat"]) {
    await expect(
      page.getByRole("img", { name: new RegExp(`^${ring}: 0 of [\\d,]+ (kcal|g)$`) }),
    ).toBeVisible();
  }
  const todaysMeals = page.getByRole("region", { name: "Today's meals" });
  await expect(todaysMeals.getByRole("link", { name: "Make your plan" })).toBeVisible();
  await checkPage(page, testInfo, "08-dashboard-no-plan");

  // The plan: asked for, made by serving's reference planner, said so honestly.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan" }).click();
  await page.getByRole("button", { name: "Make my plan" }).click();
  await expect(page.getByText(/^Version 1, made/)).toBeVisible({ timeout: 60_000 });
  await expect(
    page.getByText(
      "Made by the reference planner (rules only). Your notes were not read automatically: your profile's settings apply.",
    ),
  ).toBeVisible();
  // A training day, so the workout shows: the planner puts the first session on Monday.
  await page.getByRole("radio", { name: /Monday/ }).check();
  await expect(page.getByRole("heading", { name: "Monday's workout" })).toBeVisible();
  const mondayWorkout = page.getByRole("region", { name: "Monday's workout" });
  await expect(mondayWorkout.getByRole("listitem").first()).toContainText(/\d × \d+/);
  const mondayMeals = page.getByRole("region", { name: "Monday's meals" });
  await expect(mondayMeals.getByRole("region", { name: "Breakfast" })).toBeVisible();
  await mondayWorkout
    .getByRole("button", { name: /^Like / })
    .first()
    .click();
  await expect(mondayWorkout.getByRole("button", { name: /^Like / }).first()).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await checkPage(page, testInfo, "09-plan");

  // Today's workout and meals on the dashboard; then weights: one from five days ago for the
  // trend, and today's 4 kg lighter, which moves the targets and renews the meals.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today" }).click();
  await expect(todaysMeals.getByRole("link", { name: "See the whole week" })).toBeVisible();
  await checkPage(page, testInfo, "10-dashboard-today");
  const weight = page.getByRole("form", { name: "Log weight" });
  await weight.getByLabel("Weight (kg)").fill("83.1");
  await weight.getByLabel("Date").fill(isoDaysAgo(5));
  await weight.getByRole("button", { name: "Log weight" }).click();
  await expect(weight.getByText(/^Logged 83\.1 kg on/)).toBeVisible();
  await weight.getByLabel("Weight (kg)").fill("78.5");
  await weight.getByLabel("Date").fill(isoDaysAgo(0));
  await weight.getByRole("button", { name: "Log weight" }).click();
  await expect(weight.getByText(/^Logged 78\.5 kg on/)).toBeVisible();

  // The renewed plan: new meals, the workouts kept, why, and what changed.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan" }).click();
  await expect(page.getByText(/^Version 2, made/)).toBeVisible({ timeout: 60_000 });
  await expect(
    page.getByText(/Your profile changed: weight 82\.5 → 78\.5 kg; calories \d+ → \d+ kcal/),
  ).toBeVisible();
  await expect(page.getByText("New meals; the workouts stay.")).toBeVisible();
  await page.getByText("What changed since version 1").click();
  await expect(page.getByRole("row", { name: /^Calories \d+ kcal \d+ kcal$/ })).toBeVisible();
  await expect(page.locator(".diff-day").first()).toBeVisible();

  await checkPage(page, testInfo, "11-plan-renewed");

  // Keep one food of Monday's lunch and ask for a new lunch around it: version 3. The plan page
  // opened again on today, so Monday is picked again (the journey passed only on Mondays).
  await page.getByRole("radio", { name: /Monday/ }).check();
  const lunch = mondayMeals.getByRole("region", { name: "Lunch" });
  const kept = (await lunch.locator(".item-name").first().textContent()) ?? "";
  await lunch.getByRole("button", { name: `Lock ${kept}` }).click();
  await expect(lunch.getByRole("button", { name: `Lock ${kept}` })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await lunch.getByRole("button", { name: "New lunch" }).click();
  await expect(page.getByText(/^Version 3, made/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("One meal is new; the rest of the week stays.")).toBeVisible();
  await expect(lunch.locator(".item-name").first()).toHaveText(kept);
  await expect(lunch.getByRole("button", { name: `Lock ${kept}` })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // Rate the new version.
  const rating = page.getByRole("form", { name: "Rate plan version 3" });
  await rating.getByRole("radio", { name: "4 stars" }).check();
  await rating.getByLabel("Comment (optional)").fill("Good meals, lunch is too big.");
  await rating.getByRole("button", { name: "Save rating" }).click();
  await expect(rating.getByText("Thanks: your rating is saved.")).toBeVisible();
  await checkPage(page, testInfo, "12-plan-regenerated");

  // The history: every version and why it was made; the grocery list for the week.
  await page
    .getByRole("navigation", { name: "Plan" })
    .getByRole("link", { name: "History" })
    .click();
  for (const version of [3, 2, 1]) {
    await expect(
      page.getByRole("heading", { name: new RegExp(`^Version ${String(version)}`) }),
    ).toBeVisible();
  }
  await expect(page.getByText(/You asked for a plan\./)).toBeVisible();
  await expect(page.getByText(/You asked for a new meal\./)).toBeVisible();
  await checkPage(page, testInfo, "13-plan-history");
  await page
    .getByRole("navigation", { name: "Plan" })
    .getByRole("link", { name: "Grocery list" })
    .click();
  await expect(page.getByRole("table")).toContainText("plan version 3");
  await expect(page.getByRole("row").nth(1)).toContainText(/\d+ g$/);
  await checkPage(page, testInfo, "14-grocery");

  // Progress: the logged weights on the chart, their trend, the plan and the expenditure.
  await page.getByRole("link", { name: "Progress" }).click();
  await expect(page).toHaveURL(/\/progress$/);
  await expect(
    page.getByRole("img", { name: /^Weight and trend 2 days logged from/ }),
  ).toBeVisible();
  await expect(page.getByText("Trend weight")).toBeVisible();
  await page.getByText("Show the data as a table").click();
  // Today's point is the mean of its weights: 82.5 kg from onboarding and 78.5 kg logged.
  await expect(page.getByRole("cell", { name: "80.5 kg" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "83.1 kg" }).first()).toBeVisible();
  await expect(page.getByText("Plan followed")).toBeVisible();
  await expect(page.getByText("Formula estimate")).toBeVisible();
  await expect(page.getByText(/^Not yet: /)).toBeVisible();
  await checkPage(page, testInfo, "15-progress");

  // Out and back in: the dashboard, not onboarding, since the profile is complete.
  await signOut(page);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("img", { name: /^Calories: / })).toBeVisible();
});
