import { describe, expect, it } from 'vitest';
import { footnoteSource } from './footnote';

/** The note `<li>` as a page holds it. */
function note(html: string): Element {
  return new DOMParser().parseFromString(`<!doctype html><body><ol><li id="n">${html}</li></ol></body>`, 'text/html').getElementById('n')!;
}

const backlink = '<span class="mw-cite-backlink">^ <a href="#r-0"><sup><i><b>a</b></i></sup></a> <a href="#r-1"><sup><i><b>b</b></i></sup></a></span> ';
const coins = (fields: string) => `<span title="ctx_ver=Z39.88-2004&amp;${fields}" class="Z3988"></span>`;

describe('footnoteSource', () => {
  it("reads the work and the date from the note's COinS, the work before the publisher", () => {
    expect(footnoteSource(note(`${backlink}<cite>"Report". Retrieved 2017.</cite>${coins('rft.jtitle=Shopper+Research+Weekly&amp;rft.pub=Example+Media&amp;rft.date=2015-10-08')}`))).toEqual({
      name: 'Shopper Research Weekly',
      year: 2015,
    });
    expect(footnoteSource(note(`<cite>"About us".</cite>${coins('rft.pub=Mozilla+Foundation&amp;rft.btitle=About+us')}`))).toEqual({ name: 'Mozilla Foundation' });
  });

  it('reads the work a citation sets in italics, not a linked title in italics nor the back-links’ letters', () => {
    expect(footnoteSource(note(`${backlink}<cite>Lee, Tom (4 June 2016). <a href="https://x.example/">"The daily scrollers"</a>. <i>New Zealand Herald</i>. Retrieved 2 July 2017.</cite>`))).toEqual({
      name: 'New Zealand Herald',
      year: 2016,
    });
    expect(footnoteSource(note('<cite>Moana, Rua (2017). <a href="https://books.example/"><i>Talking to Brands</i></a>. Harbour Press.</cite>'))).toEqual({ year: 2017 });
  });

  it('names no one where the note gives no name in a form made to be read, or gives an address or a sentence', () => {
    expect(footnoteSource(note('<cite>"Social network use". Statistics New Zealand.</cite>'))).toEqual({});
    expect(footnoteSource(note(`<cite>x</cite>${coins('rft.jtitle=https%3A%2F%2Fwww.example.com')}`))).toEqual({});
    expect(footnoteSource(note(`<cite><i>${'A very long italic passage that reads like a sentence, '.repeat(3)}</i></cite>`))).toEqual({});
  });

  it('passes over a COinS too long to be a citation', () => {
    const huge = coins(`rft.jtitle=Huge&amp;rft.pub=${'x'.repeat(5000)}`);
    expect(footnoteSource(note(`<cite>"Report".</cite>${huge}${coins('rft.jtitle=Real+Weekly')}`))).toEqual({ name: 'Real Weekly' });
  });

  it("keeps a COinS date after the article's last date out, as it keeps a year in the text out", () => {
    expect(footnoteSource(note(`<cite>"Outlook"</cite>${coins('rft.jtitle=Energy+Weekly&amp;rft.date=2030')}`), '2019-09-26')).toEqual({ name: 'Energy Weekly' });
  });
});
