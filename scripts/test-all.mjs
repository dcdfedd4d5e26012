#!/usr/bin/env node
// Run every test suite (unit, data on PGlite and PostgreSQL, end-to-end in Chromium) and print one
// closing line "N passed, N failed, N skipped" that counts them all.
// Usage: node scripts/test-all.mjs [--only unit|data|e2e]
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const onlyIndex = process.argv.indexOf("--only");
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : null;
const skippedDirectories = new Set(["node_modules", ".next", ".data", ".git", "e2e", "test-results", ".reports"]);

function listFiles(directory, accept) {
  const found = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (skippedDirectories.has(entry.name)) continue;
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(full, accept));
    else if (accept(path.relative(root, full))) found.push(path.relative(root, full));
  }
  return found.sort();
}

const isDataTest = (file) => file.endsWith(".data.test.ts") || file.startsWith(`db${path.sep}tests${path.sep}`);
const isTest = (file) => file.endsWith(".test.ts") || file.endsWith(".test.tsx");

/** Run a command, echo its output and resolve with the output and exit code. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on("close", (code) => resolve({ output, code: code ?? 1 }));
  });
}

/** Read the totals that node's spec reporter prints at the end of a run. */
function nodeRunnerTotals(output) {
  const read = (name) => Number(new RegExp(`^\\S* ${name} (\\d+)$`, "m").exec(output)?.[1] ?? "0");
  return { passed: read("pass"), failed: read("fail") + read("cancelled"), skipped: read("skipped") + read("todo") };
}

async function runNodeSuite(name, files, env = {}) {
  if (files.length === 0) {
    console.log(`\n== ${name}: no test files`);
    return { passed: 0, failed: 0, skipped: 0 };
  }
  console.log(`\n== ${name}: ${files.length} files`);
  const { output, code } = await run(
    process.execPath,
    ["--import", "tsx", "--test", "--test-reporter=spec", "--test-reporter-destination=stdout", ...files],
    env,
  );
  const totals = nodeRunnerTotals(output);
  // A crash before any test ran must still count as a failure.
  if (code !== 0 && totals.failed === 0) totals.failed = 1;
  return totals;
}

function postgresReachable() {
  const probe = spawnSync("pg_isready", ["-h", "127.0.0.1", "-p", "5432"], { stdio: "ignore" });
  return probe.status === 0;
}

async function runEndToEnd() {
  console.log("\n== end-to-end (Playwright, Debian Chromium)");
  mkdirSync(path.join(root, ".reports"), { recursive: true });
  const reportFile = path.join(root, ".reports", "e2e.json");
  const { code } = await run(path.join(root, "node_modules", ".bin", "playwright"), ["test", "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile,
  });
  try {
    if (statSync(reportFile).mtimeMs < started) throw new Error("stale report");
    const stats = JSON.parse(readFileSync(reportFile, "utf8")).stats;
    const totals = { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
    if (code !== 0 && totals.failed === 0) totals.failed = 1;
    return totals;
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
const add = (part) => {
  totals.passed += part.passed;
  totals.failed += part.failed;
  totals.skipped += part.skipped;
};

const tools = spawnSync("bash", [path.join(root, "scripts", "ensure-system-tools.sh")], { stdio: "inherit" });
if (tools.status !== 0) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}

const testFiles = listFiles(root, isTest);
if (!only || only === "unit") add(await runNodeSuite("unit", testFiles.filter((file) => !isDataTest(file))));
if (!only || only === "data") {
  if (!postgresReachable() && process.env.ECO_SKIP_POSTGRES !== "1") {
    console.error("PostgreSQL is not reachable at 127.0.0.1:5432. Start it, or set ECO_SKIP_POSTGRES=1 to run the data tests on PGlite only.");
    totals.failed += 1;
  } else {
    add(await runNodeSuite("data (PGlite and PostgreSQL)", testFiles.filter(isDataTest)));
  }
}
if (!only || only === "e2e") add(await runEndToEnd());

const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\nAll suites finished in ${seconds} s.`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
