import type { ReactNode } from 'react';

/** A wide table's scroll box: a named region that takes focus, so a keyboard can scroll it (WCAG 2.1.1). */
export function TableWrap({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
