import { describe, expect, it } from "vitest";
import { fakeServer, json, TOKEN } from "../test/fakeServer";
import { invalid } from "../test/fixtures";
import { createApi } from "./client";
import { Session } from "./session";

const ORIGIN = "http://localhost:3000";

function apiWith(routes: Parameters<typeof fakeServer>[0]) {
  const server = fakeServer(routes);
  const session = new Session(ORIGIN, server.transport, localStorage, undefined);
  return { api: createApi(session, ORIGIN), server, session };
}

describe("createApi", () => {
  it("logs in with the OAuth2 password form", async () => {
    const { api, server } = apiWith({ "POST /api/v1/auth/login": () => json(200, TOKEN) });
    expect(await api.login("sam@example.com", "secret pw")).toEqual(TOKEN);
    const sent = server.requests[0];
    expect(sent?.headers.get("Content-Type")).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(await sent?.text()))).toEqual({
      username: "sam@example.com",
      password: "secret pw",
      scope: "",
    });
  });

  it("throws the API's 422 as field errors", async () => {
    const { api } = apiWith({
      "PATCH /api/v1/me/profile": () =>
        json(
          422,
          invalid([["body", "height_cm"], "Value error, must be between 100 and 250 cm, got 17"]),
        ),
    });
    await expect(api.updateProfile({ height_cm: 17 })).rejects.toMatchObject({
      status: 422,
      validation: { fields: { height_cm: ["must be between 100 and 250 cm, got 17"] }, form: [] },
    });
  });

  it("throws other failures with the API's detail", async () => {
    const { api } = apiWith({
      "GET /api/v1/me/targets": () =>
        json(409, { detail: "the profile lacks fields needed for targets: sex", missing: ["sex"] }),
    });
    await expect(api.targets()).rejects.toMatchObject({
      status: 409,
      message: "the profile lacks fields needed for targets: sex",
    });
  });

  it("sends date ranges as the API's from/to query and path ids in the path", async () => {
    const { api, server } = apiWith({
      "GET /api/v1/me/meals": () => json(200, { data: [], count: 0 }),
      "DELETE /api/v1/me/meals/7": () => json(204, null),
    });
    await api.meals({ from: "2024-06-11", to: "2024-06-11", limit: 100 });
    await api.deleteMeal(7);
    const query = new URL(server.requests[0]?.url ?? "").searchParams;
    expect(Object.fromEntries(query)).toEqual({
      from: "2024-06-11",
      to: "2024-06-11",
      limit: "100",
    });
    expect(server.requests[1]?.method).toBe("DELETE");
  });

  it("sends plan edits, feedback and grocery ranges where the API expects them", async () => {
    const { api, server } = apiWith({
      "PUT /api/v1/me/plans/2/locks": () => json(200, {}),
      "POST /api/v1/me/plans/2/regenerate": () => json(202, {}),
      "PUT /api/v1/me/feedback/2/thumbs": () => json(200, {}),
      "GET /api/v1/me/plans/1/diff/2": () => json(200, {}),
      "GET /api/v1/me/grocery": () => json(200, {}),
      "POST /api/v1/experiments/planner-ab/promote": () => json(201, {}),
    });
    await api.setLocks(2, [{ day: 1, meal: 0, food_id: null }]);
    await api.regenerate(2, { day: 3, meal: 1 });
    await api.thumb(2, { kind: "meal", day: 3, position: 1, up: false });
    await api.planDiff(1, 2);
    await api.grocery({ from: "2024-06-10", to: "2024-06-16" });
    await api.promote("planner-ab", "4");
    const [locks, regenerate, thumb, diff, grocery, promote] = server.requests;
    expect(await locks?.json()).toEqual({ locks: [{ day: 1, meal: 0, food_id: null }] });
    expect(await regenerate?.json()).toEqual({ day: 3, meal: 1 });
    expect(await thumb?.json()).toEqual({ kind: "meal", day: 3, position: 1, up: false });
    expect(diff?.url).toBe(`${ORIGIN}/api/v1/me/plans/1/diff/2`);
    expect(Object.fromEntries(new URL(grocery?.url ?? "").searchParams)).toEqual({
      from: "2024-06-10",
      to: "2024-06-16",
    });
    expect(await promote?.json()).toEqual({ challenger_version: "4" });
  });
});
