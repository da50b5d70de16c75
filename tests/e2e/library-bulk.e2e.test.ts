/**
 * Issue #4 end to end: select several clips and tag, re-kind or delete them at
 * once (with Undo); move through clips with the keyboard; a list of 3,000
 * clips is virtualised and scrolls to its end; every clip deleted, brought
 * back by Undo and deleted again at once, then brought back.
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

  it('deletes every clip, and again at once after an Undo: deleted clips never show again meanwhile, and Undo brings every one back', async () => {
    const library = await casefile.openLibrary();
    await library.getByText('3000 clips.').waitFor();
    const stored = () =>
      library.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const request = indexedDB.open('casefile');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const count = request.result.transaction('clips', 'readonly').objectStore('clips').count();
              count.onsuccess = () => {
                request.result.close();
                resolve(count.result);
              };
            };
          }),
      );
    // From the list going empty after a delete to its Undo: whether a clip or a count of clips showed again.
    type Watch = { on: boolean; emptied: boolean; shownAgain: string[] };
    await library.evaluate(() => {
      const state: Watch = { on: false, emptied: false, shownAgain: [] };
      (globalThis as { __deleteWatch?: Watch }).__deleteWatch = state;
      new MutationObserver(() => {
        if (!state.on) return;
        const hint = document.querySelector('main > p.hint')?.textContent;
        const shown = !!hint || !!document.querySelector('[aria-label="Clips"] > li');
        if (!shown) state.emptied = true;
        else if (state.emptied) state.shownAgain.push(hint ?? 'a clip');
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const watch = (on: boolean) =>
      library.evaluate((on) => {
        const state = (globalThis as unknown as { __deleteWatch: Watch }).__deleteWatch;
        state.on = on;
        state.emptied = false;
      }, on);
    const shownAgain = () => library.evaluate(() => (globalThis as unknown as { __deleteWatch: Watch }).__deleteWatch.shownAgain);
    // Clicks in the page, each as soon as its button is there: as fast as a quick hand, and no faster.
    const clickInPage = (...names: string[]) =>
      library.evaluate(async (names) => {
        for (const name of names) {
          let button: HTMLButtonElement | undefined;
          for (let frame = 0; !button && frame < 600; frame++) {
            await new Promise((resolve) => requestAnimationFrame(resolve));
            button = [...document.querySelectorAll('button')].find((element) => element.textContent?.trim() === name && !element.disabled);
          }
          if (!button) throw new Error(`no button "${name}"`);
          button.click();
        }
      }, names);
    const deletedAndWritten = async () => {
      await library.getByText('No clips yet.').waitFor();
      await expect.poll(stored).toBe(0);
      await expect.poll(() => library.evaluate(() => document.querySelector('main > p.hint')?.textContent ?? 'none')).toBe('none');
      await watch(false);
      expect(await shownAgain()).toEqual([]);
    };

    await watch(true);
    await clickInPage('Select all shown', 'Delete selected');
    await deletedAndWritten();
    // Undo, and every clip deleted again at once: the restore is still being written, and then read back.
    await watch(true);
    await clickInPage('Undo', 'Select all shown', 'Delete selected');
    await deletedAndWritten();
    await clickInPage('Undo');
    await library.getByText('3000 clips.').waitFor();
    await expect.poll(stored).toBe(3000);
    await library.getByText('3000 clips.').waitFor();
    await library.reload();
    await library.getByText('3000 clips.').waitFor();
    await library.close();
  });
});
