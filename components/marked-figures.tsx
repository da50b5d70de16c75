import type { ReactNode } from 'react';

/** The text with each figure marked, as text nodes only (never HTML). */
export function MarkedFigures({ text, figures }: { text: string; figures: readonly string[] }) {
  const parts: ReactNode[] = [];
  let from = 0;
  for (const figure of figures) {
    if (!figure) continue;
    const at = text.indexOf(figure, from);
    if (at === -1) continue;
    if (at > from) parts.push(text.slice(from, at));
    parts.push(<mark key={`${at}-${figure}`}>{figure}</mark>);
    from = at + figure.length;
  }
  parts.push(text.slice(from));
  return <>{parts}</>;
}
