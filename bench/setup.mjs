#!/usr/bin/env node
// Measure how long a new checkout takes to become a running app: `npm ci`, `next build`, and the
// first start (migration and demo data on an empty PGlite database) until /api/health returns 200,
// then a second start on the same database. Works in a throwaway `git clone` of this repository,
// so it measures the committed sources only, and deletes the clone at the end.
// Usage: node bench/setup.mjs [--keep]   (--keep leaves the clone in place for inspection)
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { freePort } from "./free-port.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const keep = process.argv.includes("--keep");
const HEALTH_TIMEOUT_MS = 180_000;

/** Run a command under GNU time and return wall seconds and the peak RSS of its largest process. */
function timed(label, command, args, options) {
  const started = process.hrtime.bigint();
  const result = spawnSync("/usr/bin/time", ["-f", "%M", command, ...args], {
    ...options,
    stdio: ["ignore", "inherit", "pipe"],
    encoding: "utf8",
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const stderrLines = result.stderr.trim().split("\n");
  process.stderr.write(`${stderrLines.slice(0, -1).join("\n")}\n`);
  if (result.status !== 0) throw new Error(`${label} failed with exit code ${result.status}`);
  const peakKilobytes = Number(stderrLines.at(-1));
  return { seconds, peakRssMb: Math.round(peakKilobytes / 1024) };
}

/** Start scripts/start.mjs of the clone and return the seconds until /api/health returns 200. */
async function timeStart(appDir, port, dataDir, env) {
  const started = process.hrtime.bigint();
  // A process group of its own, so stopping it also stops the `next start` it spawns.
  const child = spawn(process.execPath, ["scripts/start.mjs", "--port", String(port), "--data-dir", dataDir], {
    cwd: appDir,
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });

  try {
    const deadline = Date.now() + HEALTH_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (exited) throw new Error(`scripts/start.mjs exited before /api/health returned 200 (port ${port})`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.status === 200) return Number(process.hrtime.bigint() - started) / 1e9;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`/api/health did not return 200 within ${HEALTH_TIMEOUT_MS / 1000} s`);
  } finally {
    if (!exited) {
      process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
  }
}

const workDir = mkdtempSync(path.join(tmpdir(), "lao-eco-bench-setup-"));
const appDir = path.join(workDir, "app");
try {
  const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim();
  console.log(`Cloning ${root} at ${commit} into ${appDir}`);
  const clone = spawnSync("git", ["clone", "--quiet", root, appDir], { stdio: "inherit" });
  if (clone.status !== 0) throw new Error("git clone failed");

  const npmCi = timed("npm ci", "npm", ["ci", "--no-audit", "--no-fund"], { cwd: appDir });
  console.log(`npm ci: ${npmCi.seconds.toFixed(1)} s, peak RSS ${npmCi.peakRssMb} MB`);

  const env = {
    ...process.env,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.DATABASE_URL;

  // The build imports route modules, and lib/env.ts rejects a production process without AUTH_SECRET.
  const build = timed("next build", path.join(appDir, "node_modules", ".bin", "next"), ["build"], { cwd: appDir, env });
  console.log(`next build: ${build.seconds.toFixed(1)} s, peak RSS ${build.peakRssMb} MB`);
  const dataDir = path.join(workDir, "pglite");
  const firstStart = await timeStart(appDir, await freePort(), dataDir, env);
  console.log(`first start (empty PGlite: migrate and seed) until /api/health = 200: ${firstStart.toFixed(2)} s`);
  const secondStart = await timeStart(appDir, await freePort(), dataDir, env);
  console.log(`second start (existing PGlite) until /api/health = 200: ${secondStart.toFixed(2)} s`);

  console.log(
    JSON.stringify({
      date: new Date().toISOString(),
      commit,
      node: process.version,
      cpus: cpus().length,
      npmCiSeconds: Number(npmCi.seconds.toFixed(1)),
      npmCiPeakRssMb: npmCi.peakRssMb,
      buildSeconds: Number(build.seconds.toFixed(1)),
      buildPeakRssMb: build.peakRssMb,
      firstStartSeconds: Number(firstStart.toFixed(2)),
      secondStartSeconds: Number(secondStart.toFixed(2)),
    }),
  );
} finally {
  if (keep) console.log(`Kept ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
}
