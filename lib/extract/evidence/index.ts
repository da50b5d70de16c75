/** Statistics and success stories in an article's text. (Being written: see issue #3.) */
import type { Candidate } from '../../schema';

export interface DetectOptions {
  /** The article's published date (ISO 8601), when the page states one. */
  publishedTime?: string;
  lang?: string;
}

/** Every statistic and success-story sentence in `text`, in text order. */
export function findCandidates(_text: string, _options: DetectOptions = {}): Candidate[] {
  return [];
}
