/**
 * extractArticle runs Readability on a trimmed copy of the page with a few of
 * its helpers replaced (see readerCopy and speedUp in article.ts). Those are
 * only worth having if Readability then says exactly what it says on a plain
 * clone of the page: the same article text, title, byline, excerpt, site
 * name, date, language and direction, on every page we have.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isNodeVisible, plainText, readArticle, readerCopy } from './article';

const root = path.resolve(__dirname, '../..');
const corpus = path.resolve(root, '../shared/corpus/readability-pages');
const files = [
  ...['tests/e2e/pages', 'tests/fixtures/pages'].flatMap((dir) =>
    fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.html')).map((f) => path.join(root, dir, f)),
  ),
  ...(fs.existsSync(corpus)
    ? fs.readdirSync(corpus).map((page) => path.join(corpus, page, 'source.html')).filter((f) => fs.existsSync(f))
    : []),
];

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
// happy-dom takes seconds per corpus page under Readability; linkedom a fraction of that.
// (The same check in Chromium, the browser the extension runs in: scripts/bench/extraction-compare.ts.)
const parseFast = (html: string) => parseHTML(html).document as unknown as Document;

function summary(parsed: ReturnType<Readability<Element>['parse']>) {
  if (!parsed) return null;
  const { content, length: _length, ...fields } = parsed;
  return { ...fields, text: content ? plainText(content) : content };
}

describe('Readability on the trimmed copy, sped up', () => {
  it.each(files.map((file) => [path.relative(path.dirname(root), file), file]))('reads %s as on a plain clone', (_name, file) => {
    const html = fs.readFileSync(file, 'utf8');
    const doc = parseFast(html);
    const plain = new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (el) => el as Element }).parse();
    const before = doc.documentElement.outerHTML;
    expect(summary(readArticle(doc))).toEqual(summary(plain));
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('readArticle', () => {
  it("hands back an article whose HTML reads as usual (only parse's own log line is skipped)", () => {
    const paragraph = '<p>Casefile reads the article, every sentence of it, and the figures in it, as Readability finds them.</p>';
    const doc = parse(`<!doctype html><html><head><title>T</title></head><body><article>${paragraph.repeat(6)}</article></body></html>`);
    const content = readArticle(doc)!.content!;
    expect(Object.getOwnPropertyNames(content)).not.toContain('innerHTML');
    expect(content.innerHTML).toContain(paragraph);
    expect(content.innerHTML).toBe(content.innerHTML);
  });
});

describe("readArticle's cleaning of presentational attributes", () => {
  it('cleans only the elements whose attributes Readability reads later (images, figures, embeds), as Readability cleans them', () => {
    const paragraph = '<p style="color: red" align="left">Casefile reads the article, every sentence of it, and the figures in it, as Readability finds them.</p>';
    const doc = parse(
      `<!doctype html><html><head><title>T</title></head><body><article>${paragraph.repeat(6)}` +
        '<figure background="a.jpg" style="width: 10px"><img src="b.jpg" style="border: 0" width="10"></figure>' +
        '<svg><foreignObject><img src="c.jpg" style="border: 0"></foreignObject></svg></article></body></html>',
    );
    const content = readArticle(doc)!.content!;
    // The text's elements keep theirs: nothing reads them, and only the text is kept.
    expect(content.querySelector('p')!.getAttribute('style')).toBe('color: red');
    const figure = content.querySelector('figure')!;
    expect(figure.hasAttribute('background') || figure.hasAttribute('style')).toBe(false);
    expect(figure.querySelector('img')!.hasAttribute('style')).toBe(false);
    // Readability never cleans inside an <svg>.
    expect(content.querySelector('svg img')!.getAttribute('style')).toBe('border: 0');
  });
});

/** isProbablyReaderable's default visibility test, as @mozilla/readability 0.6 writes it. */
function readerableVisible(node: Element & { style?: CSSStyleDeclaration }) {
  return (
    (!node.style || node.style.display != 'none') &&
    !node.hasAttribute('hidden') &&
    (!node.hasAttribute('aria-hidden') ||
      node.getAttribute('aria-hidden') != 'true' ||
      !!(node.className && node.className.includes && node.className.includes('fallback-image')))
  );
}

describe('isNodeVisible', () => {
  it("answers as isProbablyReaderable's own test", () => {
    const doc = parse(
      '<div style="display: none"></div><div style="color: red"></div><div style="display:none"></div><p hidden></p>' +
        '<p aria-hidden="true"></p><p aria-hidden="false"></p><p aria-hidden="true" class="x fallback-image"></p>' +
        '<svg aria-hidden="true" class="fallback-image"></svg><p style="DISPLAY: NONE"></p><p></p>',
    );
    const elements = Array.from(doc.body.querySelectorAll('*'));
    expect(elements.map((el) => !!isNodeVisible(el))).toEqual(elements.map((el) => !!readerableVisible(el as HTMLElement)));
  });
});

describe('readerCopy', () => {
  it('keeps what Readability reads of the head and the whole body, and leaves the page alone', () => {
    const html =
      '<!doctype html><html lang="de" dir="ltr"><head><title>T</title><meta name="author" content="A">' +
      '<script>var x = 1;</script><style>p{}</style><link rel="stylesheet" href="s.css">' +
      '<script type="application/ld+json">{"@type":"Article"}</script><base href="/x/"></head>' +
      '<body class="b"><p>One</p><script>var y;</script></body></html>';
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    const copy = readerCopy(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(copy).not.toBe(doc);
    expect(copy.documentElement.getAttribute('lang')).toBe('de');
    expect(copy.documentElement.getAttribute('dir')).toBe('ltr');
    expect(copy.title).toBe('T');
    expect(Array.from(copy.documentElement.firstElementChild!.children, (el) => el.tagName)).toEqual(['TITLE', 'META', 'SCRIPT', 'BASE']);
    expect(copy.body.outerHTML).toBe(doc.body.outerHTML);
  });

  it('reads a page laid out other than <head> then <body> as the DOM reads it, from a copy in a document', () => {
    const paragraph = '<p>Casefile reads the article, every sentence of it, and the figures in it, as Readability finds them.</p>';
    // linkedom keeps a page without <head> as it is (browsers add one).
    const doc = parseFast(`<html><body><title>Headless</title><article>${paragraph.repeat(6)}</article></body></html>`);
    const before = doc.documentElement.outerHTML;
    expect(readerCopy(doc).nodeType).toBe(9);
    const plain = new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (el) => el as Element }).parse();
    expect(summary(readArticle(doc))).toEqual(summary(plain));
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(readerCopy(parseFast(`<html><head></head><body>${paragraph}</body></html>`)).nodeType).toBeUndefined();
  });

  it("leaves out the body's <style>s, but those Readability's noscript step could see", () => {
    const kept = ['before-noscript', 'in-noscript', 'in-element-before-noscript', 'before-imgs-and-noscript'];
    const html =
      '<!doctype html><html><head><title>T</title></head><body>' +
      '<style id="alone">p{}</style><p>One<style id="in-p">b{}</style></p>' +
      '<style id="before-noscript">d{}</style><noscript><img src="a.jpg"></noscript>' +
      '<noscript><style id="in-noscript">e{}</style><img src="b.jpg"></noscript>' +
      '<div><span><style id="in-element-before-noscript">f{}</style></span></div><noscript><img src="c.jpg"></noscript>' +
      '<style id="before-imgs-and-noscript">g{}</style><img><img alt="x"><noscript><img src="d.jpg"></noscript>' +
      '<p>Two</p><svg><style id="in-svg">c{}</style></svg></body></html>';
    const doc = parse(html);
    const copy = readerCopy(doc);
    expect(Array.from(copy.getElementsByTagName('style'), (style) => style.id)).toEqual(kept);
    for (const id of ['alone', 'in-p']) {
      expect(doc.getElementById(id)).not.toBeNull();
      expect(copy.querySelectorAll(`#${id}`)).toHaveLength(0);
    }
    const plain = (d: Document) => new Readability<Element>(d, { serializer: (el) => el as Element }).parse();
    expect(summary(plain(copy))).toEqual(summary(plain(doc.cloneNode(true) as Document)));
  });
});
