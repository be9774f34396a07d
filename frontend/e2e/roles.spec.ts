// Role-aware navigation: admins manage roles; scientists see the experiments page; users neither.
import {
  ADMIN_EMAIL,
  checkPage,
  expect,
  register,
  signIn,
  signOut,
  test,
  uniqueEmail,
} from "./support";

const EVERYONE = ["Today", "Log", "Progress", "Profile"];

test("an admin promotes a user to scientist, who then sees the experiments page", async ({
  page,
}, testInfo) => {
  const scientist = uniqueEmail("scientist");
  await register(page, scientist);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link")).toHaveText(EVERYONE);
  await page.goto("/admin/users");
  await expect(page.getByText("This page is for admin accounts.")).toBeVisible();
  await signOut(page);

  await register(page, ADMIN_EMAIL);
  await expect(nav.getByRole("link")).toHaveText([...EVERYONE, "Experiments", "Users"]);
  await nav.getByRole("link", { name: "Users" }).click();
  const role = page.getByLabel(`Role of ${scientist}`);
  await role.selectOption("scientist");
  await expect(role).toHaveValue("scientist");
  await checkPage(page, testInfo, "10-admin-users");
  await signOut(page);

  await signIn(page, scientist);
  await expect(nav.getByRole("link")).toHaveText([...EVERYONE, "Experiments"]);
  await nav.getByRole("link", { name: "Experiments" }).click();
  await expect(page.getByRole("heading", { name: "Experiments", level: 1 })).toBeVisible();
  await checkPage(page, testInfo, "11-experiments");
});
