/** The facts under a candidate in the popup (issue #3): who got what, or what was got when the text names no one. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CandidateList } from '../../components/candidate-list';
import type { Candidate } from '../../lib/schema';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const story = (text: string, fields: Partial<Candidate>): Candidate => ({
  kind: 'success-story',
  text,
  figures: [],
  selector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
  ...fields,
});

const facts = (candidates: Candidate[]) => {
  act(() =>
    root.render(
      <CandidateList candidates={candidates} today="2026-11-30" staleAfterYears={3} saved={new Map()} onSave={() => undefined} onEdit={() => undefined} />,
    ),
  );
  return [...host.querySelectorAll('.candidate-facts')].map((p) => p.textContent);
};

describe('candidate facts', () => {
  it('shows who got the result, and the result alone when the text names no one', () => {
    expect(
      facts([
        story('Comcast cut response times by 40%.', { organisation: 'Comcast', result: 'cut response times by 40%' }),
        story('Attendance tripled.', { result: 'tripled' }),
      ]),
    ).toEqual(['Who: Comcast — cut response times by 40%', 'Result: tripled']);
  });
});
