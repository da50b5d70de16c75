/**
 * `npm run extract -- <page.html> [--url <url>]`: runs Casefile's own
 * lib/extract on a saved page under Node and prints what it sees as JSON
 * (issue #3). Unreadable input is a sentence and exit code 1.
 */
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractPageData } from './lib/extract-page';

const usage = 'Usage: npm run extract -- <page.html> [--url <url>]';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

let file: string | undefined;
let url: string | undefined;
try {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { url: { type: 'string' } } });
  file = positionals[0];
  url = values.url;
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
if (!file) fail(usage);

let html: string;
try {
  if (!statSync(file).isFile()) fail(`${file} is not a file. ${usage}`);
  html = readFileSync(file, 'utf8');
} catch {
  fail(`Cannot read ${file}: check the path. ${usage}`);
}
if (!/<[a-z!]/i.test(html)) fail(`${file} does not look like an HTML page.`);
if (url !== undefined && !URL.canParse(url)) fail(`--url ${url} is not a URL; give a full address such as https://example.org/article.`);

try {
  const extraction = extractPageData(html, url ?? pathToFileURL(file).href);
  const { source, candidates } = extraction;
  const { url: pageUrl, canonicalUrl, title, byline, siteName, publishedTime, lang, excerpt } = source;
  process.stdout.write(
    `${JSON.stringify(
      {
        source: { url: pageUrl, canonicalUrl, title, byline, siteName, publishedTime, lang, excerpt },
        // citedUrl: the other site the sentence links to, where the page cites by linking (#3).
        candidates: candidates.map(({ kind, text, figures, citedOrigin, citedUrl, dataYear, organisation, result }) => ({
          kind, text, figures, citedOrigin, citedUrl, dataYear, organisation, result,
        })),
      },
      null,
      2,
    )}\n`,
  );
} catch (error) {
  fail(`Casefile could not read ${file}: ${(error as Error).message}`);
}
