// Starts the product API for the end-to-end run: a fresh PostgreSQL database, a free port, the
// built web app served at `/`. The returned function stops the server and drops the database.
import { execFileSync, spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const frontend = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repo = resolve(frontend, "..");
const artifacts = resolve(frontend, "e2e-artifacts");

/** Access tokens live 8 s, so every journey crosses expiries and relies on silent renewal. */
export const ACCESS_TOKEN_TTL_SECONDS = 8;
export const ADMIN_EMAIL = "admin@example.com";

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === "object") done(address.port);
        else fail(new Error("no port"));
      });
    });
  });
}

/** The server part of TEST_DATABASE_URL (a SQLAlchemy URL), as libpq and SQLAlchemy spell it. */
function server(): { libpq: string; sqlalchemy: string } {
  const url =
    process.env.TEST_DATABASE_URL ?? "postgresql+psycopg://postgres@127.0.0.1:5432/nexfitra_test";
  const sqlalchemy = url.slice(0, url.lastIndexOf("/"));
  return { sqlalchemy, libpq: sqlalchemy.replace("+psycopg", "") };
}

function psql(sql: string): void {
  execFileSync("psql", [`${server().libpq}/postgres`, "-qc", sql], { stdio: "inherit" });
}

async function waitUntilReady(url: string, exited: () => string | null): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const failure = exited();
    if (failure !== null)
      throw new Error(`the API stopped while starting: ${failure}; see ${artifacts}/api.log`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`the API did not answer ${url}/readyz within 60 s; see ${artifacts}/api.log`);
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const uvicorn = resolve(repo, process.env.VENV ?? ".venv", "bin/uvicorn");
  if (!existsSync(uvicorn))
    throw new Error(`${uvicorn} is missing: create the venv (make install)`);
  if (!existsSync(resolve(frontend, "dist/index.html")))
    throw new Error("frontend/dist is missing: npm run build");
  mkdirSync(artifacts, { recursive: true });

  const database = `nexfitra_e2e_${String(process.pid)}_${String(Date.now())}`;
  psql(`CREATE DATABASE "${database}"`);
  const port = await freePort();
  const url = `http://127.0.0.1:${String(port)}`;
  const log = createWriteStream(resolve(artifacts, "api.log"));
  const api = spawn(uvicorn, ["app.main:app", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: repo,
    env: {
      ...process.env,
      DATABASE_URL: `${server().sqlalchemy}/${database}`,
      NEXFITRA_DATA_DIR: process.env.NEXFITRA_DATA_DIR ?? resolve(repo, "data"),
      NEXFITRA_WEB_DIR: resolve(frontend, "dist"),
      FIRST_ADMIN_EMAIL: ADMIN_EMAIL,
      ACCESS_TOKEN_TTL_SECONDS: String(ACCESS_TOKEN_TTL_SECONDS),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  api.stdout.pipe(log);
  api.stderr.pipe(log);
  let exit: string | null = null;
  api.on("exit", (code, signal) => {
    exit = `exit code ${String(code)}, signal ${String(signal)}`;
  });

  const stop = async () => {
    if (exit === null) {
      const stopped = new Promise((done) => api.once("exit", done));
      api.kill("SIGTERM");
      await stopped;
    }
    psql(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  };
  try {
    await waitUntilReady(url, () => exit);
  } catch (error) {
    await stop();
    throw error;
  }
  process.env.NEXFITRA_E2E_URL = url;
  console.log(`e2e: API and web app at ${url}, database ${database}`);
  return stop;
}
