/**
 * Measure issuing a Form D certificate: approveAndIssue end to end (lock, reference number, render,
 * sign, store the PDF, history and audit in one transaction) on PGlite and on PostgreSQL, and
 * render plus sign alone without a database. Each part runs in its own process so that its peak
 * RSS is its own.
 *
 * Usage: node --import tsx bench/issue-certificate.ts [--count 20] [--part all|pglite|postgres|render]
 * PostgreSQL: a throwaway database on 127.0.0.1:5432 (or ECO_TEST_POSTGRES_URL), dropped at the end.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

type Part = "pglite" | "postgres" | "render";

type PartResult = {
  part: Part;
  count: number;
  /** The first run, which also creates the development credential and starts the render worker. */
  firstMs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  /**
   * Peak RSS before the first measured run: modules loaded and, for a database part, the database
   * open with its applications submitted.
   */
  peakRssBeforeMb: number;
  peakRssMb: number;
  pdfKilobytes: number;
};

const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
};

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], fraction: number): number {
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1];
}

/** Peak RSS of this process so far in MB. resourceUsage().maxRSS is in kilobytes and covers worker threads too. */
function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function summarise(part: Part, durations: number[], pdfBytes: number, peakRssBeforeMb: number): PartResult {
  const [first, ...rest] = durations;
  const sorted = [...rest].sort((left, right) => left - right);
  const round = (value: number) => Math.round(value);
  return {
    part,
    count: rest.length,
    firstMs: round(first),
    medianMs: round(percentile(sorted, 0.5)),
    p95Ms: round(percentile(sorted, 0.95)),
    minMs: round(sorted[0]),
    maxMs: round(sorted[sorted.length - 1]),
    peakRssBeforeMb,
    peakRssMb: peakRssMb(),
    pdfKilobytes: Math.round(pdfBytes / 1024),
  };
}

/** Render and sign the sample Form D `count + 1` times, with no database. */
async function benchRenderAndSign(count: number): Promise<PartResult> {
  const { renderAndSignFormD } = await import("@/lib/certificates/render-and-sign");
  const { createDevelopmentCredential } = await import("@/lib/signing/create-development-credential");
  const { sampleFormDDocument } = await import("@/lib/testing/form-d-fixtures");

  const generated = createDevelopmentCredential();
  const credential = { p12: generated.p12, password: generated.password, development: true };
  const peakRssBefore = peakRssMb();
  const durations: number[] = [];
  let pdfBytes = 0;
  for (let run = 0; run <= count; run += 1) {
    const started = performance.now();
    const signed = await renderAndSignFormD(sampleFormDDocument({ referenceNumber: `LA-TH 26/BENCH/${run}` }), credential);
    durations.push(performance.now() - started);
    pdfBytes = signed.pdf.length;
  }
  return summarise("render", durations, pdfBytes, peakRssBefore);
}

/** Open a migrated database of `backend` and return it with a function that removes it. */
async function openBenchDatabase(backend: "pglite" | "postgres") {
  const { migrateDatabase, openDatabase } = await import("@/db/client");
  if (backend === "pglite") {
    const directory = mkdtempSync(path.join(tmpdir(), "lao-eco-bench-pglite-"));
    const handle = await openDatabase({ pgliteDir: path.join(directory, "pglite") });
    await migrateDatabase(handle);
    return {
      handle,
      remove: async () => {
        await handle.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  }

  const { default: postgres } = await import("postgres");
  const adminUrl = process.env.ECO_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `eco_bench_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end({ timeout: 5 });

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString() });
  await migrateDatabase(handle);
  return {
    handle,
    remove: async () => {
      await handle.close();
      const dropper = postgres(adminUrl, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    },
  };
}

/** Submit `count + 1` applications, then time approveAndIssue on each one in turn. */
async function benchIssue(backend: "pglite" | "postgres", count: number): Promise<PartResult> {
  const { createApplication } = await import("@/lib/applications/create-application");
  const { saveApplicationStep } = await import("@/lib/applications/save-application-step");
  const { submitApplication } = await import("@/lib/applications/submit-application");
  const { approveAndIssue } = await import("@/lib/certificates/issue-certificate");
  const { getSigningCredential } = await import("@/lib/certificates/get-signing-credential");
  const { createTenant } = await import("@/db/testing/fixtures");
  const { certificates } = await import("@/db/schema");
  const { eq } = await import("drizzle-orm");
  const { formDDataSteps, formDStepValues } = await import("./form-d-steps");

  const database = await openBenchDatabase(backend);
  try {
    const db = database.handle.db;
    const tenant = await createTenant(db);
    const steps = formDStepValues();

    const applicationIds: string[] = [];
    for (let index = 0; index <= count; index += 1) {
      const { id } = await createApplication(db, tenant.exporter, { formType: "D" });
      for (const step of formDDataSteps) {
        await saveApplicationStep(db, tenant.exporter, id, step, steps[step]);
      }
      await saveApplicationStep(db, tenant.exporter, id, "review", {});
      await submitApplication(db, tenant.exporter, id, steps.declaration);
      applicationIds.push(id);
    }

    const peakRssBefore = peakRssMb();

    // Loaded once per process, as the app caches it per database handle.
    let credential: ReturnType<typeof getSigningCredential> | undefined;
    const loadCredential = (db: Parameters<typeof getSigningCredential>[0]) => (credential ??= getSigningCredential(db, {}));

    const durations: number[] = [];
    let lastCertificateId = "";
    for (const applicationId of applicationIds) {
      const started = performance.now();
      const issued = await approveAndIssue(db, tenant.officer, applicationId, { baseUrl: "http://127.0.0.1:3000", loadCredential });
      durations.push(performance.now() - started);
      lastCertificateId = issued.id;
    }

    const [stored] = await db.select({ pdf: certificates.pdf }).from(certificates).where(eq(certificates.id, lastCertificateId));
    return summarise(backend, durations, stored.pdf.length, peakRssBefore);
  } finally {
    await database.remove();
  }
}

async function runPart(part: Part, count: number): Promise<void> {
  const result = part === "render" ? await benchRenderAndSign(count) : await benchIssue(part, count);
  console.log(JSON.stringify(result));
}

/** Run every part in a child process of its own and print one table. */
function runAllParts(count: number): void {
  const script = process.argv[1];
  const results: PartResult[] = [];
  for (const part of ["render", "pglite", "postgres"] as const) {
    console.error(`Running ${part} (${count} measured runs after one warm-up)...`);
    const child = spawnSync(process.execPath, ["--import", "tsx", script, "--part", part, "--count", String(count)], {
      env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    if (child.status !== 0) throw new Error(`The ${part} part failed with exit code ${child.status}`);
    const line = child.stdout.trim().split("\n").at(-1) ?? "";
    results.push(JSON.parse(line) as PartResult);
  }

  console.log(`\nnode ${process.version}, ${new Date().toISOString()}, ${count} measured runs per part after one warm-up`);
  console.log("part      first ms  median ms  p95 ms  min ms  max ms  RSS before MB  peak RSS MB  PDF KB");
  for (const result of results) {
    console.log(
      [
        result.part.padEnd(8),
        String(result.firstMs).padStart(9),
        String(result.medianMs).padStart(10),
        String(result.p95Ms).padStart(7),
        String(result.minMs).padStart(7),
        String(result.maxMs).padStart(7),
        String(result.peakRssBeforeMb).padStart(14),
        String(result.peakRssMb).padStart(12),
        String(result.pdfKilobytes).padStart(7),
      ].join(" "),
    );
  }
  console.log(JSON.stringify(results));
}

async function main(): Promise<void> {
  const count = Number(argument("--count", "20"));
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a whole number of at least 1, got ${argument("--count", "")}`);
  const part = argument("--part", "all");
  if (part === "all") runAllParts(count);
  else if (part === "pglite" || part === "postgres" || part === "render") await runPart(part, count);
  else throw new Error(`--part must be all, pglite, postgres or render, got ${part}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
