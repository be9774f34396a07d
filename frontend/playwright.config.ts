// End-to-end tests: the system's Chromium against the real API (uvicorn on PostgreSQL, serving
// the built app), started on a free port and a fresh database by e2e/global-setup.ts.
import { defineConfig } from "@playwright/test";

const ARTIFACTS = "e2e-artifacts";

export default defineConfig({
  testDir: "e2e",
  outputDir: `${ARTIFACTS}/test-results`,
  globalSetup: "./e2e/global-setup.ts",
  // One worker: two CPU cores are shared with the API server and the browser.
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { outputFolder: `${ARTIFACTS}/report`, open: "never" }]],
  use: {
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "desktop", use: { viewport: { width: 1280, height: 900 } } },
    {
      name: "phone",
      testMatch: "journey.spec.ts",
      use: {
        viewport: { width: 375, height: 812 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
});
