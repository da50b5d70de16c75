import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { BackupPanel, BackupReminder } from '@/components/backup-panel';
import { BulkActions } from '@/components/bulk-actions';
import { ClipCard } from '@/components/clip-card';
import { ClipList } from '@/components/clip-list';
import { ExportProgress } from '@/components/export-progress';
import { LibraryToolbar } from '@/components/library-toolbar';
import { StaleSetting } from '@/components/stale-setting';
import { SourcesView } from '@/components/sources-view';
import { StoragePanel } from '@/components/storage-panel';
import { UndoToast } from '@/components/undo-toast';
import { useBriefingWorker } from '@/components/use-briefing-worker';
import { afterPaint } from '@/components/after-paint';
import { LoadingClips } from '@/components/loading-clips';
import { library, librarySearch, useLibrary, useSearchIndexBuilds } from '@/components/use-library';
import { useStaleAfterYears } from '@/components/use-stale-after-years';
import { type BulkChange, changeClips, citedSources, type ClipWithSource, deleteClips, mergeClips, restoreClips, updateClip } from '@/lib/clips';
import { db } from '@/lib/db';
import { applyView, firstPageServes, type LibraryView, searchTerms, viewFromSearch, viewToSearch } from '@/lib/library-view';
import type { Clip, ClipChanges, SourceChanges } from '@/lib/schema';
import { sourcesOf, updateSource } from '@/lib/sources';

const today = () => new Date().toISOString().slice(0, 10);

// The briefing code (citation styles and all) loads when first wanted: the library opens without it.
const BriefingBuilder = lazy(() => import('@/components/briefing-builder').then((module) => ({ default: module.BriefingBuilder })));

export function App() {
  // Live: a clip saved from the popup or the context menu appears without reload.
  // The newest clips show first, the rest once read (components/use-library.ts).
  const libraryState = useLibrary();
  const items = libraryState.loaded ? libraryState.items : undefined;
  const complete = libraryState.complete;
  const [view, setView] = useState<LibraryView>(() => viewFromSearch(location.search));
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const [undo, setUndo] = useState<{ message: string; clips: Clip[] }>();
  const [editing, setEditing] = useState<string>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const staleAfterYears = useStaleAfterYears();
  const searchRef = useRef<HTMLInputElement>(null);
  // The quick export's file is made in the briefing worker, started at the first export (issue #5).
  const briefingWorker = useBriefingWorker();

  // The URL keeps the view: reload or share the link, get the same view.
  useEffect(() => {
    history.replaceState(null, '', `${location.pathname}${viewToSearch(view)}`);
  }, [view]);

  // "/" focuses search, as on most sites with a search box.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (event.key === '/' && !typing) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const context = { today: today(), staleAfterYears };
  // Search by word prefix with an index kept across changes (lib/library-search.ts).
  // While the rest load, a search or filter answers from the clips read so far, and says so (issue #4).
  const partial = !complete && !firstPageServes(view);
  // Until the index is built (at idle time, never on a keystroke) a plain filter answers; then the index again.
  const searchIndexBuilds = useSearchIndexBuilds();
  const shown = useMemo(
    () => (items ? applyView(items, view, context, librarySearch.match) : undefined),
    [items, view, context.today, staleAfterYears, searchIndexBuilds],
  );
  const { tags, sites } = libraryState.facets;
  const terms = useMemo(() => searchTerms(view.q), [view.q]);
  const duplicatesOf = (item: ClipWithSource) => (libraryState.duplicatesReady ? library.data.duplicates.duplicatesOf(item) : []);
  const sources = useMemo(() => (view.show === 'sources' && complete ? sourcesOf(items ?? []) : []), [items, view.show, complete]);
  const filteredSource = view.source ? library.data.sources.get(view.source) : undefined;

  async function remove(ids: string[]) {
    // Gone from the list at once; the database follows (and on failure the list shows what it kept).
    const clips = ids.flatMap((id) => library.data.get(id)?.clip ?? []);
    if (clips.length === 0) return;
    // The list first: writing a thousand records takes the page a while. Until they are
    // written, the list keeps them out whatever a read of the database finds meanwhile.
    const written = afterPaint().then(() => deleteClips(db, ids));
    library.removeLocal(ids, written);
    const gone = new Set(ids);
    setSelected((before) => new Set([...before].filter((id) => !gone.has(id))));
    setUndo({ message: clips.length === 1 ? '1 clip deleted.' : `${clips.length} clips deleted.`, clips });
    setMessage(undefined);
    try {
      await written;
    } catch {
      library.refresh(ids);
      setUndo(undefined);
      setMessage({ text: 'Casefile could not delete that clip. Reload the page and try again.', error: true });
    }
  }

  async function undoDelete() {
    if (!undo) return;
    const { clips } = undo;
    const written = afterPaint().then(() => restoreClips(db, clips));
    library.putLocal(clips, written);
    setUndo(undefined);
    setMessage({ text: clips.length === 1 ? 'Clip restored.' : `${clips.length} clips restored.` });
    try {
      await written;
    } catch {
      library.refresh(clips.map((clip) => clip.id));
      setUndo(undo);
      setMessage({ text: 'Casefile could not restore the clips. Try Undo again.', error: true });
    }
  }
  const expireUndo = useCallback(() => setUndo(undefined), []);

  async function merge(keepId: string, dropId: string) {
    try {
      const before = await mergeClips(db, keepId, dropId);
      // Undo puts both back as they were: the kept clip's old version and the other clip.
      setUndo({ message: 'Clips merged; both citations kept.', clips: before });
    } catch {
      setMessage({ text: 'Casefile could not merge those clips; both are as they were. Reload and try again.', error: true });
    }
  }

  async function changeSelected(change: BulkChange) {
    try {
      const count = await changeClips(db, [...selected], change);
      setMessage({ text: `${count === 1 ? '1 clip' : `${count} clips`} changed.` });
    } catch {
      setMessage({ text: 'Casefile could not change those clips; they are as they were. Try again.', error: true });
    }
  }

  function select(id: string, on: boolean) {
    setSelected((before) => {
      const next = new Set(before);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function save(id: string, changes: ClipChanges) {
    await updateClip(db, id, changes);
    setEditing(undefined);
    setMessage({ text: 'Changes saved.' });
  }

  async function saveSource(id: string, changes: SourceChanges) {
    await updateSource(db, id, changes);
    setMessage({ text: 'Source details saved for all its clips.' });
  }

  async function exportBriefing() {
    if (!shown?.length || !complete) return;
    const { defaultBriefingSettings } = await import('@/lib/briefing/settings');
    setMessage(undefined);
    // The quick export: the clips in view, grouped by kind. The briefing builder does the rest.
    const input = {
      settings: { ...defaultBriefingSettings(today()), outline: 'by-kind' as const, staleAfterYears },
      clips: shown.map((item) => item.clip),
      sources: citedSources(shown),
    };
    const outcome = await briefingWorker.exportFile('markdown', input, shown, `casefile-briefing-${today()}.md`);
    if (outcome === 'downloaded') setMessage({ text: 'Briefing downloaded.' });
    else if (outcome === 'cancelled') setMessage({ text: 'Export cancelled: no file was made.' });
    else setMessage({ text: 'Casefile could not make the briefing. Try again, or download it from the Briefing tab.', error: true });
  }

  return (
    <main className="library">
      <header className="library-header">
        <h1>Casefile library</h1>
        <button type="button" onClick={() => void exportBriefing()} disabled={!shown?.length || !complete || briefingWorker.exporting}>
          Export briefing
        </button>
        {briefingWorker.exporting && <ExportProgress progress={briefingWorker.progress} onCancel={briefingWorker.cancel} />}
      </header>
      <BackupReminder />
      <nav className="tabs" aria-label="Library views">
        <button type="button" aria-pressed={view.show === 'clips'} onClick={() => setView({ ...view, show: 'clips' })}>Clips</button>
        <button type="button" aria-pressed={view.show === 'sources'} onClick={() => setView({ ...view, show: 'sources' })}>Sources</button>
        <button type="button" aria-pressed={view.show === 'briefing'} onClick={() => setView({ ...view, show: 'briefing' })}>Briefing</button>
      </nav>
      {view.show === 'clips' && <LibraryToolbar ref={searchRef} view={view} tags={tags} sites={sites} onChange={setView} />}
      {view.show === 'clips' && view.source && (
        <p className="notice">
          Clips from {filteredSource?.title ?? 'one page'}.{' '}
          <button type="button" className="secondary" onClick={() => setView({ ...view, source: undefined })}>Show all clips</button>
        </p>
      )}
      <p role="status" className={message?.error ? 'error' : 'status'}>
        {message?.text}
      </p>
      {view.show === 'briefing' && items !== undefined && shown !== undefined && complete ? (
        <Suspense fallback={<p>Loading the briefing builder…</p>}>
          <BriefingBuilder
            all={items}
            filtered={shown}
            picked={items.filter((item) => selected.has(item.clip.id))}
            today={context.today}
            staleAfterYears={staleAfterYears}
          />
        </Suspense>
      ) : view.show === 'sources' && items !== undefined && complete ? (
        <SourcesView sources={sources} onSave={saveSource} onShowClips={(id) => setView({ ...view, show: 'clips', source: id })} />
      ) : items === undefined || shown === undefined || (!complete && (view.show !== 'clips' || items.length === 0)) ? (
        <LoadingClips read={libraryState.read} total={libraryState.total} />
      ) : items.length === 0 ? (
        <p className="notice">
          No clips yet. Select a figure or a story on any page, then click the Casefile button or right-click and
          choose “Save to Casefile”.
        </p>
      ) : (
        <>
          {partial ? (
            <LoadingClips read={libraryState.read} total={libraryState.total} matches={shown.length} />
          ) : (
            <p className="hint">
              {!complete
                ? `Showing the newest clips while all ${libraryState.total.toLocaleString('en')} load…`
                : shown.length === items.length
                ? `${items.length === 1 ? '1 clip' : `${items.length} clips`}.`
                : `${shown.length} of ${items.length} clips match.`}
            </p>
          )}
          <BulkActions
            selectedCount={selected.size}
            shownCount={shown.length}
            knownTags={tags}
            onSelectAll={() => setSelected(new Set(shown.map((item) => item.clip.id)))}
            onClear={() => setSelected(new Set())}
            onChange={(change) => void changeSelected(change)}
            onDelete={() => void remove([...selected])}
          />
          <ClipList
            items={shown}
            onEditKey={setEditing}
            onDeleteKey={(id) => void remove([id])}
            renderItem={(item, { key, ...row }) => (
              <ClipCard
                key={key}
                row={row}
                item={item}
                today={context.today}
                staleAfterYears={staleAfterYears}
                terms={terms}
                knownTags={tags}
                editing={editing === item.clip.id}
                selected={selected.has(item.clip.id)}
                onSelect={select}
                onEdit={setEditing}
                onSave={save}
                onCancel={() => setEditing(undefined)}
                onDelete={(id) => void remove([id])}
                duplicates={duplicatesOf(item)}
                onMerge={(dropId) => void merge(item.clip.id, dropId)}
                onStar={(id, starred) => void updateClip(db, id, { starred })}
              />
            )}
          />
        </>
      )}
      {undo && <UndoToast key={undo.clips.length ? undo.clips[0]!.id + undo.clips.length : undefined} message={undo.message} onUndo={() => void undoDelete()} onExpire={expireUndo} />}
      <footer className="library-footer">
        <StaleSetting value={staleAfterYears} />
        <BackupPanel />
        <StoragePanel />
      </footer>
    </main>
  );
}
