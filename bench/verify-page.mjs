#!/usr/bin/env node
// Measure requests per second and latency of the public verification JSON endpoint
// (/api/verify/TOKEN) and page (/verify/TOKEN) with plain fetch loops: `--concurrency` loops per
// target for `--seconds`, stopping early at `--max-requests`. Requests go to 127.0.0.1 only.
//
// Usage:
//   node bench/verify-page.mjs [--concurrency 10] [--seconds 10] [--max-requests 100000]
//     Builds if needed, prepares a throwaway PGlite folder with one issued certificate, starts the
//     app on a free port with scripts/start.mjs, measures, stops it and deletes the folder.
//   node bench/verify-page.mjs --port 3000 --token TOKEN --reference "REFERENCE NO."
//     Measures an app that is already running on 127.0.0.1:3000.
// Client and server share the machine, so the client's own CPU use lowers the numbers.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./free-port.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
};
const concurrency = Number(argument("--concurrency", "10"));
const seconds = Number(argument("--seconds", "10"));
const maxRequests = Number(argument("--max-requests", "100000"));
const WARM_UP_REQUESTS = 50;

/** Nearest-rank percentile of sorted values. */
function percentile(sorted, fraction) {
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1];
}

/**
 * Run `concurrency` request loops against `url` and return throughput, latency, status counts and
 * how many responses showed the certificate (`showsCertificate(status, body)`), so that an error
 * or rate-limit page sent with status 200 does not count as a success.
 */
async function load(url, showsCertificate) {
  for (let index = 0; index < WARM_UP_REQUESTS; index += 1) await (await fetch(url)).arrayBuffer();

  const latencies = [];
  const statuses = {};
  let errors = 0;
  let started = 0;
  let certificateShown = 0;
  const deadline = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline && started < maxRequests) {
      started += 1;
      const begin = performance.now();
      try {
        const response = await fetch(url);
        const body = await response.text();
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        if (showsCertificate(response.status, body)) certificateShown += 1;
        latencies.push(performance.now() - begin);
      } catch {
        errors += 1;
      }
    }
  };
  const begin = performance.now();
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsedSeconds = (performance.now() - begin) / 1000;

  latencies.sort((left, right) => left - right);
  const round = (value) => Math.round(value * 10) / 10;
  return {
    requests: latencies.length,
    errors,
    statuses,
    certificateShown,
    seconds: round(elapsedSeconds),
    requestsPerSecond: round(latencies.length / elapsedSeconds),
    medianMs: round(percentile(latencies, 0.5)),
    p95Ms: round(percentile(latencies, 0.95)),
    p99Ms: round(percentile(latencies, 0.99)),
    maxMs: round(latencies.at(-1)),
  };
}

/** Prepare a PGlite folder with one certificate, start the app on it and return how to reach and stop it. */
async function startPreparedApp() {
  const workDir = mkdtempSync(path.join(tmpdir(), "lao-eco-bench-verify-"));
  const dataDir = path.join(workDir, "pglite");
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  const prepared = spawnSync(process.execPath, ["--import", "tsx", "bench/prepare-verify-data.ts", dataDir, baseUrl], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "warn" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (prepared.status !== 0) throw new Error(`bench/prepare-verify-data.ts failed with exit code ${prepared.status}`);
  const { token, referenceNumber } = JSON.parse(prepared.stdout.trim().split("\n").at(-1));

  const env = { ...process.env, AUTH_SECRET: randomBytes(32).toString("hex"), LOG_LEVEL: "warn", BASE_URL: baseUrl };
  delete env.DATABASE_URL;
  // A process group of its own, so stopping it also stops the `next start` it spawns.
  const server = spawn(process.execPath, ["scripts/start.mjs", "--port", String(port), "--data-dir", dataDir], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = async () => {
    if (server.exitCode === null) {
      process.kill(-server.pid, "SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    rmSync(workDir, { recursive: true, force: true });
  };

  try {
    const deadline = Date.now() + 300_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error("scripts/start.mjs exited before /api/health returned 200");
      if (Date.now() > deadline) throw new Error("/api/health did not return 200 within 300 s");
      try {
        if ((await fetch(`${baseUrl}/api/health`)).status === 200) break;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, token, referenceNumber, stop };
}

const givenPort = argument("--port", undefined);
const app = givenPort
  ? {
      baseUrl: `http://127.0.0.1:${Number(givenPort)}`,
      token: argument("--token", ""),
      referenceNumber: argument("--reference", ""),
      stop: async () => {},
    }
  : await startPreparedApp();
try {
  if (!app.token || !app.referenceNumber) throw new Error("--token and --reference are required with --port");
  const showsReference = (status, body) => status === 200 && body.includes(app.referenceNumber);
  const targets = [
    ["json", `${app.baseUrl}/api/verify/${app.token}`],
    ["page", `${app.baseUrl}/verify/${app.token}`],
  ];
  const results = {};
  for (const [name, url] of targets) {
    const check = await fetch(url);
    if (!showsReference(check.status, await check.text())) {
      throw new Error(`${url} did not show certificate ${app.referenceNumber} before the run (status ${check.status})`);
    }
    results[name] = await load(url, showsReference);
    console.log(`${name}: ${JSON.stringify(results[name])}`);
  }
  console.log(
    JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, concurrency, seconds, results }),
  );
} finally {
  await app.stop();
}
