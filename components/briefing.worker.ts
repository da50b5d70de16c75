/**
 * The briefing's heavy work, off the page's thread (issue #5): preparing a
 * citation style takes citeproc seconds the first time, and a Word file of
 * 10,000 clips takes seconds more. The page stays responsive, hears how many
 * clips are written (for its progress bar), and can cancel an export by
 * ending the worker.
 */
import { warmCitationStyle } from '@/lib/briefing/citations';
import { buildBriefing } from '@/lib/briefing/document';
import { type BriefingFormat, renderBriefing } from '@/lib/briefing/formats';
import { briefingHtmlBody } from '@/lib/briefing/html';
import type { BriefingProgress } from '@/lib/briefing/progress';
import type { ClipWithSource } from '@/lib/clips';
import type { BriefingInput } from '@/lib/schema';

export type WorkerRequest =
  | { id: number; type: 'warm'; style: BriefingInput['settings']['citationStyle'] }
  | { id: number; type: 'preview'; input: BriefingInput }
  | { id: number; type: 'export'; format: BriefingFormat; input: BriefingInput; items: ClipWithSource[] };

export type WorkerReply =
  | { id: number; type: 'preview'; bodyHtml: string }
  | { id: number; type: 'export'; blob: Blob }
  | ({ id: number; type: 'progress' } & BriefingProgress)
  | { id: number; type: 'warm' }
  | { id: number; type: 'error'; message: string };

const reply = (message: WorkerReply) => postMessage(message);

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  void (async () => {
    try {
      if (request.type === 'warm') {
        warmCitationStyle(request.style);
        reply({ id: request.id, type: 'warm' });
      } else if (request.type === 'preview') {
        reply({ id: request.id, type: 'preview', bodyHtml: briefingHtmlBody(buildBriefing(request.input)) });
      } else {
        const { id } = request;
        const blob = await renderBriefing(request.format, request.input, request.items, (progress) => reply({ id, type: 'progress', ...progress }));
        reply({ id, type: 'export', blob });
      }
    } catch (error) {
      reply({ id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
