/**
 * A briefing as one self-contained web page (issue #5): inline styles only,
 * no script, nothing fetched, so it opens offline and prints on A4 or Letter.
 * Every piece of text passes through `escapeHtml`; a Content Security Policy
 * forbids script and remote loads, so even a mistake here could not run code.
 */
import type { BriefingDocument, BriefingEntry } from './document';
import { keyFiguresHeading } from './document';
import { isWebUrl } from '../web-url';
import { entryFacts, oneLine, paragraphs, preparedLine, sourceLink } from './entry-facts';
import { escapeHtml } from './html-escape';
import { entryCount, progressCounter, type ReportProgress } from './progress';

/** No script, no remote anything: styles in the file, images only as data: URLs. */
export const briefingCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The briefing's look, for screen and print. Light colours; system fonts only. */
export const briefingCss = `
:root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --rule: #d0d7de; --accent: #0b5cad; --key: #fff8e1; --key-rule: #e3b341; --stale: #9a3412; }
* { box-sizing: border-box; }
html { background: #fff; }
body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.55 Georgia, "Times New Roman", serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; }
h1, h2, .meta, .prepared, .audience, .cite, .sources { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2.25rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--rule); }
header { margin-bottom: 1.5rem; }
.audience { margin: 0; font-weight: 600; }
.prepared { margin: .25rem 0 0; color: var(--muted); font-size: .9rem; }
.summary p { margin: 0 0 1rem; }
.entry { margin: 0 0 1.5rem; }
blockquote { margin: 0; padding: .5rem 1rem; border-inline-start: 4px solid var(--rule); font-style: italic; }
blockquote p { margin: 0; }
.cite { font-style: normal; font-size: .85em; white-space: nowrap; }
a { color: var(--accent); }
.meta { margin: .35rem 0 0; margin-inline-start: 1.25rem; font-size: .9rem; color: var(--muted); }
.meta .label { font-weight: 600; color: var(--ink); }
.stale { margin: .35rem 0 0; margin-inline-start: 1.25rem; font: 600 .9rem system-ui, sans-serif; color: var(--stale); }
.key-figures { margin-top: 1.5rem; padding: .25rem 1.25rem 1rem; background: var(--key); border: 1px solid var(--key-rule); border-radius: 6px; }
.key-figures h2 { border-bottom-color: var(--key-rule); margin-top: 1rem; }
.key-figures blockquote { border-inline-start-color: var(--key-rule); font-size: 1.1rem; font-style: normal; font-weight: 600; }
.sources ol { padding-left: 2rem; font-size: .9rem; }
.sources li { margin: 0 0 .5rem; overflow-wrap: anywhere; }
.sources li:target { background: var(--key); }
@page { margin: 18mm 16mm 20mm; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .sources a { text-decoration: underline; }
  h1, h2 { break-after: avoid; page-break-after: avoid; }
  .entry, blockquote, .sources li { break-inside: avoid; page-break-inside: avoid; }
  .key-figures { background: none; border-width: 2pt; }
  .sources li:target { background: none; }
}
`;

/** The whole file. */
export function briefingHtml(document: BriefingDocument, onProgress?: ReportProgress): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(briefingCsp)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(oneLine(document.settings.title))}</title>`,
    `<style>${briefingCss}</style>`,
    '</head>',
    '<body>',
    briefingHtmlBody(document, onProgress),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** What goes inside <body>: the briefing itself, for a page that brings its own head. */
export function briefingHtmlBody(document: BriefingDocument, onProgress?: ReportProgress): string {
  const { settings } = document;
  const written = progressCounter(entryCount(document), onProgress);
  const out: string[] = ['<main>', '<header>', `<h1 dir="auto">${escapeHtml(oneLine(settings.title))}</h1>`];
  if (settings.audience.trim()) out.push(`<p class="audience" dir="auto">For: ${escapeHtml(oneLine(settings.audience))}</p>`);
  out.push(`<p class="prepared" dir="auto">${escapeHtml(preparedLine(settings))}</p>`, '</header>');

  if (document.keyFigures.length) {
    out.push('<section class="key-figures" aria-labelledby="key-figures">', `<h2 id="key-figures" dir="auto">${escapeHtml(oneLine(keyFiguresHeading(document)))}</h2>`);
    for (const entry of document.keyFigures) {
      out.push(entryHtml(entry));
      written();
    }
    out.push('</section>');
  }
  for (const [index, section] of document.sections.entries()) {
    const id = `section-${index + 1}`;
    out.push(`<section aria-labelledby="${id}">`, `<h2 id="${id}" dir="auto">${escapeHtml(oneLine(section.heading))}</h2>`);
    const text = paragraphs(section.text);
    if (text.length) out.push('<div class="summary">', ...text.map((paragraph) => `<p dir="auto">${escapeHtml(paragraph)}</p>`), '</div>');
    for (const entry of section.entries) {
      out.push(entryHtml(entry));
      written();
    }
    out.push('</section>');
  }

  out.push('<section class="sources" aria-labelledby="sources">', '<h2 id="sources">Sources</h2>', '<ol>');
  for (const { number, source, reference } of document.sources) {
    out.push(`<li id="source-${number}" value="${number}" dir="auto">${referenceHtml(reference, sourceLink(source))}</li>`);
  }
  out.push('</ol>', '</section>', '</main>');
  return out.join('\n');
}

function entryHtml(entry: BriefingEntry): string {
  const { clip, citations, staleMark } = entry;
  const cites = citations.map((number) => `<a href="#source-${number}">${number}</a>`).join(', ');
  const out = [
    '<div class="entry">',
    `<blockquote dir="auto"><p>${escapeHtml(oneLine(clip.quote))} <span class="cite">[${cites}]</span></p></blockquote>`,
  ];
  if (staleMark) out.push(`<p class="stale">${escapeHtml(staleMark)}.</p>`);
  for (const { label, text } of entryFacts(entry)) {
    const value = label === 'Link' ? `<a href="${escapeHtml(text)}" rel="noreferrer noopener">${escapeHtml(text)}</a>` : escapeHtml(text);
    out.push(`<p class="meta" dir="auto"><span class="label">${label}:</span> ${value}</p>`);
  }
  out.push('</div>');
  return out.join('\n');
}

/** The reference as text; its web address, where it stands in the text, as a link (http(s) only). */
function referenceHtml(reference: string, url: string | undefined): string {
  const text = oneLine(reference);
  if (!isWebUrl(url)) return escapeHtml(text);
  const link = `<a href="${escapeHtml(url)}" rel="noreferrer noopener">${escapeHtml(url)}</a>`;
  const at = text.lastIndexOf(url);
  if (at === -1) return `${escapeHtml(text)} ${link}`;
  return `${escapeHtml(text.slice(0, at))}${link}${escapeHtml(text.slice(at + url.length))}`;
}
