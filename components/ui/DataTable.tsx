import type { ReactNode } from "react";

/**
 * Table of records in a card, with a caption and a last row-actions header that only screen
 * readers announce. The children are the body rows.
 */
export function DataTable({
  caption,
  columns,
  actionsLabel,
  className,
  children,
}: {
  caption: string;
  columns: string[];
  actionsLabel: string;
  /** Classes of the scrolling card around the table. */
  className: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-4 py-3">
                {column}
              </th>
            ))}
            <th scope="col" className="px-4 py-3">
              <span className="sr-only">{actionsLabel}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">{children}</tbody>
      </table>
    </div>
  );
}
