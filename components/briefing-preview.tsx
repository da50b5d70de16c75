import { useEffect, useMemo, useRef, useState } from 'react';
import { briefingCss, briefingCsp } from '@/lib/briefing/html';
import { escapeHtml } from '@/lib/briefing/html-escape';
import type { BriefingInput } from '@/lib/schema';
import { sanitizeHtmlFragment } from '@/lib/sanitize';

/**
 * The briefing exactly as the web page export looks, in a frame. The body
 * comes from the worker and passes the one sanitizer; the frame runs no
 * script (sandbox without allow-scripts) and may only print (issue #5, #6).
 *
 * A briefing of thousands of clips is previewed by its first
 * `previewClipLimit`: sanitizing and laying out megabytes of HTML on the
 * page's thread would freeze the page ("none freezes the page", issue #5);
 * the files always hold every clip.
 */
export const previewClipLimit = 200;

export function BriefingPreview({ input, render }: { input: BriefingInput; render(input: BriefingInput): Promise<string | undefined> }) {
  const [bodyHtml, setBodyHtml] = useState<string>();
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    let current = true;
    // Typing in the builder should not re-render the preview at every key.
    const timer = setTimeout(() => {
      const shown = input.clips.length > previewClipLimit ? { ...input, clips: input.clips.slice(0, previewClipLimit) } : input;
      void render(shown).then((html) => {
        if (current && html !== undefined) setBodyHtml(html);
      });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [input, render]);

  // Sanitized once per body from the worker, not at every render of the builder.
  const title = input.settings.title;
  const page = useMemo(
    () =>
      bodyHtml === undefined
        ? undefined
        : `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${escapeHtml(briefingCsp)}"><title>${escapeHtml(title)}</title><style>${briefingCss}</style></head><body>${sanitizeHtmlFragment(bodyHtml)}</body></html>`,
    [bodyHtml, title],
  );
  const clipCount = input.clips.length;

  return (
    <section className="briefing-preview" aria-label="Preview">
      <div className="preview-header">
        <h3>Preview</h3>
        {clipCount > previewClipLimit && (
          <p className="hint">
            The preview shows the first {previewClipLimit} of {clipCount.toLocaleString('en-US')} clips; the downloads hold them all.
          </p>
        )}
        <button type="button" className="secondary" disabled={!page} onClick={() => frame.current?.contentWindow?.print()}>
          Print / Save as PDF
        </button>
      </div>
      {page ? (
        <iframe ref={frame} title="Briefing preview" sandbox="allow-same-origin allow-modals" srcDoc={page} />
      ) : (
        <p role="status">Preparing the preview…</p>
      )}
    </section>
  );
}
