/** Which clips a briefing holds, in which order (issue #5). */
import type { ClipWithSource } from '../clips';

export const briefingScopes = ['all', 'filter', 'picked'] as const;
export type BriefingScope = (typeof briefingScopes)[number];

/**
 * The clips in the scope, in the user's order: ids the user moved come in
 * that order; clips new to the scope follow in library order.
 */
export function orderClips(inScope: readonly ClipWithSource[], order: readonly string[]): ClipWithSource[] {
  const byId = new Map(inScope.map((item) => [item.clip.id, item]));
  const ordered = order.flatMap((id) => byId.get(id) ?? []);
  const placed = new Set(ordered.map((item) => item.clip.id));
  return [...ordered, ...inScope.filter((item) => !placed.has(item.clip.id))];
}

/** Moves the clip at `from` by `delta` places, returning the new order of ids. */
export function moveClip(ids: readonly string[], from: number, delta: number): string[] {
  const to = from + delta;
  if (from < 0 || from >= ids.length || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}
