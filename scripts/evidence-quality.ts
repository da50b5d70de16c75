/**
 * How well the evidence detector does on the labelled set: precision and
 * recall per kind, on the tuning half, the held-out half, the fresh3 and
 * fresh4 sets (articles labelled before the detector ever ran on them; fresh4
 * was written for success stories; the earlier fresh sets, now part of tuning,
 * are described in split.json's notes), `real`: real articles by other
 * authors, labelled before the detector ran on them, and `real2` to `real49`,
 * more such sets (real3, real4 and real5 split in halves after their first
 * measures). Which sets are tuning material and which are held out is said
 * once, by `tuningSplits` and `heldOutSplits` below.
 *
 *   npx tsx scripts/evidence-quality.ts [--errors]
 *   npx tsx scripts/evidence-quality.ts --text real/<name>
 *
 * Prints a table per split and kind, then the two sums the targets and the
 * tuning are read against ("all held out", "all tuning"); with --errors, lists
 * the errors of the tuning sets only (never those of a held-out set: they are
 * not for tuning, and real held-out sets are written out by their totals only).
 * --text prints one article's text as the detector reads it, and nothing
 * else (for labelling before the detector runs). Writes
 * bench-results/evidence-quality.json. Corpus articles are read from
 * ../shared/corpus/readability-pages (never copied into the project); when
 * that folder is absent they are skipped with a message. Real pages are read
 * from $CASEFILE_REAL_PAGES (default ../real-pages): they are other people's
 * articles and are never copied into the project either; when they are
 * absent (as in CI) the real splits are skipped with a message.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractArticle, plainText } from '../lib/extract/article';
import { findCandidates } from '../lib/extract/evidence';
import { type EvidenceScore, type KindScore, scoreEvidence, sumScores } from '../lib/extract/evidence/score';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const corpusDir = resolve(repoRoot, '../shared/corpus/readability-pages');
export const realPagesDir = resolve(process.env.CASEFILE_REAL_PAGES ?? resolve(repoRoot, '../real-pages'));
const fixturesDir = join(repoRoot, 'tests/fixtures/evidence');

export interface LabelledArticle {
  /** "corpus/<page>", "written/<name>" or "real/<name>". */
  id: string;
  text: string;
  lang?: string;
  publishedTime?: string;
  /** The page's title, where the page has one (real pages). */
  title?: string;
  /** The page's address, where the labels record it (real pages). */
  url?: string;
  statistics: string[];
  successStories: string[];
}

export const splits = ['tuning', 'heldOut', 'fresh3', 'fresh4', 'fresh4Tuning', 'fresh4HeldOut', 'real', 'realTuning', 'realHeldOut', 'real2', 'real3', 'real3Tuning', 'real3HeldOut', 'real4', 'real4Tuning', 'real4HeldOut', 'real5', 'real5Tuning', 'real5HeldOut', 'real6', 'real7', 'real8', 'real9', 'real10', 'real11', 'real12', 'real13', 'real14', 'real15', 'real16', 'real17', 'real18', 'real19', 'real20', 'real21', 'real22', 'real23', 'real24', 'real25', 'real26', 'real27', 'real28', 'real29', 'real30', 'real31', 'real32', 'real33', 'real34', 'real35', 'real36', 'real37', 'real38', 'real39', 'real40', 'real41', 'real42', 'real43', 'real44', 'real45', 'real46', 'real47', 'real48', 'real49'] as const;
export type Split = (typeof splits)[number];

export interface LabelledSet extends Record<Split, LabelledArticle[]> {
  /** Corpus items left out because ../shared is absent. */
  skipped: string[];
  /** Real pages left out because their saved page is absent. */
  skippedReal: string[];
}

/** An article's plain text as Readability's extraction gives it. */
export function corpusText(page: string): { text: string; lang?: string; publishedTime?: string } {
  const html = readFileSync(join(corpusDir, page, 'expected.html'), 'utf8');
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const metaPath = join(corpusDir, page, 'expected-metadata.json');
  const meta = existsSync(metaPath)
    ? (JSON.parse(readFileSync(metaPath, 'utf8')) as { lang?: string | null; publishedTime?: string | null })
    : {};
  return { text: plainText(document.body), lang: meta.lang ?? undefined, publishedTime: meta.publishedTime ?? undefined };
}

/** A real page's article text as Casefile's extraction finds it (Readability, then plainText), and its title. */
export function realPage(file: string): { text: string; title?: string } {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const article = extractArticle(document as unknown as Document);
  return { text: article?.text ?? '', title: article?.fields.title };
}
export const realPageText = (file: string): string => realPage(file).text;

function loadArticle(id: string): LabelledArticle | undefined {
  const labels = JSON.parse(readFileSync(join(fixturesDir, `${id}.json`), 'utf8')) as {
    page?: string;
    text?: string;
    lang?: string;
    publishedTime?: string;
    statistics: string[];
    successStories: string[];
    source?: { url?: string | null };
  };
  if (id.startsWith('real/')) {
    const file = join(realPagesDir, labels.page ?? `${id.slice('real/'.length)}.html`);
    if (!existsSync(file)) return undefined;
    return {
      id,
      ...realPage(file),
      url: labels.source?.url ?? undefined,
      lang: labels.lang,
      publishedTime: labels.publishedTime,
      statistics: labels.statistics,
      successStories: labels.successStories,
    };
  }
  if (id.startsWith('corpus/')) {
    if (!existsSync(corpusDir)) return undefined;
    const page = corpusText(labels.page ?? id.slice('corpus/'.length));
    return { id, ...page, statistics: labels.statistics, successStories: labels.successStories };
  }
  return {
    id,
    text: labels.text ?? '',
    lang: labels.lang,
    publishedTime: labels.publishedTime,
    statistics: labels.statistics,
    successStories: labels.successStories,
  };
}

export function loadLabelledSet(): LabelledSet {
  const split = JSON.parse(readFileSync(join(fixturesDir, 'split.json'), 'utf8')) as Record<Split, string[]>;
  const skipped: string[] = [];
  const skippedReal: string[] = [];
  const load = (ids: string[] = []) =>
    ids.flatMap((id) => {
      const article = loadArticle(id);
      if (!article) (id.startsWith('real/') ? skippedReal : skipped).push(id);
      return article ? [article] : [];
    });
  return {
    ...(Object.fromEntries(splits.map((name) => [name, load(split[name])])) as Record<Split, LabelledArticle[]>),
    skipped,
    skippedReal: [...new Set(skippedReal)],
  };
}

/** Labels drawn from the tuning and the held-out sets, each naming its article by id, with the rules they follow in `note`. */
export interface LabelSamples<Label> {
  note: string;
  tuning: (Label & { id: string })[];
  heldOut: (Label & { id: string })[];
}

/** A file of labelled samples in tests/fixtures/evidence. */
export const readLabelSamples = <Label>(file: string): LabelSamples<Label> =>
  JSON.parse(readFileSync(join(fixturesDir, file), 'utf8')) as LabelSamples<Label>;

/** Every labelled article, by id, each once. */
export function labelledArticles(): Map<string, LabelledArticle> {
  const set = loadLabelledSet();
  return new Map(splits.flatMap((split) => set[split]).map((article) => [article.id, article]));
}

/** The candidates the detector finds in a labelled article, read with what the page states about itself. */
export const articleCandidates = (article: LabelledArticle) =>
  findCandidates(article.text, { lang: article.lang, publishedTime: article.publishedTime, title: article.title, url: article.url });

/**
 * Labels that each name their article by id, scored article by article against what the detector finds
 * there; `absent` counts the articles whose page is missing (real pages, outside the repository).
 */
export function scoreByArticle<Label, Score>(
  labels: (Label & { id: string })[],
  articles: Map<string, LabelledArticle>,
  score: (labels: Label[], candidates: ReturnType<typeof articleCandidates>) => Score,
): { scores: Score[]; absent: number } {
  const byArticle = new Map<string, Label[]>();
  for (const { id, ...label } of labels) byArticle.set(id, [...(byArticle.get(id) ?? []), label as unknown as Label]);
  const scores: Score[] = [];
  let absent = 0;
  for (const [id, list] of byArticle) {
    const article = articles.get(id);
    if (article) scores.push(score(list, articleCandidates(article)));
    else absent++;
  }
  return { scores, absent };
}

export function scoreArticles(articles: LabelledArticle[]): { total: EvidenceScore; perArticle: Record<string, EvidenceScore> } {
  const perArticle: Record<string, EvidenceScore> = {};
  for (const article of articles) perArticle[article.id] = scoreEvidence(article, articleCandidates(article));
  return { total: sumScores(Object.values(perArticle)), perArticle };
}

/** The sets whose errors are read, to tune on: the tuning halves and the real sets gathered for tuning. */
export const tuningSplits: Split[] = ['tuning', 'realTuning', 'fresh4Tuning', 'real3Tuning', 'real4Tuning', 'real5Tuning', 'real7', 'real8', 'real10', 'real11', 'real14', 'real16', 'real18', 'real19', 'real21', 'real24', 'real25', 'real30', 'real32', 'real33', 'real34', 'real35', 'real36', 'real37', 'real38', 'real39', 'real40', 'real41', 'real42', 'real43', 'real44', 'real45', 'real46', 'real47', 'real48'];
/** Every set never tuned on, each article once: their sum is the figure the targets are read against. */
export const heldOutSplits: Split[] = ['heldOut', 'fresh3', 'fresh4HeldOut', 'realHeldOut', 'real2', 'real3HeldOut', 'real4HeldOut', 'real5HeldOut', 'real6', 'real9', 'real12', 'real13', 'real15', 'real17', 'real20', 'real22', 'real23', 'real26', 'real27', 'real28', 'real29', 'real31', 'real49'];
/** Real sets holding articles never tuned on (and the sets they were halves of): only their totals are written out. */
const readByTotals = new Set<string>([...heldOutSplits.filter((split) => split.startsWith('real')), 'real', 'real3', 'real4', 'real5']);

const pct = (n: number) => n.toFixed(3).padStart(9);
const row = (split: string, kind: string, s: KindScore) =>
  `${split.padEnd(13)} ${kind.padEnd(14)} ${pct(s.precision)} ${pct(s.recall)} ${String(s.candidates).padStart(10)} ${String(s.truePositives).padStart(6)} ${String(s.labels).padStart(7)} ${String(s.found).padStart(6)}`;

function main() {
  const textOf = process.argv.indexOf('--text');
  if (textOf >= 0) {
    const id = process.argv[textOf + 1] ?? '';
    // A real page's text needs no labels yet: it is read to be labelled.
    const text = id.startsWith('real/') ? realPageText(join(realPagesDir, `${id.slice('real/'.length)}.html`)) : loadArticle(id)?.text;
    if (!text) throw new Error(`No text for ${id}: its labels or its page are missing.`);
    console.log(text);
    return;
  }
  const set = loadLabelledSet();
  if (set.skipped.length) {
    console.log(`Skipped ${set.skipped.length} corpus articles: ${corpusDir} is absent.`);
  }
  if (set.skippedReal.length) {
    console.log(`Skipped ${set.skippedReal.length} real articles: their pages are not in ${realPagesDir} (set CASEFILE_REAL_PAGES).`);
  }
  const results = Object.fromEntries(splits.map((split) => [split, scoreArticles(set[split])])) as Record<
    Split,
    ReturnType<typeof scoreArticles>
  >;
  const verbose = process.argv.includes('--errors');
  if (verbose) {
    // Errors of the tuning sets only: the held-out sets are for reporting.
    for (const [id, score] of tuningSplits.flatMap((name) => Object.entries(results[name].perArticle))) {
      for (const kind of ['statistic', 'success-story'] as const) {
        for (const text of score[kind].falsePositives) console.log(`FP ${kind} ${id}: ${text.slice(0, 200)}`);
        for (const text of score[kind].missed) console.log(`MISS ${kind} ${id}: ${text}`);
      }
    }
  }
  console.log(`${'split'.padEnd(13)} ${'kind'.padEnd(14)} precision    recall candidates    tp  labels  found`);
  for (const split of splits) {
    const { total } = results[split];
    const articles = set[split].length;
    for (const kind of ['statistic', 'success-story', 'any'] as const) console.log(row(split, kind, total[kind]));
    console.log(`${''.padEnd(13)} (${articles} articles)`);
  }
  // The two halves summed, each article once: what the targets are read against, and what tuning reads.
  const sums = { 'all held out': heldOutSplits, 'all tuning': tuningSplits };
  const summed = Object.fromEntries(
    Object.entries(sums).map(([name, names]) => [name, sumScores(names.map((split) => results[split].total))]),
  );
  for (const [name, names] of Object.entries(sums)) {
    for (const kind of ['statistic', 'success-story', 'any'] as const) console.log(row(name, kind, summed[name]![kind]));
    console.log(`${''.padEnd(13)} (${names.reduce((n, split) => n + set[split].length, 0)} articles in ${names.length} sets)`);
  }
  mkdirSync(join(repoRoot, 'bench-results'), { recursive: true });
  const summary = (s: KindScore) => ({
    precision: s.precision,
    recall: s.recall,
    candidates: s.candidates,
    truePositives: s.truePositives,
    labels: s.labels,
    found: s.found,
  });
  const out = {
    generatedAt: new Date().toISOString(),
    skipped: [...set.skipped, ...set.skippedReal],
    sums: Object.fromEntries(
      Object.entries(summed).map(([name, total]) => [name, { statistic: summary(total.statistic), 'success-story': summary(total['success-story']), any: summary(total.any) }]),
    ),
    splits: Object.fromEntries(
      Object.entries(results).map(([split, { total, perArticle }]) => [
        split,
        {
          total: { statistic: summary(total.statistic), 'success-story': summary(total['success-story']), any: summary(total.any) },
          // Unseen articles' own scores are left out: only the totals are for reading.
          perArticle: split.startsWith('fresh') || readByTotals.has(split) ? {} : Object.fromEntries(
            Object.entries(perArticle).map(([id, s]) => [
              id,
              { statistic: summary(s.statistic), 'success-story': summary(s['success-story']) },
            ]),
          ),
        },
      ]),
    ),
  };
  writeFileSync(join(repoRoot, 'bench-results/evidence-quality.json'), `${JSON.stringify(out, null, 2)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
