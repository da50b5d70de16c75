import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefingFormat } from '@/lib/briefing/formats';
import type { ClipWithSource } from '@/lib/clips';
import type { BriefingInput } from '@/lib/schema';
import type { WorkerReply, WorkerRequest } from './briefing.worker';
import { downloadFile } from './download-file';

type Pending = (reply: WorkerReply) => void;
/** A request before it has an id (Omit over each member of the union). */
type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/**
 * One long-lived worker for the builder: previews and exports. Cancel ends
 * it (and starts a fresh one), so a cancelled Word export stops at once.
 */
export function useBriefingWorker(style: BriefingInput['settings']['citationStyle']) {
  const worker = useRef<Worker | undefined>(undefined);
  const pending = useRef(new Map<number, Pending>());
  const nextId = useRef(1);
  const [exporting, setExporting] = useState(false);
  const [message, setMessage] = useState<string>();
  const exportId = useRef<number | undefined>(undefined);

  const start = useCallback(() => {
    const next = new Worker(new URL('./briefing.worker.ts', import.meta.url), { type: 'module' });
    next.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const done = pending.current.get(event.data.id);
      pending.current.delete(event.data.id);
      done?.(event.data);
    });
    next.addEventListener('error', () => {
      for (const done of pending.current.values()) done({ id: 0, type: 'error', message: 'the worker stopped' });
      pending.current.clear();
    });
    worker.current = next;
    return next;
  }, []);

  const send = useCallback(
    (request: Request) =>
      new Promise<WorkerReply>((resolve) => {
        const id = nextId.current++;
        pending.current.set(id, resolve);
        (worker.current ?? start()).postMessage({ ...request, id } as WorkerRequest);
        if (request.type === 'export') exportId.current = id;
      }),
    [start],
  );

  useEffect(() => {
    start();
    return () => worker.current?.terminate();
  }, [start]);

  // Prepare the citation style while the user is still typing.
  useEffect(() => {
    void send({ type: 'warm', style });
  }, [send, style]);

  const preview = useCallback(async (input: BriefingInput) => {
    const reply = await send({ type: 'preview', input });
    return reply.type === 'preview' ? reply.bodyHtml : undefined;
  }, [send]);

  const exportFile = useCallback(
    async (format: BriefingFormat, input: BriefingInput, items: readonly ClipWithSource[], fileName: string) => {
      setExporting(true);
      setMessage(undefined);
      const reply = await send({ type: 'export', format, input, items: [...items] });
      if (reply.type === 'export') {
        downloadFile(reply.blob, fileName);
        setMessage(`${fileName} downloaded.`);
      } else if (reply.type === 'error' && reply.message !== 'cancelled') {
        setMessage(`Casefile could not make the file (${reply.message}). Try again, or try another format.`);
      }
      setExporting(false);
    },
    [send],
  );

  const cancel = useCallback(() => {
    const id = exportId.current;
    worker.current?.terminate();
    worker.current = undefined;
    for (const [pendingId, done] of pending.current) done({ id: pendingId, type: 'error', message: 'cancelled' });
    pending.current.clear();
    if (id !== undefined) setMessage('Export cancelled.');
    setExporting(false);
    start();
    void send({ type: 'warm', style });
  }, [send, start, style]);

  return { exporting, message, preview, exportFile, cancel };
}
