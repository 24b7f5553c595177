// A table of rows with column headers: a caption for screen readers, `scope="col"`
// headers, headers that only screen readers see (an actions column), and an optional
// scrollable region for tables wider than the screen.
import type { ReactNode } from "react";

/** A column header; `hidden` ones are read out but not shown (a column of buttons). */
export type Column = string | { label: string; hidden: true };

export function DataTable({
  caption,
  columns,
  scrollLabel,
  children,
}: {
  caption?: string;
  /** `false` or `null` leave a column out (one only some people see). */
  columns: (Column | false | null)[];
  /** When set, the table scrolls sideways inside a region of that name. */
  scrollLabel?: string;
  children: ReactNode;
}) {
  const table = (
    <table>
      {caption ? <caption className="visually-hidden">{caption}</caption> : null}
      <thead>
        <tr>
          {columns.filter((column) => column !== false && column !== null).map((column) =>
            typeof column === "string" ? (
              <th key={column} scope="col">
                {column}
              </th>
            ) : (
              <th key={column.label} scope="col">
                <span className="visually-hidden">{column.label}</span>
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  if (!scrollLabel) return table;
  return (
    // Focusable so keyboard users can scroll a table wider than the screen.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" tabIndex={0} role="region" aria-label={scrollLabel}>
      {table}
    </div>
  );
}
