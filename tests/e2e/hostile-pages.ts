/**
 * Twenty hostile pages (issue #6). Each carries two sentences to clip — a
 * statistic and a success story, both plain text — among payloads that would
 * set `casefilePwned` or request `/leak` if any extension page ever rendered
 * the page's HTML instead of its text.
 */

const pwn = 'window.casefilePwned=true';
const big = (n: number) => 'A'.repeat(n);

export interface HostilePage {
  name: string;
  /** The statistic sentence, exactly as the page's text has it. */
  statistic: string;
  /** The success-story sentence. */
  story: string;
  html: string;
}

interface Payload {
  name: string;
  head?: string;
  body: string;
  title?: string;
}

const payloads: Payload[] = [
  { name: 'script-in-article', body: `<script>${pwn}</script><p>Scripts sit between paragraphs.<script>fetch('/leak?script')</script></p>` },
  { name: 'event-handlers', body: `<img src="/leak?img" onerror="${pwn}"><body onload="${pwn}"><div onmouseover="${pwn}">Hover text stays text.</div>` },
  { name: 'javascript-links', body: `<p>Read <a href="javascript:${pwn}">the report</a> and <a href="JaVaScRiPt:${pwn}">the appendix</a>.</p>` },
  { name: 'data-links', body: `<p>See <a href="data:text/html,<script>${pwn}</script>">the data</a> and <img src="data:image/svg+xml,<svg onload='${pwn}'/>">.</p>` },
  { name: 'svg-tricks', body: `<svg><script>${pwn}</script><foreignObject><img src=/leak?svg onerror="${pwn}"></foreignObject><animate onbegin="${pwn}"/></svg>` },
  { name: 'math-tricks', body: `<math><mtext><table><mglyph><style><img src=/leak?math onerror="${pwn}"></style></mglyph></table></mtext></math>` },
  { name: 'iframe-srcdoc', body: `<iframe srcdoc="<script>parent.casefilePwned=true</script>"></iframe><iframe src="javascript:${pwn}"></iframe>` },
  { name: 'form-and-base', head: '<base href="http://127.0.0.1:1/leak/">', body: `<form action="/leak?form" method="post"><input name="q" autofocus onfocus="${pwn}"><button formaction="javascript:${pwn}">Go</button></form>` },
  { name: 'css-remote-urls', head: `<style>@import url(/leak?import); body{background:url(/leak?bg)}</style>`, body: `<p style="background-image:url(/leak?inline)">Styled text.</p><link rel="stylesheet" href="/leak?link">` },
  { name: 'meta-refresh', head: '<meta http-equiv="refresh" content="600;url=/leak?refresh">', body: '<p>This page asks to be sent elsewhere.</p>' },
  { name: 'huge-attributes', body: `<p title="${big(200_000)}" data-x="${big(200_000)}">Very long attributes surround this.</p><img alt="${big(100_000)}" src="/leak?huge">` },
  { name: 'dom-clobbering', body: '<img name="getElementById"><form id="casefile"><input name="attributes"></form><a id="defaultView" href="/leak?clobber">x</a><img name="body">' },
  { name: 'markdown-lookalike', body: '<p>[click here](javascript:alert(1)) ![img](/leak?md) <b>**bold**</b> # not a heading</p>' },
  { name: 'csv-formulas', body: '<p>=HYPERLINK("http://evil.example","click") +1 -2+3 @SUM(A1:A9)</p>' },
  { name: 'json-ld-wrong-types', head: `<script type="application/ld+json">{"@type":["NewsArticle",7],"headline":{"a":[1,2]},"author":[null,{"name":{"x":1}}],"datePublished":{"$date":1},"publisher":"<img src=/leak?ld onerror=${pwn}>","__proto__":{"casefilePwned":true}}</script>`, body: '<p>Structured data here lies about its types.</p>' },
  { name: 'json-ld-huge', head: `<script type="application/ld+json">{"@type":"Article","headline":"${big(1_000_000)}","author":{"name":"${big(500_000)}"}}</script>`, body: '<p>Structured data here is enormous.</p>' },
  { name: 'title-html', title: `<img src=/leak?title onerror="${pwn}">Growth</title><script>${pwn}</script>`, body: '<p>The title tries to be markup.</p>' },
  { name: 'noscript-template', body: `<noscript><img src=/leak?noscript onerror="${pwn}"></noscript><template><img src=/leak?template onerror="${pwn}"></template>` },
  { name: 'object-embed', body: `<object data="javascript:${pwn}"></object><embed src="javascript:${pwn}"><video src=x onerror="${pwn}"></video>` },
  { name: 'bidi-and-invisible', body: '<p>Invoice \u202Efdp.exe\u202C total \u200B\u200Bzero\u2060width and \u0000 nulls and \uFEFF marks.</p>' },
];

const filler =
  'Every marketing team has had the argument about whether social media is worth the time it takes, and every team needs figures it can check. ' +
  'This article collects some of them, with their sources, for the next budget meeting.';

export const hostilePages: HostilePage[] = payloads.map(({ name, head = '', body, title }, index) => {
  const n = String(index + 1).padStart(2, '0');
  const statistic = `Hostile page ${n}: 45% of marketers raised their social budgets in 2025, a Gartner survey found.`;
  const story = `After starting a video series, Acme${n} grew online sales by 30% within a year.`;
  return {
    name,
    statistic,
    story,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title ?? `Hostile ${n}: ${name}`}</title>${head}</head>
<body><article><h1>Hostile ${n}: ${name}</h1>
<p>${filler}</p>
<p>${statistic}</p>
${body}
<p>${story}</p>
<p>${filler}</p>
</article></body></html>`,
  };
});
