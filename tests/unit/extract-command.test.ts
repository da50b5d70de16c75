/** `npm run extract`: the same lib/extract under Node, JSON out, sentences and exit 1 for bad input. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const extract = (...args: string[]) => run(tsx, ['scripts/extract.ts', ...args], { cwd: root });

describe('npm run extract', () => {
  it('prints the source and the candidates of a saved page', async () => {
    const { stdout } = await extract('tests/e2e/pages/article.html', '--url', 'https://social.example/why');
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(['source', 'candidates']);
    expect(output.source).toMatchObject({
      url: 'https://social.example/why',
      canonicalUrl: 'http://127.0.0.1/social/why-brands-cant-ignore-social-media',
      title: "Why brands can't ignore social media in 2016",
      byline: 'Dana Whitfield',
      siteName: 'Social Desk',
      publishedTime: '2016-02-29T09:30:00Z',
    });
    expect(output.candidates[0]).toEqual({
      kind: 'statistic',
      text: 'According to the Pew Research Center, 72% of online adults in the U.S. used Facebook in 2015, up from 67% two years earlier.[1]',
      figures: ['72%', '67%'],
      citedOrigin: 'Pew Research Center',
      // From the note its footnote marker points to (#3).
      citedUrl: 'https://www.pewresearch.org/internet/social-networking-usage/',
      dataYear: 2015,
    });
    expect(output.candidates.filter((c: { kind: string }) => c.kind === 'success-story').map((c: { organisation: string }) => c.organisation)).toEqual(['Comcast', 'Blendtec']);
  }, 30_000);

  it.each([
    [['/no/such/page.html'], /^Cannot read \/no\/such\/page\.html: check the path\./],
    [['package.json'], /does not look like an HTML page/],
    [[], /^Usage: npm run extract -- <page\.html>/],
    [['tests/e2e/pages/article.html', '--url', 'not a url'], /is not a URL/],
  ])('refuses %j with a sentence and exit code 1', async (args, message) => {
    const failure = await extract(...args).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(message);
    expect(failure?.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  }, 30_000);
});
