import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import type { ClipWithSource } from '@/lib/clips';

/** What the list needs on each card's <li>: position, measuring, focus, set position for screen readers. */
export interface RowProps {
  key: React.Key;
  'data-index': number;
  ref(node: Element | null): void;
  tabIndex: number;
  'aria-setsize': number;
  'aria-posinset': number;
  style: React.CSSProperties;
}

export interface ClipListProps {
  items: readonly ClipWithSource[];
  renderItem(item: ClipWithSource, row: RowProps): ReactNode;
  /** Keyboard: Enter edits, Delete deletes the focused clip (issue #4). */
  onEditKey(id: string): void;
  onDeleteKey(id: string): void;
}

/**
 * The library's list, virtualised: only the cards near the viewport are in
 * the DOM, so 100,000 clips scroll like 100 (issue #4). Arrow keys move
 * between cards; the focused card stays rendered.
 */
export function ClipList({ items, renderItem, onEditKey, onDeleteKey }: ClipListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => 170,
    overscan: 6,
    scrollMargin,
    getItemKey: (index) => items[index]?.clip.id ?? index,
  });

  function focusCard(index: number) {
    const target = Math.max(0, Math.min(items.length - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // The card may only exist after the virtualiser renders it.
    requestAnimationFrame(() => {
      listRef.current?.querySelector<HTMLElement>(`[data-index="${target}"]`)?.focus();
    });
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLUListElement>) {
    const card = (event.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    // Keys typed into the card's own fields and buttons are theirs.
    if (!card || event.target !== card) return;
    const index = Number(card.dataset.index);
    const id = items[index]?.clip.id;
    if (event.key === 'ArrowDown') focusCard(index + 1);
    else if (event.key === 'ArrowUp') focusCard(index - 1);
    else if (event.key === 'Home') focusCard(0);
    else if (event.key === 'End') focusCard(items.length - 1);
    else if (event.key === 'Enter' && id) onEditKey(id);
    else if ((event.key === 'Delete' || event.key === 'Backspace') && id) {
      onDeleteKey(id);
      focusCard(index);
    } else return;
    event.preventDefault();
  }

  const virtualItems = virtualizer.getVirtualItems();
  return (
    <ul
      ref={listRef}
      className="clip-list"
      aria-label="Clips"
      onKeyDown={onKeyDown}
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {virtualItems.map((row) =>
        renderItem(items[row.index]!, {
          key: row.key,
          'data-index': row.index,
          ref: virtualizer.measureElement,
          tabIndex: 0,
          'aria-setsize': items.length,
          'aria-posinset': row.index + 1,
          style: { position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start - scrollMargin}px)` },
        }),
      )}
    </ul>
  );
}
