import { useMemo } from 'react';
import type { BriefingDocument } from '@/lib/briefing/document';
import { briefingMarkdown } from '@/lib/briefing/markdown';

/** The briefing as it will be exported. (Markdown for now; the web page when it lands.) */
export function BriefingPreview({ document }: { document: BriefingDocument }) {
  const markdown = useMemo(() => briefingMarkdown(document), [document]);
  return (
    <section className="briefing-preview" aria-label="Preview">
      <h3>Preview</h3>
      <pre className="markdown-preview">{markdown}</pre>
    </section>
  );
}
