import type { z } from "zod";
import { AppError, type FieldIssue } from "@/lib/errors";

/**
 * Convert zod issues to field issues with dotted paths ("items.0.fobValue"). The zod message is
 * already a message key; length limits add their maximum as the `max` parameter, and custom issues
 * pass on their string and number `params` (e.g. the departure date of invoiceAfterDeparture).
 */
export function toFieldIssues(error: z.ZodError, pathPrefix: (string | number)[] = []): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = [...pathPrefix, ...issue.path].map(String).join(".");
    const fieldIssue: FieldIssue = { path, code: issue.message };
    if (issue.code === "too_big" && typeof issue.maximum === "number") {
      fieldIssue.params = { max: issue.maximum };
    }
    if (issue.code === "custom" && issue.params) {
      const params = Object.entries(issue.params).filter(
        (entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number",
      );
      if (params.length > 0) fieldIssue.params = Object.fromEntries(params);
    }
    return fieldIssue;
  });
}

/** Parse with a schema or throw AppError VALIDATION_FAILED carrying the field issues. */
export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new AppError("VALIDATION_FAILED", "Validation failed", toFieldIssues(result.error));
  }
  return result.data;
}
