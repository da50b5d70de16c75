import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { plainText, plainTextWithLinks } from './plain-text';

const body = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
const linked = (html: string) => {
  const { text, links } = plainTextWithLinks(body(html));
  return { text, links: links.map(({ start, end, href }) => [text.slice(start, end), href]) };
};

describe('plainTextWithLinks', () => {
  it('places each link on its text, white space folded as the text folds it', () => {
    expect(linked('<p>  Some  <a href="/x"> spaced \n  link </a>  text <a href="https://a.example/">end</a></p>')).toEqual({
      text: 'Some spaced link text end',
      links: [
        ['spaced link', '/x'],
        ['end', 'https://a.example/'],
      ],
    });
  });

  it('counts the blank lines between paragraphs, and reads links in any inline element', () => {
    expect(linked('<p>First paragraph.</p>\n<p>Then <em><a href="/b">a <strong>bold</strong> one</a></em>.</p><table><tr><td><a href="/c">cell</a></td></tr></table>')).toEqual({
      text: 'First paragraph.\n\nThen a bold one.\n\ncell',
      links: [
        ['a bold one', '/b'],
        ['cell', '/c'],
      ],
    });
  });

  it('leaves out links that hold a paragraph break, no text or no address', () => {
    expect(linked('<a href="/y"><p>one</p><p>two</p></a><p><a href="/z"> </a><a>named</a> <a href="">empty</a></p>').links).toEqual([]);
  });

  it('gives the text plainText gives, on every page we have', () => {
    const root = path.resolve(__dirname, '../..');
    const corpus = path.resolve(root, '../shared/corpus/readability-pages');
    if (!fs.existsSync(corpus)) console.warn(`Skipped the corpus pages: ${corpus} is absent.`);
    const files = [
      ...fs.readdirSync(path.join(root, 'tests/e2e/pages')).filter((f) => f.endsWith('.html')).map((f) => path.join(root, 'tests/e2e/pages', f)),
      ...(fs.existsSync(corpus) ? fs.readdirSync(corpus).map((page) => path.join(corpus, page, 'source.html')).filter((f) => fs.existsSync(f)) : []),
    ];
    let checked = 0;
    for (const file of files) {
      const { document } = parseHTML(fs.readFileSync(file, 'utf8'));
      const root = (document.body ?? document.documentElement) as unknown as Node;
      const { text, links } = plainTextWithLinks(root);
      expect(text, file).toBe(plainText(root));
      // Every link's span holds its own text, folded.
      const anchors = [...(root as Element).querySelectorAll('a[href]')].filter((a) => a.getAttribute('href') && !a.closest('script, style, noscript, template'));
      const spans = new Set(links.map((link) => text.slice(link.start, link.end)));
      for (const anchor of anchors) {
        const own = (anchor.textContent ?? '').replace(/\s+/g, ' ').trim();
        const block = anchor.querySelector('p, div, li, br, table, h1, h2, h3, h4, h5, h6, ul, ol, section, article, header, footer, blockquote, figure, pre');
        if (own && !block && !anchor.closest('td, th')) {
          expect(spans.has(own), `${file}: "${own}"`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(fs.existsSync(corpus) ? 1000 : 3);
  });
});
