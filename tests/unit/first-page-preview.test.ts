/** The newest clips painted before the library's code loads (issue #4). */
import { describe, expect, it } from 'vitest';
import { paintFirstPage } from '../../components/first-page-preview';
import { testClip, testSource } from './records';

const pew = testSource(1, { title: 'Social Media Fact Sheet', siteName: 'Pew Research Center' });
const page = {
  clips: [testClip(2, pew, { quote: '<img src=x onerror="window.pwned=1">72% of adults', kind: 'statistic', note: 'For the <b>board</b>', tags: ['social', '<i>q3</i>'] }), testClip(1, pew, { quote: 'Blendtec grew sales 700%.', kind: 'success-story' })],
  sources: [pew],
};

function root(): HTMLElement {
  document.body.replaceChildren();
  const element = document.createElement('div');
  document.body.append(element);
  return element;
}

describe('paintFirstPage', () => {
  it('shows the newest clips, busy, with their kind and source, page text as text', () => {
    const target = root();
    paintFirstPage(target, page, '');
    const main = target.querySelector('main')!;
    expect(main.getAttribute('aria-busy')).toBe('true');
    const cards = [...target.querySelectorAll('ul[aria-label="Clips"] > li.clip-card')];
    expect(cards.map((card) => card.querySelector('blockquote')!.textContent)).toEqual(['<img src=x onerror="window.pwned=1">72% of adults', 'Blendtec grew sales 700%.']);
    expect(cards.map((card) => card.querySelector('.clip-kind')!.textContent)).toEqual(['Statistic', 'Success story']);
    expect(cards[0]!.querySelector('.clip-source')!.textContent).toBe('Social Media Fact Sheet · Pew Research Center');
    expect(cards[0]!.querySelector('.clip-note')!.textContent).toBe('Note: For the <b>board</b>');
    expect([...cards[0]!.querySelectorAll('ul[aria-label="Tags"] > li')].map((tag) => tag.textContent)).toEqual(['social', '<i>q3</i>']);
    expect(cards[1]!.querySelector('.clip-note')).toBeNull();
    expect(cards[1]!.querySelector('.clip-tags')).toBeNull();
    expect(target.querySelector('img, b, i')).toBeNull();
  });

  it('leaves a link with a search, an empty library and a mounted page to the library itself', () => {
    const searched = root();
    paintFirstPage(searched, page, '?q=adults');
    expect(searched.childNodes).toHaveLength(0);
    const empty = root();
    paintFirstPage(empty, { clips: [], sources: [] }, '');
    expect(empty.childNodes).toHaveLength(0);
    const mounted = root();
    mounted.append(document.createElement('main'));
    paintFirstPage(mounted, page, '');
    expect(mounted.querySelectorAll('li')).toHaveLength(0);
    paintFirstPage(null, page, '');
    paintFirstPage(root(), undefined, '');
  });
});
