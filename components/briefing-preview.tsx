import { useEffect, useRef, useState } from 'react';
import { briefingCss, briefingCsp } from '@/lib/briefing/html';
import { escapeHtml } from '@/lib/briefing/html-escape';
import type { BriefingInput } from '@/lib/schema';
import { sanitizeHtmlFragment } from '@/lib/sanitize';

/**
 * The briefing exactly as the web page export looks, in a frame. The body
 * comes from the worker and passes the one sanitizer; the frame runs no
 * script (sandbox without allow-scripts) and may only print (issue #5, #6).
 */
export function BriefingPreview({ input, render }: { input: BriefingInput; render(input: BriefingInput): Promise<string | undefined> }) {
  const [bodyHtml, setBodyHtml] = useState<string>();
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    let current = true;
    // Typing in the builder should not re-render the preview at every key.
    const timer = setTimeout(() => {
      void render(input).then((html) => {
        if (current && html !== undefined) setBodyHtml(html);
      });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [input, render]);

  const page =
    bodyHtml === undefined
      ? undefined
      : `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${escapeHtml(briefingCsp)}"><title>${escapeHtml(input.settings.title)}</title><style>${briefingCss}</style></head><body>${sanitizeHtmlFragment(bodyHtml)}</body></html>`;

  return (
    <section className="briefing-preview" aria-label="Preview">
      <div className="preview-header">
        <h3>Preview</h3>
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
