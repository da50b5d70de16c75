import { forwardRef, useId } from 'react';
import type { LibraryView } from '@/lib/library-view';

export interface LibraryToolbarProps {
  view: LibraryView;
  tags: readonly string[];
  sites: readonly string[];
  onChange(view: LibraryView): void;
}

/** Search as you type, filters and sort; every control labelled for screen readers. */
export const LibraryToolbar = forwardRef<HTMLInputElement, LibraryToolbarProps>(function LibraryToolbar({ view, tags, sites, onChange }, searchRef) {
  const id = useId();
  const set = (changes: Partial<LibraryView>) => onChange({ ...view, ...changes });
  const optional = (value: string) => (value === '' ? undefined : value);
  return (
    <div className="library-toolbar" role="search">
      <label htmlFor={`${id}-q`} className="visually-hidden">Search</label>
      <input
        id={`${id}-q`}
        ref={searchRef}
        type="search"
        placeholder="Search quotes, notes, tags, sources (press /)"
        value={view.q}
        onChange={(event) => set({ q: event.target.value })}
      />
      <div className="filters">
        <label>
          Kind{' '}
          <select value={view.kind ?? ''} onChange={(event) => set({ kind: optional(event.target.value) as LibraryView['kind'] })}>
            <option value="">All</option>
            <option value="statistic">Statistics</option>
            <option value="success-story">Success stories</option>
          </select>
        </label>
        <label>
          Tag{' '}
          <select value={view.tag ?? ''} onChange={(event) => set({ tag: optional(event.target.value) })}>
            <option value="">All</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>{tag}</option>
            ))}
          </select>
        </label>
        <label>
          Site{' '}
          <select value={view.site ?? ''} onChange={(event) => set({ site: optional(event.target.value) })}>
            <option value="">All</option>
            {sites.map((site) => (
              <option key={site} value={site}>{site}</option>
            ))}
          </select>
        </label>
        <label>
          Age{' '}
          <select value={view.age ?? ''} onChange={(event) => set({ age: optional(event.target.value) as LibraryView['age'] })}>
            <option value="">Any</option>
            <option value="fresh">Fresh</option>
            <option value="stale">Stale</option>
          </select>
        </label>
        <label>
          Dates{' '}
          <select value={view.dates} onChange={(event) => set({ dates: event.target.value as LibraryView['dates'] })}>
            <option value="clipped">Clipped</option>
            <option value="published">Published</option>
          </select>
        </label>
        <label>
          From <input type="date" value={view.from ?? ''} onChange={(event) => set({ from: optional(event.target.value) })} />
        </label>
        <label>
          To <input type="date" value={view.to ?? ''} onChange={(event) => set({ to: optional(event.target.value) })} />
        </label>
        <label>
          Sort by{' '}
          <select value={view.sort} onChange={(event) => set({ sort: event.target.value as LibraryView['sort'] })}>
            <option value="clipped">Clipped date</option>
            <option value="published">Published date</option>
            <option value="site">Site</option>
          </select>
        </label>
      </div>
    </div>
  );
});
