import { useId, useState } from 'react';
import type { BulkChange } from '@/lib/clips';

export interface BulkActionsProps {
  selectedCount: number;
  shownCount: number;
  knownTags: readonly string[];
  onSelectAll(): void;
  onClear(): void;
  onChange(change: BulkChange): void;
  onDelete(): void;
}

/** Tag, change the kind of, or delete several clips at once (issue #4). */
export function BulkActions({ selectedCount, shownCount, knownTags, onSelectAll, onClear, onChange, onDelete }: BulkActionsProps) {
  const id = useId();
  const [tag, setTag] = useState('');
  return (
    <div className="bulk-actions" role="group" aria-label="Selected clips">
      <span aria-live="polite">{selectedCount === 0 ? 'None selected.' : `${selectedCount} selected.`}</span>
      <button type="button" className="secondary" onClick={onSelectAll} disabled={shownCount === 0}>
        Select all shown
      </button>
      {selectedCount > 0 && (
        <>
          <button type="button" className="secondary" onClick={onClear}>Clear selection</button>
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (tag.trim()) onChange({ addTag: tag.trim() });
              setTag('');
            }}
          >
            <label htmlFor={`${id}-tag`}>Tag to add</label>
            <input id={`${id}-tag`} list={`${id}-tags`} value={tag} onChange={(event) => setTag(event.target.value)} />
            <datalist id={`${id}-tags`}>
              {knownTags.map((known) => (
                <option key={known} value={known} />
              ))}
            </datalist>
            <button type="submit" className="secondary">Add tag</button>
          </form>
          <button type="button" className="secondary" onClick={() => onChange({ kind: 'statistic' })}>Mark as statistics</button>
          <button type="button" className="secondary" onClick={() => onChange({ kind: 'success-story' })}>Mark as success stories</button>
          <button type="button" className="danger" onClick={onDelete}>Delete selected</button>
        </>
      )}
    </div>
  );
}
