// The servers of the end-to-end run: each on a free port, logging to e2e-artifacts/<name>.log,
// ready once its readiness URL answers; stopping one waits for it to exit.
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";

const STARTUP_MS = 120_000;

export function freePort(): Promise<number> {
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

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

interface ServerOptions {
  /** Names the log file and error messages ("api", "serving"). */
  name: string;
  /** The command and its arguments; `{port}` in an argument becomes the free port. */
  command: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  artifacts: string;
  /** The path that answers 200 once the server can take requests. */
  readyPath: string;
}

/** Starts a server and resolves once it is ready; stops it again if it never gets there. */
export async function startServer(options: ServerOptions): Promise<Server> {
  const { name, command, cwd, env, artifacts, readyPath } = options;
  const port = String(await freePort());
  const url = `http://127.0.0.1:${port}`;
  const logFile = resolve(artifacts, `${name}.log`);
  const log = createWriteStream(logFile);
  const [program, ...args] = command.map((part) => part.replace("{port}", port));
  if (program === undefined) throw new Error(`${name}: no command`);
  const child = spawn(program, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exit: string | null = null;
  child.on("exit", (code, signal) => {
    exit = `exit code ${String(code)}, signal ${String(signal)}`;
  });
  // Read through a function: the narrowing above does not see the callback's assignment.
  const exited = (): string | null => exit;
  const stop = async () => {
    if (exited() !== null) return;
    const stopped = new Promise((done) => child.once("exit", done));
    child.kill("SIGTERM");
    await stopped;
  };

  const deadline = Date.now() + STARTUP_MS;
  while (Date.now() < deadline) {
    const failure = exited();
    if (failure !== null)
      throw new Error(`${name} stopped while starting: ${failure}; see ${logFile}`);
    const ready = await fetch(`${url}${readyPath}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, stop };
    await new Promise((wait) => setTimeout(wait, 250));
  }
  await stop();
  throw new Error(
    `${name} did not answer ${url}${readyPath} within ${String(STARTUP_MS / 1000)} s; see ${logFile}`,
  );
}
