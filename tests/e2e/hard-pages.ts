/**
 * Pages that are hard, not hostile (issue #6): very large, very many nodes,
 * the article in shadow DOM or in a frame, right to left. Generated here, so
 * the e2e tests and the benchmark serve the same pages without a 10 MB file in
 * the repository. Each article states one statistic the tests look for.
 */

export interface HardPage {
  /** Path on the test server. */
  path: string;
  /** What the page is, for test names and the benchmark table. */
  name: string;
  html: string;
  /** A statistic the article states, when Casefile should find it. */
  statistic?: string;
}

const statistic = 'According to a 2024 Sprout Social survey, 68% of consumers follow brands on social media to learn about new products.';

/** Sentences of ordinary article prose, varied so no two paragraphs are the same. */
function prose(index: number): string {
  const subjects = ['The marketing team', 'Our newsletter', 'A regional bakery', 'The city council', 'A hospital network', 'The support desk'];
  const verbs = ['reviewed', 'rewrote', 'planned', 'discussed', 'published', 'tested'];
  const objects = ['its weekly posts', 'the spring campaign', 'a guide for new readers', 'the launch schedule', 'answers to common questions', 'a short video series'];
  const s = subjects[index % subjects.length];
  const v = verbs[Math.floor(index / 6) % verbs.length];
  const o = objects[Math.floor(index / 36) % objects.length];
  return `${s} ${v} ${o} in meeting ${index}, and the notes from that meeting were shared with everyone who asked for them afterwards.`;
}

function article(paragraphs: number, lead = statistic): string {
  const body = [`<p>${lead}</p>`];
  for (let i = 0; i < paragraphs; i++) body.push(`<p>${prose(i)} ${prose(i + 7)}</p>`);
  return body.join('\n');
}

function page(title: string, body: string, { lang = 'en', dir = 'ltr', head = '' } = {}): string {
  return `<!doctype html>
<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${title}</title>
<meta name="author" content="Dana Whitfield">
<meta property="article:published_time" content="2025-03-04T09:00:00Z">${head}</head>
<body>${body}</body></html>`;
}

/** About 10 MB, as large pages are: inline app state, an inline image, a long comment thread. */
function tenMegabytes(): string {
  const state = JSON.stringify({ items: Array.from({ length: 30_000 }, (_, i) => ({ id: i, label: prose(i), score: i % 97 })) });
  const image = 'A'.repeat(3_000_000);
  const comments: string[] = [];
  for (let i = 0; comments.join('').length < 2_000_000; i++) {
    comments.push(`<div class="comment"><span class="user">reader${i}</span><p>${prose(i + 3)}</p></div>`);
  }
  return page(
    'How brands win followers',
    `<header><nav><a href="/">Home</a></nav></header>
<article><h1>How brands win followers</h1>${article(40)}</article>
<img alt="chart" src="data:image/png;base64,${image}">
<section class="comments">${comments.join('\n')}</section>
<script type="application/json" id="state">${state}</script>`,
  );
}

/** 50,000 elements: an article followed by a huge table, as data-heavy pages have. */
function fiftyThousandNodes(): string {
  const rows: string[] = [];
  // Each row is a <tr> and four <td>: 10,000 rows make 50,000 elements.
  for (let i = 0; i < 10_000; i++) rows.push(`<tr><td>${i}</td><td>item ${i}</td><td>${i % 13}</td><td>ok</td></tr>`);
  return page(
    'A page of many parts',
    `<article><h1>A page of many parts</h1>${article(30)}</article>
<table><tbody>${rows.join('')}</tbody></table>`,
  );
}

/** More elements than Casefile reads (pageLimits.elements): it must say so, not freeze the page. */
function overTheLimit(): string {
  const rows: string[] = [];
  for (let i = 0; i < 25_000; i++) rows.push(`<tr><td>${i}</td><td>item ${i}</td><td>${i % 13}</td><td>ok</td></tr>`);
  return page(
    'A page too large to read',
    `<article><h1>A page too large to read</h1>${article(30)}</article>
<table><tbody>${rows.join('')}</tbody></table>`,
  );
}

/** The article lives in an open shadow root, as in pages built from web components. */
function shadowArticle(): string {
  const content = JSON.stringify(`<article><h1>Inside a component</h1>${article(12)}</article>`);
  return page(
    'Inside a component',
    `<news-article></news-article>
<script>
customElements.define('news-article', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = ${content}; }
});
</script>`,
  );
}

const hebrewStatistic = 'לפי סקר של מכון פיו משנת 2023, 72% מהמבוגרים בישראל משתמשים ברשתות חברתיות מדי יום.';

/** Right to left: Hebrew, with Western digits as Hebrew news sites write them. */
function rightToLeft(): string {
  const paragraphs = [
    `<p>${hebrewStatistic}</p>`,
    ...Array.from({ length: 12 }, (_, i) => `<p>צוות השיווק של העירייה בחן את הפרסומים השבועיים בפגישה מספר ${i + 1}, והסיכומים נשלחו לכל מי שביקש אותם לאחר מכן. הם דנו גם בתוכניות לעונה הבאה ובדרכים לענות על שאלות התושבים.</p>`),
  ];
  return page('רשתות חברתיות בישראל', `<article><h1>רשתות חברתיות בישראל</h1>${paragraphs.join('\n')}</article>`, { lang: 'he', dir: 'rtl' });
}

/** The article is a same-site page shown in an <iframe>; the top page holds only a header. */
function framedArticle(): { outer: string; inner: string } {
  return {
    outer: page('Reader', '<header><h1>Reader</h1></header><iframe src="/hard/framed-inner.html" title="Article" width="800" height="600"></iframe>'),
    inner: page('Figures in a frame', `<article><h1>Figures in a frame</h1>${article(12)}</article>`),
  };
}

export function hardPages(): HardPage[] {
  const framed = framedArticle();
  return [
    { path: '/hard/ten-megabytes.html', name: '10 MB page', html: tenMegabytes(), statistic },
    { path: '/hard/fifty-thousand-nodes.html', name: '50,000 nodes', html: fiftyThousandNodes(), statistic },
    { path: '/hard/over-the-limit.html', name: '125,000 elements (over the limit)', html: overTheLimit() },
    { path: '/hard/shadow-dom.html', name: 'article in shadow DOM', html: shadowArticle(), statistic },
    { path: '/hard/right-to-left.html', name: 'right-to-left page', html: rightToLeft(), statistic: hebrewStatistic },
    { path: '/hard/framed.html', name: 'article in a frame', html: framed.outer, statistic },
    { path: '/hard/framed-inner.html', name: 'the framed article itself', html: framed.inner, statistic },
  ];
}

/** The pages as the static server's generated-pages map. */
export function hardPageMap(pages = hardPages()): Record<string, string> {
  return Object.fromEntries(pages.map((hard) => [hard.path, hard.html]));
}
