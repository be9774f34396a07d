// The committed client types must match the OpenAPI document the running API serves.
import { committed, fetchFromApi, render } from "../scripts/api-types.mjs";
import { expect, test } from "./support";

test("src/api/schema.d.ts is generated from the running API's schema", async ({ baseURL }) => {
  const current = await render(await fetchFromApi(baseURL));
  expect(current === committed(), "stale API types: run `npm run api:types`").toBe(true);
});
