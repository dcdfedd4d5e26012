/**
 * Create a PGlite folder holding the demo data and one issued Form D certificate, for
 * bench/verify-page.mjs. Prints {"token": ..., "referenceNumber": ...} as the last line.
 *
 * Usage: node --import tsx bench/prepare-verify-data.ts PGLITE_DIR BASE_URL
 * The folder must not be open in another process (PGlite has no lock).
 */
import { eq } from "drizzle-orm";
import { migrateDatabase, openDatabase } from "@/db/client";
import { users } from "@/db/schema";
import { demoAccounts, seedDemoData } from "@/db/seed";
import { createApplication } from "@/lib/applications/create-application";
import { saveApplicationStep } from "@/lib/applications/save-application-step";
import { submitApplication } from "@/lib/applications/submit-application";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { getSigningCredential } from "@/lib/certificates/get-signing-credential";
import { approveAndIssue } from "@/lib/certificates/issue-certificate";
import { formDDataSteps, formDStepValues } from "./form-d-steps";

async function actorOf(db: Parameters<typeof seedDemoData>[0], email: string): Promise<Actor> {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user) throw new Error(`Demo user ${email} not found after seeding`);
  return { userId: user.id, role: user.role, companyId: user.companyId, officeId: user.officeId };
}

async function main(): Promise<void> {
  const [dataDir, baseUrl] = process.argv.slice(2);
  if (!dataDir || !baseUrl) throw new Error("Usage: node --import tsx bench/prepare-verify-data.ts PGLITE_DIR BASE_URL");

  const handle = await openDatabase({ pgliteDir: dataDir });
  try {
    await migrateDatabase(handle);
    const db = handle.db;
    await seedDemoData(db, { hashPassword, production: false });
    const exporter = await actorOf(db, demoAccounts.exporter);
    const officer = await actorOf(db, demoAccounts.officer);

    const steps = formDStepValues();
    const { id } = await createApplication(db, exporter, { formType: "D" });
    for (const step of formDDataSteps) {
      await saveApplicationStep(db, exporter, id, step, steps[step]);
    }
    await saveApplicationStep(db, exporter, id, "review", {});
    await submitApplication(db, exporter, id, steps.declaration);

    const issued = await approveAndIssue(db, officer, id, { baseUrl, loadCredential: (database) => getSigningCredential(database, {}) });
    console.log(JSON.stringify({ token: issued.verificationToken, referenceNumber: issued.referenceNumber }));
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
