/**
 * Issue #3 end to end: the popup lists the statistics and success stories it
 * found, with cited origin, data year and stale mark; one click saves one;
 * a candidate can be edited (kind, quote, note) before saving; the library
 * shows the clips with their origin and year.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpCasefileAndServer } from './extension';

const env = setUpCasefileAndServer();

/** Saves a candidate with one click, closes the popup, and gives the text of its clip in the library. */
async function saveStoryAndFindItInLibrary(popup: Page, candidate: Locator, save: RegExp, quoted: string): Promise<string | null> {
  await candidate.getByRole('button', { name: save }).click();
  await expect.poll(() => candidate.getByRole('button', { name: /^Saved/ }).textContent()).toBe('Saved');
  await popup.close();
  const library = await env.casefile.openLibrary();
  const saved = library.getByRole('list', { name: 'Clips' }).getByRole('listitem').filter({ hasText: quoted });
  await saved.getByRole('button', { name: /^Delete clip/ }).waitFor();
  const text = await saved.textContent();
  await library.close();
  return text;
}

/** Opens a test page and its popup. */
async function openPopupOn(path: string): Promise<{ article: Page; popup: Page }> {
  const article = await env.casefile.context.newPage();
  await article.goto(`${env.server.origin}/${path}`);
  return { article, popup: await env.casefile.openPopup(await env.casefile.tabIdOf(article)) };
}

/** Opens a test page and its popup, and waits for the popup's list of success stories. */
async function openStories(path: string): Promise<{ article: Page; popup: Page; stories: Locator }> {
  const { article, popup } = await openPopupOn(path);
  const stories = popup.getByRole('region', { name: 'Success stories' });
  await stories.getByRole('heading', { name: 'Success stories' }).waitFor();
  return { article, popup, stories };
}

describe('candidates in the popup', () => {
  it('finds, marks and saves statistics and success stories', async () => {
    const { article, popup } = await openPopupOn('article.html');

    const statistics = popup.getByRole('region', { name: 'Statistics' });
    const stories = popup.getByRole('region', { name: 'Success stories' });
    await statistics.getByRole('heading', { name: 'Statistics' }).waitFor();
    await stories.getByRole('heading', { name: 'Success stories' }).waitFor();

    const pew = statistics.getByRole('listitem').filter({ hasText: '72% of online adults' });
    expect(await pew.textContent()).toContain('Source: Pew Research Center');
    expect(await pew.textContent()).toContain('data 2015');
    expect(await pew.locator('.stale').textContent()).toMatch(/^Stale: data from 2015$/);
    expect(await pew.locator('mark').allTextContents()).toEqual(['72%', '67%']);

    const comcast = stories.getByRole('listitem').filter({ hasText: 'Comcast' });
    expect(await comcast.textContent()).toContain('Who: Comcast — cut its average response time by 40%');

    // One click.
    await pew.getByRole('button', { name: /^Save statistic: According to the Pew/ }).click();
    await expect.poll(() => pew.getByRole('button', { name: /^Saved/ }).textContent()).toBe('Saved');
    await popup.getByText('This page has 1 clip.').waitFor();

    // Edit before saving: change the kind, shorten the quote, add a note.
    const hubspot = statistics.getByRole('listitem').filter({ hasText: 'HubSpot survey' });
    await hubspot.getByRole('button', { name: /^Edit:/ }).click();
    const form = popup.getByRole('form', { name: 'Clip' });
    await expect.poll(() => form.getByLabel('Quote').inputValue()).toContain('A HubSpot survey found that 71% of consumers');
    await form.getByRole('radio', { name: 'Success story' }).check();
    await form.getByLabel('Quote').fill('71% of consumers who had a good experience with a brand on social media were likely to recommend it.');
    await form.getByLabel('Note').fill('Customer service angle');
    await form.getByRole('button', { name: 'Save clip' }).click();
    await form.getByRole('status').getByText('Saved').waitFor();
    await expect.poll(() => hubspot.getByRole('button', { name: /^Saved/ }).textContent()).toBe('Saved');
    await popup.getByText('This page has 2 clips.').waitFor();

    // Edit after saving: a note on the one-click clip updates it, no second copy.
    await pew.getByRole('button', { name: /^Edit:/ }).click();
    await form.getByLabel('Note').fill('Headline figure');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByRole('status').getByText('Saved').waitFor();
    await popup.getByText('This page has 2 clips.').waitFor();
    await popup.close();

    const library = await env.casefile.openLibrary();
    const clips = library.getByRole('list', { name: 'Clips' }).getByRole('listitem').filter({ has: library.getByRole('button', { name: /^Delete clip/ }) });
    await expect.poll(() => clips.count()).toBe(2);
    const savedPew = clips.filter({ hasText: '72% of online adults' });
    const pewText = await savedPew.textContent();
    expect(pewText).toContain('Data: Pew Research Center, 2015');
    expect(pewText).toContain('Note: Headline figure');
    expect(pewText).toContain('Stale: data from 2015');
    const savedHubspot = clips.filter({ hasText: '71% of consumers' });
    const hubspotText = await savedHubspot.textContent();
    expect(hubspotText).toContain('Success story');
    expect(hubspotText).toContain('Data: HubSpot');
    expect(hubspotText).toContain('Note: Customer service angle');
    expect(hubspotText).not.toContain('A HubSpot survey found');

    // The stale threshold is a setting: at 20 years the 2015 figure is fresh.
    await library.getByLabel('Mark statistics as stale after (years)').fill('20');
    await expect.poll(() => savedPew.textContent()).not.toContain('Stale');
    await library.close();
    await article.close();
  });

  it('links a figure to the other site its sentence links to, and keeps the link in the library, where it can be changed', async () => {
    const { article, popup } = await openPopupOn('article.html');
    const statistics = popup.getByRole('region', { name: 'Statistics' });
    await statistics.getByRole('heading', { name: 'Statistics' }).waitFor();

    // The page's own links (its navigation, "About") are no source; the survey's link is.
    const hubspot = statistics.getByRole('listitem').filter({ hasText: 'HubSpot survey' });
    const link = hubspot.getByRole('link', { name: 'Linked source: hubspot.com' });
    expect(await link.getAttribute('href')).toBe('https://www.hubspot.com/marketing-statistics');
    expect(await hubspot.textContent()).toContain('Source: HubSpot');
    // A footnote marker's source: the note it points to links to Pew.
    const pew = statistics.getByRole('listitem').filter({ hasText: '72% of online adults' });
    expect(await pew.getByRole('link', { name: 'Linked source: pewresearch.org' }).getAttribute('href')).toBe('https://www.pewresearch.org/internet/social-networking-usage/');
    // A sentence that states no year is as old as its source: its note dates it 2015, the article is from 2016.
    const seniors = statistics.getByRole('listitem').filter({ hasText: 'adults over 65' });
    expect(await seniors.getByRole('link', { name: 'Linked source: pewresearch.org' }).getAttribute('href')).toContain('/2015/10/08/');
    expect(await seniors.textContent()).toContain('data 2015');

    await hubspot.getByRole('button', { name: /^Save statistic: A HubSpot survey/ }).click();
    await expect.poll(() => hubspot.getByRole('button', { name: /^Saved/ }).textContent()).toBe('Saved');
    await popup.close();

    const library = await env.casefile.openLibrary();
    const saved = library.getByRole('list', { name: 'Clips' }).getByRole('listitem').filter({ hasText: 'A HubSpot survey found' });
    const savedLink = saved.getByRole('link', { name: 'Linked source: hubspot.com' });
    expect(await savedLink.getAttribute('href')).toBe('https://www.hubspot.com/marketing-statistics');
    expect(await saved.textContent()).toContain('Data: HubSpot · hubspot.com');

    // Fixed by hand: an address that is no web address is refused with a sentence; a new one replaces it.
    await saved.getByRole('button', { name: /^Edit clip:/ }).click();
    const editor = library.getByRole('form', { name: 'Edit clip' });
    expect(await editor.getByLabel('Source link').inputValue()).toBe('https://www.hubspot.com/marketing-statistics');
    await editor.getByLabel('Source link').fill('hubspot report');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    expect(await editor.getByRole('alert').textContent()).toBe('The source link should be a web address starting with https:// (or http://), or left empty.');
    await editor.getByLabel('Source link').fill('https://research.hubspot.com/reports/2016');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.waitFor({ state: 'detached' });
    expect(await saved.getByRole('link', { name: 'Linked source: research.hubspot.com' }).getAttribute('href')).toBe('https://research.hubspot.com/reports/2016');

    // The briefing gives the reader the link under the quote.
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export briefing' }).click()]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    const entry = markdown.slice(markdown.indexOf('> A HubSpot survey found'));
    expect(entry.split('\n\n').slice(1, 3)).toEqual(['Data: HubSpot.', 'Link: <https://research.hubspot.com/reports/2016>']);
    await library.close();
    await article.close();
  });

  it('takes a figure’s source from the source line under it, and keeps it with the clip', async () => {
    const { article, popup } = await openPopupOn('blog-copy.html');
    await popup.getByRole('heading', { name: 'Statistics' }).waitFor();
    // "Source: Socialbakers, 2015", the paragraph under the figure, names and dates it; the sentence does neither.
    // "brands that posted short videos ... saw 48% more shares": a result that names no one who got it is a
    // statistic, not a success story.
    const video = popup.getByRole('region', { name: 'Statistics' }).getByRole('listitem').filter({ hasText: '48% more shares' });
    expect(await video.textContent()).toContain('Source: Socialbakers');
    expect(await video.textContent()).toContain('data 2015');
    expect(await popup.getByRole('region', { name: 'Success stories' }).count()).toBe(0);
    await video.getByRole('button', { name: /^Save statistic: Video keeps growing/ }).click();
    await expect.poll(() => video.getByRole('button', { name: /^Saved/ }).textContent()).toBe('Saved');
    await popup.close();

    const library = await env.casefile.openLibrary();
    const saved = library.getByRole('list', { name: 'Clips' }).getByRole('listitem').filter({ hasText: '48% more shares' });
    await expect.poll(() => saved.textContent()).toContain('Data: Socialbakers, 2015');
    expect(await saved.textContent()).not.toContain('Source: Socialbakers, 2015');
    await library.close();
    await article.close();
  });

  it("takes a figure's source from a roundup's citation in parentheses, and keeps it with the clip", async () => {
    const { article, popup } = await openPopupOn('blog-copy.html');
    const statistics = popup.getByRole('region', { name: 'Statistics' });
    await statistics.getByRole('heading', { name: 'Statistics' }).waitFor();
    // "… affect what they purchase (Podium).": the name closing the sentence is who measured it.
    const reviews = statistics.getByRole('listitem').filter({ hasText: '93% of consumers' });
    expect(await reviews.textContent()).toContain('Source: Podium');
    // "… without them. (Buffer, 2014)": the citation after the full stop names and dates the figure.
    const images = statistics.getByRole('listitem').filter({ hasText: '150% more retweets' });
    expect(await images.textContent()).toContain('Source: Buffer');
    expect(await images.textContent()).toContain('data 2014');
    await images.getByRole('button', { name: /^Save statistic: Pictures still pull/ }).click();
    await expect.poll(() => images.getByRole('button', { name: /^Saved/ }).textContent()).toBe('Saved');
    await popup.close();

    const library = await env.casefile.openLibrary();
    const saved = library.getByRole('list', { name: 'Clips' }).getByRole('listitem').filter({ hasText: '150% more retweets' });
    await expect.poll(() => saved.textContent()).toContain('Data: Buffer, 2014');
    await library.close();
    await article.close();
  });

  it("names and dates a figure by its footnote, as a wiki's notes give them", async () => {
    const { article, popup } = await openPopupOn('wiki-article.html');
    const statistics = popup.getByRole('region', { name: 'Statistics' });
    await statistics.getByRole('heading', { name: 'Statistics' }).waitFor();
    // "[2]": the note sets the newspaper in italics and dates the article June 2016.
    const daily = statistics.getByRole('listitem').filter({ hasText: 'check a network every day' });
    expect(await daily.textContent()).toContain('Source: New Zealand Herald');
    expect(await daily.textContent()).toContain('data 2016');
    expect(await daily.getByRole('link', { name: 'Linked source: herald.example.nz' }).getAttribute('href')).toBe('https://www.herald.example.nz/business/daily-scrollers');
    // "[3]": the note's COinS names the work and dates it, where its text gives only the day it was read.
    const shoppers = statistics.getByRole('listitem').filter({ hasText: 'online shoppers' });
    expect(await shoppers.textContent()).toContain('Source: Shopper Research Weekly');
    expect(await shoppers.textContent()).toContain('data 2015');
    // The sentence's own year comes first: "In 2018, 81% …", whose note is dated 2019.
    expect(await statistics.getByRole('listitem').filter({ hasText: '81% of New Zealand adults' }).textContent()).toContain('data 2018');
    await popup.close();
    await article.close();
  });

  it("reads a customer story's results as the customer's success stories and saves one", async () => {
    const { article, popup, stories } = await openStories('customer-story.html');
    // The results name no one: on a case study's page they are its organisation's.
    const bill = stories.getByRole('listitem').filter({ hasText: 'the team now spends $2,100 per month' });
    expect(await bill.textContent()).toContain('Who: Tallyfin — the team now spends $2,100 per month');
    expect(await bill.textContent()).toContain('A 77% decrease.');
    const errors = stories.getByRole('listitem').filter({ hasText: 'Payroll errors fell 64%' });
    expect(await errors.textContent()).toContain('Who: Tallyfin');
    // The background before the switch stays a statistic.
    const statistics = popup.getByRole('region', { name: 'Statistics' });
    await statistics.getByRole('listitem').filter({ hasText: 'paying more than $9,000 a month' }).waitFor();

    expect(await saveStoryAndFindItInLibrary(popup, bill, /^Save success story: Instead of spending/, 'now spends $2,100 per month')).toContain('Success story');
    await article.close();
  });

  it("reads a customer story by its address, and a delay cut told in minutes as its result", async () => {
    // No results heading, no tool in the title: only the address says it is a customer's story.
    const { article, popup, stories } = await openStories('customers/brightwater.html');
    const routes = stories.getByRole('listitem').filter({ hasText: 'route plans went from 45 minutes' });
    expect(await routes.textContent()).toContain("Who: Brightwater Logistics — Each night's route plans went from 45 minutes to just 4 minutes");
    expect(await routes.locator('mark').allTextContents()).toEqual(['45 minutes', '4 minutes']);
    const fuel = stories.getByRole('listitem').filter({ hasText: 'Fuel costs dropped' });
    expect(await fuel.textContent()).toContain('Who: Brightwater Logistics');
    // The whole industry's figure is not the customer's.
    const statistics = popup.getByRole('region', { name: 'Statistics' });
    await statistics.getByRole('listitem').filter({ hasText: 'Across the industry, fuel costs rose 9%' }).waitFor();
    expect(await stories.getByRole('listitem').filter({ hasText: 'Across the industry' }).count()).toBe(0);

    expect(await saveStoryAndFindItInLibrary(popup, routes, /^Save success story: Each night/, 'from 45 minutes to just 4 minutes')).toContain('Success story');
    await article.close();
  });

  it("reads a page whose title names the customer and the tool it used as the customer's story, its result whole", async () => {
    // No verb of adopting, no results heading, no customer address: the title says whose story it is.
    const { article, popup, stories } = await openStories('builds-story.html');
    const builds = stories.getByRole('listitem').filter({ hasText: 'Average build times went from 39 minutes' });
    // The change named after the comma keeps the clause it sums up.
    expect(await builds.locator('.candidate-facts').textContent()).toContain(
      'Who: Tallyfin — Average build times went from 39 minutes to 22 minutes, a 44% improvement',
    );
    await popup.close();
    await article.close();
  });

  it('names what a result counts, and who got a result told in the paragraph after what they did', async () => {
    const { article, popup, stories } = await openStories('webinar-roundup.html');
    const orders = stories.getByRole('listitem').filter({ hasText: 'Dollar Shave Club' });
    // How soon the result came goes with it.
    expect(await orders.locator('.candidate-facts').textContent()).toContain('Who: Dollar Shave Club — brought in 12,000 orders in the first 48 hours');
    // A change from one figure to another shows where it ended, not only where it started.
    const satisfaction = stories.getByRole('listitem').filter({ hasText: 'Bloom & Wild' });
    expect(await satisfaction.locator('.candidate-facts').textContent()).toContain('Who: Bloom & Wild — raised its customer satisfaction score from 82% to 91%');
    // "Attendance tripled" follows the paragraph that says what Hatchway did: the measure is Hatchway's, and
    // names no one itself.
    const attendance = stories.getByRole('listitem').filter({ hasText: 'Attendance tripled' });
    expect(await attendance.locator('.candidate-facts').textContent()).toContain('Who: Hatchway — Attendance tripled');

    expect(await saveStoryAndFindItInLibrary(popup, attendance, /^Save success story: Attendance tripled/, 'Attendance tripled')).toContain('Hatchway');
    await article.close();
  });
});
