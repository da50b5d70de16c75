/** Microdata (itemscope/itemprop): which item a property belongs to. */
import { isArticleOrPageType } from './json-ld';

/** People and organisations publish nothing themselves: a date inside one (cnet nests it in the author) is the article's. */
const transparentTypes = /^(?:person|organization|newsmediaorganization|corporation|place|brand)$/;

/**
 * Whether a property belongs to the article or the page: its item (skipping
 * people and organisations around it) is an article or page type, or untyped.
 */
export function belongsToArticle(element: Element): boolean {
  let item = element.parentElement?.closest('[itemscope]');
  for (let depth = 0; item && depth < 10; depth++) {
    const types = (item.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean);
    if (types.length === 0 || types.some(isArticleOrPageType)) return true;
    if (!types.every((type) => transparentTypes.test(type.replace(/^.*[/:#]/, '').toLowerCase()))) return false;
    item = item.parentElement?.closest('[itemscope]');
  }
  return true;
}
