/**
 * Renders a briefing file off the page's thread, so that a Word file of
 * 10,000 clips never freezes the builder; the page can cancel by ending
 * the worker (issue #5).
 */
import { type BriefingFormat, renderBriefing } from '@/lib/briefing/formats';
import type { ClipWithSource } from '@/lib/clips';
import type { BriefingInput } from '@/lib/schema';

export interface ExportRequest {
  format: BriefingFormat;
  input: BriefingInput;
  items: ClipWithSource[];
}
export type ExportReply = { type: 'progress'; value: number } | { type: 'done'; blob: Blob } | { type: 'error'; message: string };

const reply = (message: ExportReply) => postMessage(message);

addEventListener('message', (event: MessageEvent<ExportRequest>) => {
  const { format, input, items } = event.data;
  reply({ type: 'progress', value: 0.1 });
  renderBriefing(format, input, items).then(
    (blob) => reply({ type: 'done', blob }),
    (error: unknown) => reply({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
