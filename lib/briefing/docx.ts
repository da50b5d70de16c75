/**
 * A briefing as a Word file (issue #5): real headings, quotes in a Quote
 * style, [n] citations that jump to bookmarks on the Sources list, and links
 * out only to http(s) pages. Opens in Word and LibreOffice.
 *
 * The `docx` package writes the package, the styles, the headings and the
 * Sources list (bookmarks, external links and their relationships). The
 * entries — up to tens of thousands of near-identical quote paragraphs — are
 * written by `entryXml` below as WordprocessingML text and spliced in where
 * docx wrote a placeholder: docx's object model costs ~0.1 ms per run, which
 * for 10,000 clips took over 100× the time of JSON.stringify on the same
 * records (scripts/bench/briefing-export.ts); with the string writer the
 * deflate of the ~10 MB document.xml is most of what is left, done by the
 * platform's deflate where there is one (docx-zip.ts).
 * Only five elements are written by hand (w:p, w:pPr/w:pStyle/w:bidi, w:r,
 * w:rPr with w:b/w:i/w:color/w:rStyle/w:rtl, w:t, w:hyperlink w:anchor or
 * r:id), in the schema's element order; the relationships of the r:id links
 * (a clip's source link, #3) are added to the package's after docx packs it.
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  TextRun,
} from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { BriefingDocument, BriefingEntry } from './document';
import { zipPackage } from './docx-zip';
import { keyFiguresHeading } from './document';
import { isWebUrl } from '../web-url';
import { escapeHtml } from './html-escape';
import { entryFacts, oneLine, paragraphs, preparedLine, sourceLink } from './entry-facts';
import { entryCount, progressCounter, type ReportProgress } from './progress';

/** Word bookmark names: a letter first, then letters, digits and underscores (no hyphens). */
export const sourceBookmark = (number: number) => `source_${number}`;

const colours = { muted: '57606A', rule: 'C8CDD3', key: 'FFF8E1', keyRule: 'E3B341', stale: '9A3412', link: '0B5CAD' };

const mime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function briefingDocx(document: BriefingDocument, onProgress?: ReportProgress): Promise<Blob> {
  const { file, blocks, links } = briefingWordDocument(document, onProgress);
  const total = entryCount(document);
  onProgress?.({ done: total, total, stage: 'packing' });
  const packed = unzipSync(new Uint8Array(await Packer.toArrayBuffer(file)));
  const documentXml = packed['word/document.xml'];
  if (!documentXml) throw new Error('docx wrote no word/document.xml');
  packed['word/document.xml'] = strToU8(spliceBlocks(strFromU8(documentXml), blocks));
  const rels = packed['word/_rels/document.xml.rels'];
  if (links.length) {
    if (!rels) throw new Error('docx wrote no word/_rels/document.xml.rels');
    packed['word/_rels/document.xml.rels'] = strToU8(withLinkRelationships(strFromU8(rels), links));
  }
  return new Blob([(await zipPackage(packed)) as Uint8Array<ArrayBuffer>], { type: mime });
}

const placeholder = (index: number) => `CASEFILE-ENTRIES-${index}`;

/** The relationship id of the nth distinct source link in the entries: apart from docx's own "rIdN". */
const linkRelationship = (index: number) => `casefileLink${index + 1}`;
const hyperlinkType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** The package's relationships with one external hyperlink per source link. */
function withLinkRelationships(rels: string, links: readonly string[]): string {
  const end = rels.lastIndexOf('</Relationships>');
  if (end === -1) throw new Error('docx wrote relationships without </Relationships>');
  const added = links
    .map((url, index) => `<Relationship Id="${linkRelationship(index)}" Type="${hyperlinkType}" Target="${escapeHtml(xmlSafe(url))}" TargetMode="External"/>`)
    .join('');
  return rels.slice(0, end) + added + rels.slice(end);
}

/** Replaces each placeholder paragraph docx wrote with its block of entry paragraphs. */
function spliceBlocks(xml: string, blocks: readonly string[]): string {
  let out = '';
  let from = 0;
  blocks.forEach((block, index) => {
    const at = xml.indexOf(`>${placeholder(index)}<`, from);
    const start = at === -1 ? -1 : xml.lastIndexOf('<w:p>', at);
    const end = at === -1 ? -1 : xml.indexOf('</w:p>', at);
    if (start === -1 || end === -1) throw new Error(`docx did not write placeholder ${index}`);
    out += xml.slice(from, start) + block;
    from = end + '</w:p>'.length;
  });
  return out + xml.slice(from);
}

/**
 * The Word document before packing, with one placeholder paragraph for each
 * run of entries, and the WordprocessingML of those entries.
 */
export function briefingWordDocument(document: BriefingDocument, onProgress?: ReportProgress): { file: Document; blocks: string[]; links: string[] } {
  const { settings } = document;
  const written = progressCounter(entryCount(document), onProgress);
  const blocks: string[] = [];
  // Each distinct source link once, numbered in order of first use.
  const links: string[] = [];
  const linkIds = new Map<string, string>();
  const linkId = (url: string) => {
    let id = linkIds.get(url);
    if (!id) linkIds.set(url, (id = linkRelationship(links.push(url) - 1)));
    return id;
  };
  const entries = (list: readonly BriefingEntry[], key: boolean) => {
    if (!list.length) return [];
    let block = '';
    for (const entry of list) {
      block += entryXml(entry, key, linkId);
      written();
    }
    blocks.push(block);
    return [new Paragraph({ children: [new TextRun(placeholder(blocks.length - 1))] })];
  };

  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [run(oneLine(settings.title))] })];
  if (settings.audience.trim()) children.push(new Paragraph({ style: 'Byline', children: [run(`For: ${oneLine(settings.audience)}`, { bold: true })] }));
  children.push(new Paragraph({ style: 'Byline', children: [run(preparedLine(settings), { color: colours.muted })] }));

  if (document.keyFigures.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(oneLine(keyFiguresHeading(document)))] }));
    children.push(...entries(document.keyFigures, true));
  }
  for (const section of document.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(oneLine(section.heading))] }));
    for (const text of paragraphs(section.text)) children.push(new Paragraph({ children: [run(text)], ...direction(text) }));
    children.push(...entries(section.entries, false));
  }

  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run('Sources')] }));
  for (const { number, source, reference } of document.sources) {
    children.push(
      new Paragraph({
        style: 'Reference',
        children: [new Bookmark({ id: sourceBookmark(number), children: [run(`${number}.\t`)] }), ...referenceRuns(reference, sourceLink(source))],
      }),
    );
  }

  const file = new Document({
    creator: xmlSafe(oneLine(settings.author)) || 'Casefile',
    title: xmlSafe(oneLine(settings.title)),
    description: 'A briefing made with Casefile',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { font: 'Calibri', size: 48, bold: true } },
        heading1: { run: { font: 'Calibri', size: 30, bold: true, color: '1F2328' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
      },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true },
          paragraph: {
            indent: { left: 567, right: 567 },
            spacing: { before: 200, after: 60 },
            keepLines: true,
            keepNext: true,
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: colours.rule, space: 8 } },
          },
        },
        {
          id: 'KeyFigure',
          name: 'Key Figure',
          basedOn: 'Quote',
          next: 'Normal',
          run: { italics: false, bold: true, size: 24 },
          paragraph: {
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: colours.key },
            border: { left: { style: BorderStyle.SINGLE, size: 24, color: colours.keyRule, space: 8 } },
          },
        },
        { id: 'EntryFact', name: 'Entry Fact', basedOn: 'Normal', next: 'Normal', run: { size: 20, color: colours.muted }, paragraph: { indent: { left: 567 }, spacing: { after: 40 } } },
        { id: 'Byline', name: 'Byline', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { after: 40 } } },
        { id: 'Reference', name: 'Reference', basedOn: 'Normal', next: 'Reference', run: { size: 20 }, paragraph: { indent: { left: 567, hanging: 567 }, keepLines: true } },
      ],
    },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children }],
  });
  return { file, blocks, links };
}

/**
 * One entry as WordprocessingML: the quote with its [n] links, then the stale
 * mark and the facts; a source link as a hyperlink, `linkId` giving its relationship.
 */
export function entryXml(entry: BriefingEntry, key: boolean, linkId: (url: string) => string): string {
  const { clip, citations, staleMark } = entry;
  const quote = oneLine(clip.quote);
  const rtl = isRightToLeft(quote);
  const upright = '<w:i w:val="0"/>';
  let xml = `<w:p><w:pPr><w:pStyle w:val="${key ? 'KeyFigure' : 'Quote'}"/>${rtl ? '<w:bidi/>' : ''}</w:pPr>${runXml(quote, rtl ? '<w:rtl/>' : '')}${runXml(' [', upright)}`;
  citations.forEach((number, index) => {
    if (index > 0) xml += runXml(', ', upright);
    xml += `<w:hyperlink w:anchor="${sourceBookmark(number)}">${runXml(String(number), `<w:rStyle w:val="Hyperlink"/>${upright}`)}</w:hyperlink>`;
  });
  xml += `${runXml(']', upright)}</w:p>`;
  if (staleMark) xml += `<w:p><w:pPr><w:pStyle w:val="EntryFact"/></w:pPr>${runXml(`${staleMark}.`, `<w:b/><w:color w:val="${colours.stale}"/>`)}</w:p>`;
  // Like the web page, a fact line's direction follows its first letter: the English label.
  for (const { label, text } of entryFacts(entry)) {
    const value = label === 'Link' ? `<w:hyperlink r:id="${linkId(text)}">${runXml(text, '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>` : runXml(text);
    xml += `<w:p><w:pPr><w:pStyle w:val="EntryFact"/></w:pPr>${runXml(`${label}: `, '<w:b/>')}${value}</w:p>`;
  }
  return xml;
}

/** A run of text; `properties` are w:rPr children, in the schema's order. */
function runXml(text: string, properties = ''): string {
  // xml:space="preserve" only where an edge space would otherwise be dropped.
  const space = text.startsWith(' ') || text.endsWith(' ') || text.includes('  ') ? ' xml:space="preserve"' : '';
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t${space}>${escapeXmlText(xmlSafe(text))}</w:t></w:r>`;
}

// Testing first: most clipped text has nothing to escape or strip, and a test
// costs far less than a replace with a callback (10,000-clip briefings, issue #5).
const xmlSpecial = /[&<>]/;
const escapeXmlText = (text: string) =>
  xmlSpecial.test(text) ? text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;')) : text;

/** The reference as text, its web address as a link where it stands (http(s) only). */
function referenceRuns(reference: string, url: string | undefined): ParagraphChild[] {
  const text = oneLine(reference);
  if (!isWebUrl(url)) return [run(text)];
  const link = new ExternalHyperlink({ link: xmlSafe(new URL(url).href), children: [run(url, { style: 'Hyperlink' })] });
  const at = text.lastIndexOf(url);
  if (at === -1) return [run(`${text} `), link];
  const before = text.slice(0, at);
  const after = text.slice(at + url.length);
  return [...(before ? [run(before)] : []), link, ...(after ? [run(after)] : [])];
}

type RunOptions = Omit<ConstructorParameters<typeof TextRun>[0] & object, 'text'>;

function run(text: string, options: RunOptions = {}): TextRun {
  return new TextRun({ ...options, text: xmlSafe(text) });
}

const xmlUnsafe = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Characters XML 1.0 cannot hold (controls other than tab and newlines, lone
 * surrogates, U+FFFE/U+FFFF) would make the file unreadable: they go.
 */
export function xmlSafe(text: string): string {
  if (!xmlUnsafe.test(text)) return text;
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** Text whose first letter is Hebrew, Arabic, Syriac, Thaana or N'Ko reads right to left. */
export function isRightToLeft(text: string): boolean {
  const strong = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.exec(text);
  return !!strong && /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(strong[0]);
}

function direction(text: string): { bidirectional?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } {
  return isRightToLeft(text) ? { bidirectional: true, alignment: AlignmentType.START } : {};
}
