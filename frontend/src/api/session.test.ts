import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeServer, json, TOKEN } from "../test/fakeServer";
import { ApiError } from "./errors";
import { Session } from "./session";

const ORIGIN = "http://localhost:3000";
const TARGETS = `${ORIGIN}/api/v1/me/targets`;

/** Answers 200 to the current access token and 401 to any other. */
function guarded(valid: () => string) {
  return (request: Request) =>
    request.headers.get("Authorization") === `Bearer ${valid()}`
      ? json(200, { ok: true })
      : json(401, { detail: "invalid or expired access token" });
}

function rotating() {
  let issued = 1;
  let current = "refresh-1";
  const used: string[] = [];
  const refresh = async (request: Request) => {
    const { refresh_token } = (await request.json()) as { refresh_token: string };
    used.push(refresh_token);
    if (refresh_token !== current) return json(401, { detail: "refresh token is reused" });
    issued += 1;
    current = `refresh-${String(issued)}`;
    return json(200, {
      ...TOKEN,
      access_token: `access-${String(issued)}`,
      refresh_token: current,
    });
  };
  return { refresh, used, access: () => `access-${String(issued)}` };
}

/** A fake API whose targets need the newest access token and whose refresh tokens rotate. */
function rotatingApi() {
  const tokens = rotating();
  const server = fakeServer({
    "GET /api/v1/me/targets": guarded(tokens.access),
    "POST /api/v1/auth/refresh": tokens.refresh,
  });
  return { tokens, server };
}

describe("Session", () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it("sends the access token", async () => {
    const server = fakeServer({ "GET /api/v1/me/targets": guarded(() => "access-1") });
    const session = new Session(ORIGIN, server.transport, localStorage, undefined);
    session.signIn(TOKEN);
    const response = await session.fetch(new Request(TARGETS));
    expect(response.status).toBe(200);
    expect(localStorage.getItem("nexfitra.refreshToken")).toBe("refresh-1");
  });

  it("renews an expired access token once and resends the request", async () => {
    const { tokens, server } = rotatingApi();
    const session = new Session(ORIGIN, server.transport, localStorage, undefined);
    session.signIn({ ...TOKEN, access_token: "expired" });
    const response = await session.fetch(new Request(TARGETS));
    expect(response.status).toBe(200);
    expect(tokens.used).toEqual(["refresh-1"]);
    expect(localStorage.getItem("nexfitra.refreshToken")).toBe("refresh-2");
  });

  it("shares one renewal between requests that fail together (a rotated token is never reused)", async () => {
    const { tokens, server } = rotatingApi();
    const session = new Session(ORIGIN, server.transport, localStorage, undefined);
    session.signIn({ ...TOKEN, access_token: "expired" });
    const answers = await Promise.all([1, 2, 3].map(() => session.fetch(new Request(TARGETS))));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(tokens.used).toEqual(["refresh-1"]);
  });

  it("renews before the first request after a reload (the access token lives in memory)", async () => {
    localStorage.setItem("nexfitra.refreshToken", "refresh-1");
    const { server } = rotatingApi();
    const session = new Session(ORIGIN, server.transport, localStorage, undefined);
    expect(session.isSignedIn()).toBe(true);
    expect((await session.fetch(new Request(TARGETS))).status).toBe(200);
    expect(server.requests.map((request) => new URL(request.url).pathname)).toEqual([
      "/api/v1/auth/refresh",
      "/api/v1/me/targets",
    ]);
  });

  it("ends the session when the refresh token is refused, and says it expired", async () => {
    const server = fakeServer({
      "GET /api/v1/me/targets": () => json(401, { detail: "expired" }),
      "POST /api/v1/auth/refresh": () => json(401, { detail: "refresh token is invalid" }),
    });
    const session = new Session(ORIGIN, server.transport, localStorage, undefined);
    session.signIn(TOKEN);
    const listener = vi.fn();
    session.subscribe(listener);
    const response = await session.fetch(new Request(TARGETS));
    expect(response.status).toBe(401);
    expect(session.isSignedIn()).toBe(false);
    expect(session.hasExpired()).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("reports a request without an answer as a network error", async () => {
    const session = new Session(
      ORIGIN,
      () => Promise.reject(new TypeError("Failed to fetch")),
      localStorage,
      undefined,
    );
    const failure = session.fetch(new Request(TARGETS));
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 0, isNetwork: true });
  });

  it("does not renew for the auth endpoints themselves", async () => {
    const server = fakeServer({
      "POST /api/v1/auth/login": () => json(401, { detail: "incorrect email or password" }),
    });
    const session = new Session(ORIGIN, server.transport, localStorage, undefined);
    session.signIn(TOKEN);
    const response = await session.fetch(
      new Request(`${ORIGIN}/api/v1/auth/login`, { method: "POST" }),
    );
    expect(response.status).toBe(401);
    expect(server.requests).toHaveLength(1);
    expect(session.isSignedIn()).toBe(true);
  });

  it("signs out locally even when the logout request fails, and is not 'expired'", async () => {
    const server = fakeServer({
      "POST /api/v1/auth/logout": () => Promise.reject(new TypeError("offline")),
    });
    const session = new Session(ORIGIN, server.transport, localStorage, undefined);
    session.signIn(TOKEN);
    await session.signOut();
    expect(session.isSignedIn()).toBe(false);
    expect(session.hasExpired()).toBe(false);
    expect(await server.requests[0]?.json()).toEqual({ refresh_token: "refresh-1" });
  });

  it("renews under a Web Lock, so tabs sharing the token take turns", async () => {
    const { server } = rotatingApi();
    const request = vi.fn((_name: string, work: () => Promise<unknown>) => work());
    const locks = { request } as unknown as LockManager;
    const session = new Session(ORIGIN, server.transport, localStorage, locks);
    session.signIn({ ...TOKEN, access_token: "expired" });
    await session.fetch(new Request(TARGETS));
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0]?.[0]).toBe("nexfitra.refresh");
  });

  it("follows a sign-out in another tab", () => {
    const session = new Session(ORIGIN, fakeServer().transport, localStorage, undefined);
    session.signIn(TOKEN);
    session.watch(window);
    const listener = vi.fn();
    session.subscribe(listener);
    localStorage.removeItem("nexfitra.refreshToken");
    window.dispatchEvent(
      new StorageEvent("storage", { key: "nexfitra.refreshToken", newValue: null }),
    );
    expect(listener).toHaveBeenCalledTimes(1);
    expect(session.isSignedIn()).toBe(false);
  });
});
