// The signed-in session: the access token in memory, the refresh token in storage, and a fetch
// that renews the access token once when it has expired.
import { ApiError, NETWORK_MESSAGE, errorFromResponse } from "./errors";
import type { Token } from "./types";

export type Transport = (request: Request) => Promise<Response>;

const REFRESH_KEY = "nexfitra.refreshToken";
const LOCK_NAME = "nexfitra.refresh";
const AUTH_PATH = "/api/v1/auth/";

/**
 * Owns the tokens. The API rotates refresh tokens and treats a reused one as theft (the whole
 * family is revoked), so renewals never overlap: one at a time in this tab (a shared promise)
 * and across tabs (a Web Lock), each reading the newest token from storage first.
 */
export class Session {
  private access: string | null = null;
  private renewal: Promise<string | null> | null = null;
  private expired = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly baseUrl: string,
    private readonly transport: Transport,
    private readonly storage: Storage,
    private readonly locks: LockManager | undefined = globalThis.navigator.locks,
  ) {}

  /** Whether a refresh token is held; stable between changes (for useSyncExternalStore). */
  readonly isSignedIn = (): boolean => this.storage.getItem(REFRESH_KEY) !== null;

  /** Whether the last session ended because it could not be renewed (not by signing out). */
  readonly hasExpired = (): boolean => this.expired;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Follow sign-ins and sign-outs made in other tabs (they share the stored refresh token). */
  watch(window: Window): void {
    window.addEventListener("storage", (event) => {
      if (event.key !== null && event.key !== REFRESH_KEY) return;
      if (event.newValue === null) this.access = null;
      this.notify();
    });
  }

  signIn(token: Token): void {
    this.expired = false;
    this.keep(token);
    this.notify();
  }

  /** Revoke the refresh token's family on the server (best effort) and forget both tokens. */
  async signOut(): Promise<void> {
    const refresh = this.storage.getItem(REFRESH_KEY);
    this.forget();
    if (refresh !== null) {
      await this.send(this.post("logout", refresh)).catch(() => undefined);
    }
  }

  /** Send a request with the access token; on a 401 renew it once and resend. */
  readonly fetch = async (request: Request): Promise<Response> => {
    if (request.url.includes(AUTH_PATH)) return this.send(request);
    const retry = request.clone();
    const used = this.access ?? (this.isSignedIn() ? await this.renew() : null);
    const response = await this.send(this.authorised(request, used));
    if (response.status !== 401 || !this.isSignedIn()) return response;
    // Another request may have renewed meanwhile; only renew if the token we used is current.
    const fresh = this.access !== null && this.access !== used ? this.access : await this.renew();
    return fresh === null ? response : this.send(this.authorised(retry, fresh));
  };

  /** A new access token, or null when the session has ended (the user must sign in again). */
  private renew(): Promise<string | null> {
    this.renewal ??= this.exclusively(() => this.rotate()).finally(() => {
      this.renewal = null;
    });
    return this.renewal;
  }

  private async rotate(): Promise<string | null> {
    const refresh = this.storage.getItem(REFRESH_KEY);
    if (refresh === null) return null;
    const response = await this.send(this.post("refresh", refresh));
    if (response.ok) {
      return this.keep((await response.json()) as Token);
    }
    if (response.status === 401) {
      this.expired = true;
      this.forget();
      return null;
    }
    throw errorFromResponse(response.status, await response.json().catch(() => null));
  }

  private async exclusively<T>(work: () => Promise<T>): Promise<T> {
    return this.locks ? await this.locks.request(LOCK_NAME, work) : await work();
  }

  private keep(token: Token): string {
    this.access = token.access_token;
    this.storage.setItem(REFRESH_KEY, token.refresh_token);
    return token.access_token;
  }

  private forget(): void {
    const was = this.isSignedIn();
    this.access = null;
    this.storage.removeItem(REFRESH_KEY);
    if (was) this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private post(action: "refresh" | "logout", refreshToken: string): Request {
    return new Request(`${this.baseUrl}${AUTH_PATH}${action}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ refresh_token: refreshToken }),
    });
  }

  private authorised(request: Request, token: string | null): Request {
    if (token !== null) request.headers.set("Authorization", `Bearer ${token}`);
    return request;
  }

  /** The network call; a request that gets no answer becomes an ApiError with status 0. */
  private async send(request: Request): Promise<Response> {
    try {
      return await this.transport(request);
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") throw error;
      throw new ApiError(0, NETWORK_MESSAGE);
    }
  }
}
