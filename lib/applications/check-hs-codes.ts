import type { FieldIssue } from "@/lib/errors";
import { isKnownHsSubheading } from "@/lib/hs/hs-list";

/** Field issues for goods items whose HS code (6 or 8 digits) has no HS 2022 subheading. */
export function unknownHsCodeIssues(items: readonly { hsCode: string }[]): FieldIssue[] {
  return items.flatMap((item, index) =>
    isKnownHsSubheading(item.hsCode) ? [] : [{ path: `items.${index}.hsCode`, code: "invalidHsCode" }],
  );
}
