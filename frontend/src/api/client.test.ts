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
});
