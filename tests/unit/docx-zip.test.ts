/** The Word package's zip (issue #5): the platform's deflate for big parts, fflate for the rest, or fflate alone. */
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { zipPackage } from '../../lib/briefing/docx-zip';

const files = () => ({
  '[Content_Types].xml': strToU8('<Types/>'),
  'word/document.xml': strToU8(`<w:document>${'<w:p><w:r><w:t>Some 68% of U.S. adults use Facebook — “quoted” 😀</w:t></w:r></w:p>'.repeat(5000)}</w:document>`),
  'word/styles.xml': strToU8('<w:styles/>'),
});

afterEach(() => vi.unstubAllGlobals());

describe('zipPackage', () => {
  it('writes a zip that unzips to the same files, in the same order, with the big part deflated natively', async () => {
    expect(typeof CompressionStream).toBe('function');
    const zipped = await zipPackage(files());
    const back = unzipSync(zipped);
    expect(Object.keys(back)).toEqual(Object.keys(files()));
    for (const [name, data] of Object.entries(files())) expect(strFromU8(back[name]!)).toBe(strFromU8(data));
    expect(zipped.length).toBeLessThan(files()['word/document.xml'].length / 20);
  });

  it('falls back to fflate where the platform has no deflate-raw stream', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    const back = unzipSync(await zipPackage(files()));
    expect(strFromU8(back['word/document.xml']!)).toBe(strFromU8(files()['word/document.xml']));
  });
});
