import { useEffect } from 'react';

export const undoSeconds = 8;

/** "1 clip deleted. Undo" for a few seconds; the clips come back whole. */
export function UndoToast({ message, onUndo, onExpire }: { message: string; onUndo(): void; onExpire(): void }) {
  useEffect(() => {
    const timer = setTimeout(onExpire, undoSeconds * 1000);
    return () => clearTimeout(timer);
  }, [message, onExpire]);
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      <button type="button" onClick={onUndo}>Undo</button>
    </div>
  );
}
