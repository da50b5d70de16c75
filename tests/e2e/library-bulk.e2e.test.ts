/**
 * Issue #4 end to end: select several clips and tag, re-kind or delete them at
 * once (with Undo); move through clips with the keyboard; a list of 3,000
 * clips is virtualised and scrolls to its end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Casefile, launchCasefile } from './extension';
import { seedClips } from './seed';

let casefile: Casefile;

beforeAll(async () => {
  casefile = await launchCasefile();
});
afterAll(async () => {
  await casefile?.close();
});

describe('many clips at once', () => {
  it('tags, re-kinds and deletes a selection, and Undo brings it back', async () => {
    const library = await casefile.openLibrary();
    await library.getByText('No clips yet.').waitFor();
    await seedClips(library, 6);
    await library.reload();
    const cards = library.getByRole('list', { name: 'Clips' }).getByRole('listitem').filter({ has: library.getByRole('button', { name: /^Delete clip/ }) });
    await expect.poll(() => cards.count()).toBe(6);

    await library.getByRole('checkbox', { name: /^Select clip: Seeded figure number 1:/ }).check();
    await library.getByRole('checkbox', { name: /^Select clip: Seeded figure number 2:/ }).check();
    const bulk = library.getByRole('group', { name: 'Selected clips' });
    await bulk.getByText('2 selected.').waitFor();
    await bulk.getByLabel('Tag to add').fill('q3-deck');
    await bulk.getByRole('button', { name: 'Add tag' }).click();
    await library.getByRole('status').getByText('2 clips changed.').waitFor();
    await library.getByRole('combobox', { name: 'Tag', exact: true }).selectOption('q3-deck');
    await expect.poll(() => cards.count()).toBe(2);

    await bulk.getByRole('button', { name: 'Mark as success stories' }).click();
    await expect.poll(async () => (await cards.allTextContents()).every((text) => text.startsWith('Success story'))).toBe(true);

    await bulk.getByRole('button', { name: 'Delete selected' }).click();
    await expect.poll(() => cards.count()).toBe(0);
    await library.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cards.count()).toBe(2);
    await library.close();
  });

  it('moves through clips with the arrow keys, edits with Enter and deletes with Delete', async () => {
    const library = await casefile.openLibrary();
    const cards = library.getByRole('list', { name: 'Clips' }).getByRole('listitem').filter({ has: library.getByRole('button', { name: /^Delete clip/ }) });
    await expect.poll(() => cards.count()).toBe(6);
    await cards.first().focus();
    await library.keyboard.press('ArrowDown');
    const focused = () => library.evaluate(() => document.activeElement?.getAttribute('aria-posinset'));
    await expect.poll(focused).toBe('2');
    await library.keyboard.press('ArrowUp');
    await expect.poll(focused).toBe('1');
    await library.keyboard.press('Enter');
    await library.getByRole('form', { name: 'Edit clip' }).waitFor();
    await library.getByRole('button', { name: 'Cancel' }).click();
    await cards.first().focus();
    const first = await cards.first().getAttribute('data-clip-id');
    await library.keyboard.press('Delete');
    await expect.poll(() => cards.count()).toBe(5);
    expect(await cards.first().getAttribute('data-clip-id')).not.toBe(first);
    await library.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cards.first().getAttribute('data-clip-id')).toBe(first);
    await library.close();
  });

  it('renders only the clips in view, and scrolls through 3,000', async () => {
    const library = await casefile.openLibrary();
    await seedClips(library, 2994);
    await library.reload();
    await library.getByText('3000 clips.').waitFor();
    const rendered = library.getByRole('list', { name: 'Clips' }).getByRole('listitem').filter({ has: library.getByRole('button', { name: /^Delete clip/ }) });
    expect(await rendered.count()).toBeLessThan(40);
    expect(await rendered.first().getAttribute('aria-setsize')).toBe('3000');
    // Rows are measured as they render, so the list's height settles while we scroll:
    // keep going to the bottom, as a reader pressing End would, until the oldest clip shows.
    await expect.poll(async () => {
      await library.keyboard.press('End');
      await library.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      return (await rendered.last().textContent()) ?? '';
    }).toContain('Seeded figure number 0:');
    expect(await rendered.count()).toBeLessThan(40);
    await library.close();
  });
});
