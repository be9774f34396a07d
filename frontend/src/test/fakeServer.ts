// A stand-in for the product API: requests are answered by handlers keyed "METHOD /path".
import type { Transport } from "../api/session";

export type Handler = (request: Request) => Response | Promise<Response>;

export function json(status: number, body: unknown): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

export interface FakeServer {
  transport: Transport;
  /** Every request sent, in order (bodies still readable through `clone()`). */
  requests: Request[];
  on: (route: string, handler: Handler) => void;
}

export function fakeServer(routes: Record<string, Handler> = {}): FakeServer {
  const handlers = new Map(Object.entries(routes));
  const requests: Request[] = [];
  return {
    requests,
    on: (route, handler) => handlers.set(route, handler),
    transport: async (request) => {
      requests.push(request.clone());
      const url = new URL(request.url);
      const handler = handlers.get(`${request.method} ${url.pathname}`);
      if (handler === undefined) throw new Error(`unexpected ${request.method} ${url.pathname}`);
      return handler(request);
    },
  };
}

export const TOKEN = {
  access_token: "access-1",
  refresh_token: "refresh-1",
  token_type: "bearer",
  expires_in: 900,
} as const;
