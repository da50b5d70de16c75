import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefingFormat } from '@/lib/briefing/formats';
import type { ClipWithSource } from '@/lib/clips';
import type { BriefingInput } from '@/lib/schema';
import type { ExportReply, ExportRequest } from './briefing-export.worker';
import { downloadFile } from './download-file';

/** Exports in a worker, with progress and Cancel; downloads the file when done. */
export function useBriefingExport() {
  const worker = useRef<Worker | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState(0);
  const [message, setMessage] = useState<string>();

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = undefined;
    setBusy(false);
  }, []);
  useEffect(() => stop, [stop]);

  const start = useCallback(
    (format: BriefingFormat, input: BriefingInput, items: readonly ClipWithSource[], fileName: string) => {
      stop();
      const next = new Worker(new URL('./briefing-export.worker.ts', import.meta.url), { type: 'module' });
      worker.current = next;
      setBusy(true);
      setProgress(0);
      setMessage(undefined);
      next.addEventListener('message', (event: MessageEvent<ExportReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') setProgress(reply.value);
        else if (reply.type === 'done') {
          downloadFile(reply.blob, fileName);
          setMessage(`${fileName} downloaded.`);
          stop();
        } else {
          setMessage(`Casefile could not make the file (${reply.message}). Try again, or try another format.`);
          stop();
        }
      });
      next.addEventListener('error', () => {
        setMessage('Casefile could not make the file. Reload the page and try again.');
        stop();
      });
      const request: ExportRequest = { format, input, items: [...items] };
      next.postMessage(request);
    },
    [stop],
  );

  const cancel = useCallback(() => {
    stop();
    setMessage('Export cancelled.');
  }, [stop]);

  return { busy, progress, message, start, cancel };
}
