// The client's types, generated from the product API's OpenAPI document.
//
//   node scripts/api-types.mjs --write              regenerate src/api/schema.d.ts
//   node scripts/api-types.mjs --check              fail when the committed file is stale
//   ... --url http://127.0.0.1:8000                 read a running API instead of the source
//
// Without --url the document is dumped from the source (`create_app().openapi()`) with the
// project's virtual environment ($VENV, default ../.venv): no server or database needed.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../..");
export const SCHEMA_FILE = resolve(here, "../src/api/schema.d.ts");
export const OPENAPI_PATH = "/api/v1/openapi.json";
const HEADER =
  "// Generated from the product API's OpenAPI document by `npm run api:types`. Do not edit.\n\n";

/** The OpenAPI document as the source defines it, dumped by the project's Python. */
export function dumpFromSource() {
  const python = resolve(repoRoot, process.env.VENV ?? ".venv", "bin/python");
  const code =
    "import json; from app.main import create_app; print(json.dumps(create_app().openapi()))";
  return JSON.parse(execFileSync(python, ["-c", code], { cwd: repoRoot, encoding: "utf8" }));
}

/** The OpenAPI document a running API serves. */
export async function fetchFromApi(baseUrl) {
  const response = await fetch(new URL(OPENAPI_PATH, baseUrl));
  if (!response.ok) throw new Error(`${OPENAPI_PATH}: HTTP ${response.status}`);
  return response.json();
}

/** The TypeScript declarations for an OpenAPI document, as committed. */
export async function render(document) {
  return HEADER + astToString(await openapiTS(document));
}

export function committed() {
  return readFileSync(SCHEMA_FILE, "utf8");
}

async function main(argv) {
  const mode = argv.includes("--write") ? "write" : argv.includes("--check") ? "check" : null;
  const urlAt = argv.indexOf("--url");
  if (mode === null || (urlAt >= 0 && !argv[urlAt + 1])) {
    console.error("usage: api-types.mjs --write|--check [--url http://host:port]");
    process.exit(2);
  }
  const document = urlAt >= 0 ? await fetchFromApi(argv[urlAt + 1]) : dumpFromSource();
  const text = await render(document);
  if (mode === "write") {
    writeFileSync(SCHEMA_FILE, text);
    console.log(`wrote ${SCHEMA_FILE}`);
  } else if (text !== committed()) {
    console.error(`${SCHEMA_FILE} is stale against the API: run \`npm run api:types\``);
    process.exit(1);
  } else {
    console.log("API types are up to date");
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
