import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefingFormat } from '@/lib/briefing/formats';
import { ProgressStore } from '@/lib/briefing/progress';
import type { ClipWithSource } from '@/lib/clips';
import type { BriefingInput } from '@/lib/schema';
import type { WorkerReply, WorkerRequest } from './briefing.worker';
import { downloadFile } from './download-file';

type Pending = (reply: WorkerReply) => void;
/** A request before it has an id (Omit over each member of the union). */
type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;
type CitationStyle = BriefingInput['settings']['citationStyle'];

/** How an export ended, for a page that words its own status line. */
export type ExportOutcome = 'downloaded' | 'cancelled' | 'failed';

/**
 * One long-lived worker for briefing files (issue #5): the builder's previews
 * and downloads, and the library's quick export, so that no format is made on
 * the page's thread. Given a citation style, the worker starts at once and
 * compiles it while the user types; without one (the library page, which
 * must open fast) it starts at the first export. Cancel ends it (and a fresh
 * one starts when next needed), so a cancelled Word export stops at once.
 */
export function useBriefingWorker(style?: CitationStyle) {
  const worker = useRef<Worker | undefined>(undefined);
  const pending = useRef(new Map<number, Pending>());
  const nextId = useRef(1);
  const [exporting, setExporting] = useState(false);
  const [progress] = useState(() => new ProgressStore());
  const setProgress = progress.set;
  const [message, setMessage] = useState<string>();
  const exportId = useRef<number | undefined>(undefined);

  const start = useCallback(() => {
    const next = new Worker(new URL('./briefing.worker.ts', import.meta.url), { type: 'module' });
    next.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        if (reply.id === exportId.current) setProgress({ done: reply.done, total: reply.total, stage: reply.stage });
        return;
      }
      const done = pending.current.get(reply.id);
      pending.current.delete(reply.id);
      done?.(reply);
    });
    next.addEventListener('error', () => {
      for (const [id, done] of pending.current) done({ id, type: 'error', message: 'the worker stopped' });
      pending.current.clear();
    });
    worker.current = next;
    return next;
  }, [setProgress]);

  const send = useCallback(
    (request: Request) =>
      new Promise<WorkerReply>((resolve) => {
        const id = nextId.current++;
        pending.current.set(id, resolve);
        if (request.type === 'export') exportId.current = id;
        (worker.current ?? start()).postMessage({ ...request, id } as WorkerRequest);
      }),
    [start],
  );

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = undefined;
    },
    [],
  );

  // Prepare the citation style while the user is still typing.
  useEffect(() => {
    if (style) void send({ type: 'warm', style });
  }, [send, style]);

  const preview = useCallback(async (input: BriefingInput) => {
    const reply = await send({ type: 'preview', input });
    return reply.type === 'preview' ? reply.bodyHtml : undefined;
  }, [send]);

  const exportFile = useCallback(
    async (format: BriefingFormat, input: BriefingInput, items: readonly ClipWithSource[], fileName: string): Promise<ExportOutcome> => {
      setExporting(true);
      setProgress(undefined);
      setMessage(undefined);
      const reply = await send({ type: 'export', format, input, items: [...items] });
      let outcome: ExportOutcome = 'failed';
      if (reply.type === 'export') {
        downloadFile(reply.blob, fileName);
        setMessage(`${fileName} downloaded.`);
        outcome = 'downloaded';
      } else if (reply.type === 'error' && reply.message === 'cancelled') {
        outcome = 'cancelled';
      } else if (reply.type === 'error') {
        setMessage(`Casefile could not make the file (${reply.message}). Try again, or try another format.`);
      }
      exportId.current = undefined;
      setExporting(false);
      setProgress(undefined);
      return outcome;
    },
    [send, setProgress],
  );

  const cancel = useCallback(() => {
    const id = exportId.current;
    worker.current?.terminate();
    worker.current = undefined;
    for (const [pendingId, done] of pending.current) done({ id: pendingId, type: 'error', message: 'cancelled' });
    pending.current.clear();
    if (id !== undefined) setMessage('Export cancelled: no file was made.');
    exportId.current = undefined;
    setExporting(false);
    setProgress(undefined);
    if (style) void send({ type: 'warm', style });
  }, [send, setProgress, style]);

  return { exporting, progress, message, preview, exportFile, cancel };
}
