// Starts the stack for the end-to-end run: serving (`uvicorn serving.main:app`) on an empty MLflow
// registry, so the reference planner answers and says it read no notes; then the product API on
// a fresh PostgreSQL database, serving the built web app at `/` and sending plan jobs to that
// serving. The returned function stops both and drops the database.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, type Server } from "./processes";

const frontend = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repo = resolve(frontend, "..");
const artifacts = resolve(frontend, "e2e-artifacts");

/** Access tokens live 8 s, so every journey crosses expiries and relies on silent renewal. */
export const ACCESS_TOKEN_TTL_SECONDS = 8;
export const ADMIN_EMAIL = "admin@example.com";

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

/** Serving with a registry that holds no model: an empty MLflow SQLite file of its own. */
function startServing(uvicorn: string, data: string, scratch: string): Promise<Server> {
  const registry = resolve(scratch, "mlflow.db");
  writeFileSync(registry, "");
  return startServer({
    name: "serving",
    command: [uvicorn, "serving.main:app", "--host", "127.0.0.1", "--port", "{port}"],
    cwd: repo,
    env: {
      ...process.env,
      MLFLOW_TRACKING_URI: `sqlite:///${registry}`,
      SERVING_MODEL_CACHE_DIR: resolve(scratch, "models"),
      NEXFITRA_DATA_DIR: data,
    },
    artifacts,
    readyPath: "/readyz",
  });
}

function startApi(uvicorn: string, data: string, database: string, serving: string) {
  return startServer({
    name: "api",
    command: [uvicorn, "app.main:app", "--host", "127.0.0.1", "--port", "{port}"],
    cwd: repo,
    env: {
      ...process.env,
      DATABASE_URL: `${server().sqlalchemy}/${database}`,
      NEXFITRA_DATA_DIR: data,
      NEXFITRA_WEB_DIR: resolve(frontend, "dist"),
      FIRST_ADMIN_EMAIL: ADMIN_EMAIL,
      ACCESS_TOKEN_TTL_SECONDS: String(ACCESS_TOKEN_TTL_SECONDS),
      SERVING_URL: serving,
      // Plans show within a second of serving's answer, not the default poll's.
      WORKER_POLL_SECONDS: "0.2",
    },
    artifacts,
    readyPath: "/readyz",
  });
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const uvicorn = resolve(repo, process.env.VENV ?? ".venv", "bin/uvicorn");
  if (!existsSync(uvicorn))
    throw new Error(`${uvicorn} is missing: create the venv (make install)`);
  if (!existsSync(resolve(frontend, "dist/index.html")))
    throw new Error("frontend/dist is missing: npm run build");
  mkdirSync(artifacts, { recursive: true });
  const data = process.env.NEXFITRA_DATA_DIR ?? resolve(repo, "data");
  const scratch = mkdtempSync(resolve(tmpdir(), "nexfitra-e2e-"));
  const database = `nexfitra_e2e_${String(process.pid)}_${String(Date.now())}`;

  const started: Server[] = [];
  let created = false;
  const stop = async () => {
    for (const running of started.reverse()) await running.stop();
    if (created) psql(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    const serving = await startServing(uvicorn, data, scratch);
    started.push(serving);
    psql(`CREATE DATABASE "${database}"`);
    created = true;
    const api = await startApi(uvicorn, data, database, serving.url);
    started.push(api);
    process.env.NEXFITRA_E2E_URL = api.url;
    console.log(
      `e2e: API and web app at ${api.url} (database ${database}), serving at ${serving.url}`,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}
