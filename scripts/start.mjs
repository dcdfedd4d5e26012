#!/usr/bin/env node
// Build the app when the sources changed since the last build, then serve it on 127.0.0.1.
// Without DATABASE_URL the app uses the embedded PGlite database in .data/pglite and, on its first
// start, migrates it and loads the demo data.
// Options: --port N (default 3000 or $PORT), --data-dir DIR (PGlite folder), --fresh (empty DIR first).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const argument = (name) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const port = argument("--port") ?? process.env.PORT ?? "3000";
const dataDir = path.resolve(root, argument("--data-dir") ?? process.env.PGLITE_DIR ?? ".data/pglite");
const production = process.env.NODE_ENV === "production";

/** Newest modification time among the files that go into the build. */
function newestSourceTime() {
  let newest = 0;
  const visit = (entry) => {
    const stats = statSync(entry);
    if (stats.isDirectory()) {
      for (const name of readdirSync(entry)) visit(path.join(entry, name));
    } else {
      newest = Math.max(newest, stats.mtimeMs);
    }
  };
  for (const name of ["app", "components", "lib", "db", "messages", "i18n", "public", "package-lock.json", "next.config.ts", "auth.ts", "auth.config.ts", "proxy.ts"]) {
    const full = path.join(root, name);
    if (existsSync(full)) visit(full);
  }
  return newest;
}

/**
 * Build unless .next is newer than every source. The build gets the app's environment because
 * collecting page data imports route modules, and lib/env.ts rejects a production process
 * without AUTH_SECRET.
 */
function buildIfNeeded(env) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSourceTime()) return;
  console.log("Building the app (about a minute on 2 cores)...");
  const build = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** AUTH_SECRET from the environment; outside production a random one is kept in .data/ for convenience. */
function authSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (production) {
    console.error("AUTH_SECRET is missing. Set it to a random string of at least 32 characters.");
    process.exit(1);
  }
  const file = path.join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

if (process.argv.includes("--fresh") && !process.env.DATABASE_URL) rmSync(dataDir, { recursive: true, force: true });
const env = {
  ...process.env,
  AUTH_SECRET: authSecret(),
  AUTH_TRUST_HOST: "true",
  // Next.js sends anonymous usage data to its vendor unless NEXT_TELEMETRY_DISABLED is set, and this app must contact no outside host.
  NEXT_TELEMETRY_DISABLED: "1",
  PGLITE_DIR: dataDir,
  BASE_URL: process.env.BASE_URL ?? `http://127.0.0.1:${port}`,
  // `next start` always runs the app with NODE_ENV=production, where it loads demo data only with
  // DEMO_DATA set. So a start without NODE_ENV=production sets DEMO_DATA=1 unless it is given.
  ...(production || process.env.DEMO_DATA !== undefined ? {} : { DEMO_DATA: "1" }),
};
buildIfNeeded(env);

const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "--hostname", "127.0.0.1", "--port", port], {
  cwd: root,
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

// The first request opens the database, which migrates it and loads the demo data.
const origin = `http://127.0.0.1:${port}`;
for (let attempt = 0; attempt < 120; attempt += 1) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  try {
    const response = await fetch(`${origin}/api/health`);
    if (response.ok) {
      console.log(`\nLao e-CO is ready at ${origin}`);
      console.log(`Database: ${process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${dataDir}`}`);
      if (!production) console.log("Demo accounts: exporter@demo.la, officer@demo.la, admin@demo.la (password: see README.md)");
      break;
    }
  } catch {
    // not listening yet
  }
}
