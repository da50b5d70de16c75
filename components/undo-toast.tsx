import { useEffect, useRef } from 'react';

export const undoSeconds = 8;

/** "1 clip deleted. Undo" for a few seconds; the clips come back whole. */
export function UndoToast({ message, onUndo, onExpire }: { message: string; onUndo(): void; onExpire(): void }) {
  // While the pointer rests on the toast or the keyboard is in it, it stays (WCAG 2.2.1: time limits the user can extend).
  const held = useRef({ hover: false, focus: false });
  useEffect(() => {
    // Started once the toast (and the change it offers to undo) is on screen, and
    // counting only time the page could answer a click: a page busy for seconds
    // does not use up the user's chance to Undo.
    const tick = 250;
    let left = undoSeconds * 1000;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      if (!held.current.hover && !held.current.focus) left -= Math.min(now - last, 2 * tick);
      last = now;
      if (left <= 0) {
        clearInterval(timer);
        onExpire();
      }
    }, tick);
    return () => clearInterval(timer);
  }, [message, onExpire]);
  return (
    <div
      className="toast"
      role="status"
      onMouseEnter={() => (held.current.hover = true)}
      onMouseLeave={() => (held.current.hover = false)}
      onFocus={() => (held.current.focus = true)}
      onBlur={() => (held.current.focus = false)}
    >
      <span>{message}</span>
      <button type="button" onClick={onUndo}>Undo</button>
    </div>
  );
}
