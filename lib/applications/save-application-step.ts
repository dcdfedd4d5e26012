import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applicationItems, applications } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/forms/field-issues";
import {
  consigneeStepSchema,
  declarationStepSchema,
  formDSteps,
  goodsStepSchema,
  makeInvoiceStepSchema,
  transportStepSchema,
  type FormDStep,
} from "@/lib/forms/form-d/schema";
import { unknownHsCodeIssues } from "./check-hs-codes";
import { lockApplication } from "./lock-application";

/** Statuses in which the exporter may still change the application. */
export const editableStatuses = ["draft", "returned"] as const;

/** The declaration is only accepted on submit; saving the step keeps the place and name. */
const declarationDraftSchema = declarationStepSchema.omit({ accept: true });

/**
 * Validate one wizard step with its schema and store it in a draft or returned application.
 * The goods step replaces all items. lastStep becomes the highest step index saved so far.
 * Throws NOT_FOUND outside the exporter's company, INVALID_STATUS once submitted or issued, and
 * VALIDATION_FAILED with field issues ("items.0.fobValue": "tooManyDecimals").
 */
export async function saveApplicationStep(
  db: Db,
  actor: Actor,
  applicationId: string,
  step: FormDStep,
  data: unknown,
): Promise<void> {
  requirePermission(actor, "application.edit");
  const stepIndex = formDSteps.indexOf(step);
  if (stepIndex < 0) {
    throw new AppError("VALIDATION_FAILED", `Unknown step ${String(step)}`, [{ path: "step", code: "invalidOption" }]);
  }

  await db.transaction(async (tx) => {
    const application = await lockApplication(tx, actor, applicationId);
    if (!(editableStatuses as readonly string[]).includes(application.status)) {
      throw new AppError("INVALID_STATUS", `Application ${application.id} is ${application.status} and can no longer be edited`);
    }

    let changes: Partial<typeof applications.$inferInsert> = {};
    switch (step) {
      case "consignee":
        changes = parseOrThrow(consigneeStepSchema, data);
        break;

      case "transport": {
        const transport = parseOrThrow(transportStepSchema, data);
        changes = { ...transport, vehicleOrVessel: transport.vehicleOrVessel || null };
        break;
      }

      case "goods": {
        const goods = parseOrThrow(goodsStepSchema, data);
        const issues = unknownHsCodeIssues(goods.items);
        if (issues.length > 0) throw new AppError("VALIDATION_FAILED", "Unknown HS code", issues);

        await tx.delete(applicationItems).where(eq(applicationItems.applicationId, application.id));
        await tx.insert(applicationItems).values(
          goods.items.map((item, index) => ({
            applicationId: application.id,
            lineNumber: index + 1,
            ...item,
            fobCurrency: item.fobValue === null ? null : item.fobCurrency,
          })),
        );
        break;
      }

      case "invoice":
        changes = parseOrThrow(makeInvoiceStepSchema({ departureDate: application.departureDate }), data);
        break;

      case "review":
        break;

      case "declaration":
        changes = parseOrThrow(declarationDraftSchema, data);
        break;
    }

    await tx
      .update(applications)
      .set({
        ...changes,
        lastStep: sql`greatest(${applications.lastStep}, ${stepIndex})`,
        updatedAt: new Date(),
      })
      .where(eq(applications.id, application.id));
  });
}
