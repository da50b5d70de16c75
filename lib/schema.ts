/**
 * The one definition of every record, message and file format in Casefile.
 * Types are inferred from these schemas and never re-declared elsewhere;
 * every value that crosses a boundary (message, file, storage) is parsed here.
 */
import { z } from 'zod';
import { isWebUrl } from './web-url';

// Extension pages forbid eval; without this zod 4 probes `Function('')` and
// trips the content security policy.
z.config({ jitless: true });

export const clipKinds = ['statistic', 'success-story'] as const;
export const ClipKind = z.enum(clipKinds);
export type ClipKind = z.infer<typeof ClipKind>;

export const Uuid = z.uuid();

/** A full timestamp we produced ourselves (`new Date().toISOString()`). */
export const Timestamp = z.iso.datetime({ offset: true });

/**
 * A date a page states: ISO 8601, at least a year and month
 * ("2016-02", "2016-02-29", "2016-02-29T10:00:00Z"). Never guessed.
 */
export const StatedDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?$/, 'not an ISO 8601 date');

/** http(s) only: other schemes never reach a link in the library or a briefing. */
export const WebUrl = z
  .string()
  .max(8192)
  .refine(isWebUrl, 'not an http(s) URL');

/** The citation a page gives about itself. */
export const Citation = z.object({
  url: z.string().max(8192),
  canonicalUrl: z.string().max(8192),
  title: z.string().max(2000),
  byline: z.string().max(1000).optional(),
  siteName: z.string().max(1000).optional(),
  publishedTime: StatedDate.optional(),
  lang: z.string().max(64).optional(),
  excerpt: z.string().max(5000).optional(),
});
export type Citation = z.infer<typeof Citation>;

/**
 * One page clips came from, as stored: its citation. Its article text is
 * stored apart (`SourceText`): the library reads every source, and at tens
 * of thousands of pages their texts were most of what it read (issue #4).
 */
export const Source = Citation.extend({
  id: Uuid,
  capturedAt: Timestamp,
});
export type Source = z.infer<typeof Source>;

/** A source's article as plain text, under the source's id; none is stored for a page saved without one. */
export const SourceText = z.object({
  id: Uuid,
  text: z.string(),
});
export type SourceText = z.infer<typeof SourceText>;

/** A source with its article text, as a backup holds it. */
export type SourceWithText = Source & { text: string };

/** What the user may fix about a source (issue #4): its citation, not its text. */
export const SourceChanges = z.object({
  title: z.string().trim().min(1).max(2000),
  byline: z.string().trim().max(1000).optional(),
  siteName: z.string().trim().max(1000).optional(),
  publishedTime: StatedDate.optional(),
});
export type SourceChanges = z.infer<typeof SourceChanges>;

/** W3C Web Annotation TextQuoteSelector: finds the quote again on the page. */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

export const Tag = z.string().trim().min(1).max(100);

/** One piece of evidence. */
export const Clip = z.object({
  id: Uuid,
  sourceId: Uuid,
  kind: ClipKind,
  quote: z.string().min(1),
  note: z.string(),
  tags: z.array(Tag),
  selector: TextQuoteSelector.optional(),
  citedOrigin: z.string().max(500).optional(),
  /** The page the quote's sentence links to, on another site: where the figure comes from, to check (#3). */
  citedUrl: WebUrl.optional(),
  dataYear: z.number().int().min(1800).max(2200).optional(),
  /** Success stories: who got the result ("Comcast") and what it was ("cut response times by 40%"). */
  organisation: z.string().max(500).optional(),
  result: z.string().max(1000).optional(),
  /**
   * Other pages that state the same figure, kept when two clips are merged
   * (issue #4): the briefing cites them all.
   */
  alsoCitedIn: z.array(z.object({ sourceId: Uuid, quote: z.string(), selector: TextQuoteSelector.optional() })).optional(),
  /** A key figure: starred statistics lead the briefing (issue #5). */
  starred: z.boolean().optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Clip = z.infer<typeof Clip>;

/** What the user asks to keep: a clip before it has an id and a source. */
export const ClipDraft = Clip.pick({
  kind: true,
  quote: true,
  note: true,
  tags: true,
  selector: true,
  citedOrigin: true,
  citedUrl: true,
  dataYear: true,
  organisation: true,
  result: true,
});
export type ClipDraft = z.infer<typeof ClipDraft>;

// ---------------------------------------------------------------------------
// Records as stored and as backed up (issue #5). Clip and Source above leave
// the long free-text fields open; these cap them, so that a hostile or damaged
// backup cannot exhaust memory or the disk quota, and so that every clip
// Casefile saves (lib/clips.ts checks against the same caps) can be exported
// and imported again. A backup version's schemas are frozen once written:
// a later change makes new ones (lib/backup.ts says how).

export const recordLimits = {
  sourceText: 5_000_000,
  quote: 100_000,
  note: 100_000,
  selectorExact: 100_000,
  selectorContext: 10_000,
  tagsPerClip: 1_000,
  alsoCitedInPerClip: 1_000,
} as const;

const formatCount = (n: number) => new Intl.NumberFormat('en-US').format(n);
const capped = (max: number, what: string) => z.string().max(max, `${what} can be at most ${formatCount(max)} characters long`);

export const BackupSelectorV1 = TextQuoteSelector.extend({
  exact: capped(recordLimits.selectorExact, 'a selector'),
  prefix: capped(recordLimits.selectorContext, 'a selector prefix'),
  suffix: capped(recordLimits.selectorContext, 'a selector suffix'),
});

/**
 * A source as a version-1 backup holds it, with its text (stored apart since
 * schema version 2). Keys in the order backups have always listed them.
 */
export const BackupSourceV1 = Citation.extend({
  id: Uuid,
  text: capped(recordLimits.sourceText, "a source's text"),
  capturedAt: Timestamp,
});

/**
 * A clip as a version-1 backup holds it: frozen when version 2 added
 * `citedUrl`, so that what a version-1 file means never changes.
 */
export const BackupClipV1 = z.object({
  id: Uuid,
  sourceId: Uuid,
  kind: ClipKind,
  quote: capped(recordLimits.quote, 'a quote').min(1),
  note: capped(recordLimits.note, 'a note'),
  tags: z.array(Tag).max(recordLimits.tagsPerClip),
  selector: BackupSelectorV1.optional(),
  citedOrigin: z.string().max(500).optional(),
  dataYear: z.number().int().min(1800).max(2200).optional(),
  organisation: z.string().max(500).optional(),
  result: z.string().max(1000).optional(),
  alsoCitedIn: z
    .array(
      z.object({
        sourceId: Uuid,
        quote: capped(recordLimits.quote, 'a quote'),
        selector: BackupSelectorV1.optional(),
      }),
    )
    .max(recordLimits.alsoCitedInPerClip)
    .optional(),
  starred: z.boolean().optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

/** A clip as a version-2 backup holds it, and as Casefile may store it: version 1's, with the link its sentence gave (#3). */
export const BackupClipV2 = BackupClipV1.extend({
  citedUrl: WebUrl.optional(),
});

export const BackupFileV1 = z.object({
  format: z.literal('casefile-backup'),
  version: z.literal(1),
  exportedAt: Timestamp,
  sources: z.array(BackupSourceV1),
  clips: z.array(BackupClipV1),
});
export type BackupFileV1 = z.infer<typeof BackupFileV1>;

export const BackupFileV2 = BackupFileV1.extend({
  version: z.literal(2),
  clips: z.array(BackupClipV2),
});
export type BackupFileV2 = z.infer<typeof BackupFileV2>;

/** A sentence or short passage the detector thinks is worth keeping. */
export const Candidate = z.object({
  kind: ClipKind,
  text: z.string(),
  /** Each figure as it stands in the text ("72%", "$1.2 trillion"). */
  figures: z.array(z.string()),
  citedOrigin: z.string().optional(),
  /** The other site the sentence links to (see Clip). */
  citedUrl: WebUrl.optional(),
  dataYear: z.number().int().optional(),
  organisation: z.string().optional(),
  result: z.string().optional(),
  selector: TextQuoteSelector,
});
export type Candidate = z.infer<typeof Candidate>;

/** The article as plain text, never HTML. */
export const Article = z.object({
  text: z.string(),
  excerpt: z.string(),
});
export type Article = z.infer<typeof Article>;

export const Selection = z.object({
  text: z.string(),
  selector: TextQuoteSelector,
});
export type Selection = z.infer<typeof Selection>;

/** What the content script returns about a page: plain data. */
export const Extraction = z.object({
  source: Citation,
  /** Absent when the page has no article (Readability found none). */
  article: Article.optional(),
  selection: Selection.optional(),
  candidates: z.array(Candidate),
  /** What Casefile left out of a page too large to read whole, and what the user can do (issue #6). */
  notice: z.string().max(2000).optional(),
  /** The page has frames, where an article may sit when the page itself has none (issue #6). */
  framed: z.literal(true).optional(),
  /** The tab shows a PDF in the browser's viewer, which Casefile cannot read yet (issue #6). */
  pdf: z.literal(true).optional(),
});
export type Extraction = z.infer<typeof Extraction>;

// ---------------------------------------------------------------------------
// Messages between the popup and the background (lib/messaging.ts).

export const ExtractTabRequest = z.object({ tabId: z.number().int().nonnegative() });
export type ExtractTabRequest = z.infer<typeof ExtractTabRequest>;

/** The page as the popup shows it: read, or a sentence saying why not. */
export const TabReading = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), extraction: Extraction, pageClipCount: z.number().int() }),
  z.object({
    ok: z.literal(false),
    /** One sentence: what happened and what the user can still do. */
    message: z.string(),
    /** What the browser tells about the tab, so its address can still be saved. */
    source: Citation,
    pageClipCount: z.number().int(),
  }),
]);
export type TabReading = z.infer<typeof TabReading>;

export const SaveClipRequest = z.object({
  tabId: z.number().int().nonnegative().optional(),
  citation: Citation,
  articleText: z.string(),
  draft: ClipDraft,
});
export type SaveClipRequest = z.infer<typeof SaveClipRequest>;

/** Changes to a clip already saved (the popup's "edit after saving", the library's edit). */
export const ClipChanges = Clip.pick({
  starred: true,
  kind: true,
  quote: true,
  note: true,
  tags: true,
  citedOrigin: true,
  citedUrl: true,
  dataYear: true,
  organisation: true,
  result: true,
}).partial();
export type ClipChanges = z.infer<typeof ClipChanges>;

export const UpdateClipRequest = z.object({ clipId: Uuid, changes: ClipChanges });
export type UpdateClipRequest = z.infer<typeof UpdateClipRequest>;

export const SaveClipResponse = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    clipId: Uuid,
    pageClipCount: z.number().int(),
    /** The page already had this quote; nothing new was written. */
    alreadySaved: z.boolean().optional(),
  }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type SaveClipResponse = z.infer<typeof SaveClipResponse>;

// ---------------------------------------------------------------------------
// The briefing (lib/briefing): clips in, a file out.

export const briefingOutlines = ['make-the-case', 'by-kind', 'by-tag'] as const;
export const citationStyles = ['apa', 'mla'] as const;

/** What the user sets in the briefing builder (issue #5). */
export const BriefingSettings = z.object({
  title: z.string().trim().min(1).max(300),
  /** "For: Head of Marketing". */
  audience: z.string().max(300),
  author: z.string().max(300),
  /** The day the briefing is dated (YYYY-MM-DD). */
  date: StatedDate,
  /** The user's opening summary: "The ask". */
  summary: z.string().max(20_000),
  outline: z.enum(briefingOutlines),
  /** Section key → the user's heading for it. */
  sectionTitles: z.record(z.string(), z.string().max(300)),
  citationStyle: z.enum(citationStyles),
  staleAfterYears: z.number().int().min(0).max(50),
});
export type BriefingSettings = z.infer<typeof BriefingSettings>;

export const BriefingInput = z.object({
  settings: BriefingSettings,
  /** The chosen clips, in the user's order. */
  clips: z.array(Clip),
  /** Every source the clips cite (alsoCitedIn included). */
  sources: z.array(Source),
});
export type BriefingInput = z.infer<typeof BriefingInput>;
