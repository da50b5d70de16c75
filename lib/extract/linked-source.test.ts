import { describe, expect, it } from 'vitest';
import { hostOf } from '../web-url';
import { linkedSources } from './linked-source';
import { plainTextWithLinks } from './plain-text';

/** The source each sentence of the page links to, as extractPage asks for them (in text order). */
function sources(html: string, pageUrl = 'https://blog.example/stats/2025', base = pageUrl, publishedTime?: string) {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  const { text, links } = plainTextWithLinks(doc.body);
  const linkOf = linkedSources(text, links, { base, pageUrl, elementById: (id) => doc.getElementById(id), writtenBy: publishedTime });
  return text.split('\n\n').map((sentence) => {
    const start = text.indexOf(sentence);
    return linkOf(start, start + sentence.length);
  });
}

describe('linkedSources', () => {
  it('gives the other site a sentence links to, resolved against the page', () => {
    expect(
      sources(
        '<p><a href="https://www.pewresearch.org/fact-sheet/social-media/">72% of adults</a> use social media.</p>' +
          '<p>Read <a href="/2024">our 2024 post</a> and <a href="//www.statista.com/chart/1">the chart</a>: 40% grew.</p>' +
          '<p>No link here: 12% did.</p>',
      ),
    ).toEqual([{ url: 'https://www.pewresearch.org/fact-sheet/social-media/' }, { url: 'https://www.statista.com/chart/1' }, undefined]);
  });

  it("takes no link within the page's own site, to a fragment, or to another scheme", () => {
    expect(
      sources(
        '<p>See <a href="https://www.blog.example/more">more</a>, <a href="#fn1">[1]</a>, <a href="javascript:alert(1)">this</a>, ' +
          '<a href="mailto:a@b.example">mail</a> and <a href="ftp://files.example/x">files</a>: 30% did.</p>',
      ),
    ).toEqual([undefined]);
  });

  it('names the source when the link stands alone in a parenthesis or brackets, and its text is a name', () => {
    expect(
      sources(
        '<p>73% prefer short videos (<a href="https://www.wyzowl.com/video-stats/">Wyzowl</a>).</p>' +
          '<p>Half do, per <a href="https://www.wyzowl.com/">Wyzowl</a>.</p>' +
          '<p>Most do (<a href="https://example.org/r">see the 2024 report</a>).</p>' +
          '<p>A third do [<a href="https://www.statista.com/x">Statista</a>].</p>' +
          '<p>A fifth do (<a href="https://example.org/s">Source</a>).</p>',
      ),
    ).toEqual([
      { url: 'https://www.wyzowl.com/video-stats/', name: 'Wyzowl' },
      { url: 'https://www.wyzowl.com/' },
      { url: 'https://example.org/r' },
      { url: 'https://www.statista.com/x', name: 'Statista' },
      { url: 'https://example.org/s' },
    ]);
  });

  it("follows a footnote marker to its note, and gives the note's first link to another site", () => {
    const notes =
      '<ol><li id="cite_note-1"><a href="#cite_ref-1">^</a> <a href="/wiki/Pew">Pew</a> ' +
      '<a href="https://www.pewresearch.org/2015/">"Social Media Usage"</a>. Retrieved 2016.</li>' +
      '<li id="fn%202"><a href="https://www.w3counter.com/trends">W3Counter</a></li>' +
      `<li id="long"><a href="https://elsewhere.example/">section</a> ${'A section, not a note. '.repeat(60)}</li></ol>`;
    expect(
      sources(
        '<p>Firefox has about 10% of usage.<sup><a href="#cite_note-1">[1]</a></sup></p>' +
          '<p>Usage rose 3%.<a href="https://blog.example/stats/2025#fn%202">2</a></p>' +
          '<p>See the chapter on 40% growth <a href="#long">below</a>.</p>' +
          '<p>A note that is not there: 5% did.<a href="#cite_note-9">[9]</a></p>' +
          notes,
      ).slice(0, 4),
    ).toEqual([{ url: 'https://www.pewresearch.org/2015/' }, { url: 'https://www.w3counter.com/trends' }, undefined, undefined]);
  });

  it("dates the source by its note's citation, else by its dated address (#3)", () => {
    const page = 'https://blog.example/stats';
    expect(
      sources(
        '<p>Half of adults did.<sup><a href="#n1">[1]</a></sup></p>' +
          '<p>A third did.<sup><a href="#n2">[2]</a></sup></p>' +
          '<p>Most do, says <a href="https://news.example/2014/06/survey">a survey</a>.</p>' +
          '<p>Some do (<a href="https://www.statista.com/2013/05/x">Statista</a>).</p>' +
          '<p>Later: <a href="https://news.example/2019/06/later">40% do</a>.</p>' +
          '<ol><li id="n1">^ Perrin, Andrew (October 8, 2015). <a href="https://www.pewresearch.org/internet/">"Social Media Usage"</a>. Retrieved 2016-01-01.</li>' +
          '<li id="n2">^ <a href="https://news.example/2012/11/report">"Report"</a>. Retrieved 2016.</li></ol>',
        page,
        page,
        '2016-02-29T09:30:00Z',
      ).slice(0, 5),
    ).toEqual([
      { url: 'https://www.pewresearch.org/internet/', year: 2015 },
      { url: 'https://news.example/2012/11/report', year: 2012 },
      { url: 'https://news.example/2014/06/survey', year: 2014 },
      { url: 'https://www.statista.com/2013/05/x', year: 2013, name: 'Statista' },
      { url: 'https://news.example/2019/06/later', year: 2019 },
    ]);
  });

  it('reads a note cited from several sentences once', () => {
    const doc = new DOMParser().parseFromString(
      '<!doctype html><body><p>Half did.<a href="#n1">[1]</a></p><p>A third did.<a href="#n1">[1]</a></p><ol><li id="n1"><a href="https://pew.example/r">Pew</a> (2015).</li></ol></body>',
      'text/html',
    );
    const { text, links } = plainTextWithLinks(doc.body);
    let lookups = 0;
    const linkOf = linkedSources(text, links, { base: 'https://blog.example/a', pageUrl: 'https://blog.example/a', elementById: (id) => (lookups++, doc.getElementById(id)) });
    const spans = text.split('\n\n').slice(0, 2).map((sentence) => linkOf(text.indexOf(sentence), text.indexOf(sentence) + sentence.length));
    expect(spans).toEqual([{ url: 'https://pew.example/r', year: 2015 }, { url: 'https://pew.example/r', year: 2015 }]);
    expect(lookups).toBe(1);
  });

  it('skips an address too long to be a source', () => {
    expect(sources(`<p><a href="https://t.example/?q=${'x'.repeat(3000)}">Up 20%</a>.</p>`)).toEqual([undefined]);
  });
});

describe('hostOf', () => {
  it('gives the host without "www."', () => {
    expect(hostOf('https://WWW.PewResearch.org/a')).toBe('pewresearch.org');
    expect(hostOf('not a url')).toBeUndefined();
  });

  it("gives an archived page's own host, so that an archived article's links to its own site are not sources", () => {
    expect(hostOf('https://web.archive.org/web/20160301000000/http://www.statista.com/chart/1/')).toBe('statista.com');
    expect(hostOf('https://web.archive.org/web/2016id_/https://blog.example/a')).toBe('blog.example');
    expect(hostOf('https://web.archive.org/about/')).toBe('web.archive.org');
    expect(
      sources(
        '<p>Half grew.<a href="https://web.archive.org/web/2016/http://blog.example/2015">[a]</a></p>' +
          '<p>A third grew (<a href="https://web.archive.org/web/2016/http://www.statista.com/x">Statista</a>).</p>',
        'https://web.archive.org/web/2016/http://blog.example/stats',
      ),
    ).toEqual([undefined, { url: 'https://web.archive.org/web/2016/http://www.statista.com/x', name: 'Statista' }]);
  });
});
