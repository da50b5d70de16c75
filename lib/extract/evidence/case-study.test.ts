import { describe, expect, it } from 'vitest';
import { findCaseStudy, findTimeCut } from './case-study';
import { findCandidates } from './index';

const story = (results: string, opening = 'Tallyfin is a payroll startup in Leeds.') =>
  [
    'The challenge',
    opening,
    'By 2023, Tallyfin was paying more than $9,000 a month for its database, and pages were slow at peak times.',
    'The switch',
    'Tallyfin migrated its data to Northgate in six weeks, with two engineers.',
    results,
    'Instead of spending $9,000 per month, the team now spends $2,100 per month. A 77% decrease.',
    'Payroll errors fell 64% in the first quarter.',
    'Support tickets rose 12% in the same quarter.',
    'What is next',
    'Tallyfin plans to move its analytics over next year.',
  ].join('\n\n');

/** Each candidate's kind and first 20 characters, for a page of these paragraphs. */
const openings = (paragraphs: string[]) => findCandidates(paragraphs.join('\n\n')).map((c) => [c.kind, c.text.slice(0, 20)]);

const kinds = (text: string) => findCandidates(text).map((c) => [c.kind, c.text.slice(0, 40), c.organisation ?? '', c.result ?? '']);

/** The story as a customer page, `result` in place of its payroll line: each candidate's kind, opening and organisation. */
const onCustomerPage = (result: string, opening?: string, chars = 30) =>
  findCandidates(story('The partnership', opening).replace('Payroll errors fell 64% in the first quarter.', result), {
    title: 'Tallyfin Cuts Its Database Bill',
    url: 'https://northgate.example/customers/tallyfin/',
  }).map((c) => [c.kind, c.text.slice(0, chars), c.organisation ?? '']);

describe('case studies (#3)', () => {
  it('reads the results under a "Results" heading as the organisation\'s success stories', () => {
    expect(kinds(story('The Results'))).toEqual([
      ['statistic', 'By 2023, Tallyfin was paying more than $', '', ''],
      ['success-story', 'Instead of spending $9,000 per month, th', 'Tallyfin', 'the team now spends $2,100 per month'],
      ['success-story', 'Payroll errors fell 64% in the first qua', 'Tallyfin', 'Payroll errors fell 64% in the first quarter'],
      // A rise in a cost is no good result: it stays a statistic.
      ['statistic', 'Support tickets rose 12% in the same qua', '', ''],
    ]);
    // The fragment after the result joins it.
    expect(findCandidates(story('Results and business impact'))[1]?.text).toMatch(/A 77% decrease\.$/);
  });

  it('reads a level of use reached under a results heading as a result, not a level stated before it', () => {
    const text = story('The Results').replace(
      'Payroll errors fell 64% in the first quarter.',
      'Northgate at Tallyfin is currently at about 95% adoption across its teams.',
    );
    expect(kinds(text)[2]).toEqual(['success-story', 'Northgate at Tallyfin is currently at ab', 'Tallyfin', 'Northgate at Tallyfin is currently at about 95% adoption across its teams']);
    // The same level in the company's introduction, before any heading of results, is background.
    const intro = story('The Results', 'Tallyfin is a payroll startup in Leeds serving more than 4,000 employers.');
    expect(kinds(intro)[0]?.slice(0, 2)).toEqual(['statistic', 'Tallyfin is a payroll startup in Leeds s']);
  });

  it('leaves the same sentences statistics without a results heading', () => {
    expect(kinds(story('How it went')).map(([kind]) => kind)).toEqual(['statistic', 'statistic', 'statistic', 'statistic']);
  });

  it('needs the page to open with its organisation and to say what it did', () => {
    // A survey's write-up: its results are findings, even where someone switched.
    const survey = [
      'Northgate Research surveyed 1,200 finance teams in March.',
      'Results',
      'Spending on payroll software rose 12% from last year, respondents said.',
      'Teams that switched tools cut their costs by 20% on average.',
    ].join('\n\n');
    expect(findCaseStudy(survey)).toBeUndefined();
    expect(kinds(survey).filter(([kind]) => kind === 'success-story')).toEqual([]);
    const noAction = story('Results').replace('migrated its data to', 'talked to');
    expect(findCaseStudy(noAction)).toBeUndefined();
  });

  it('finds the subject, the action and the results section', () => {
    const text = story('The Results');
    const study = findCaseStudy(text);
    expect(study?.subject).toBe('Tallyfin');
    expect(text.slice(study!.actedAt, study!.actedAt + 8)).toBe('migrated');
    expect(study?.resultSections).toHaveLength(1);
    const [from, to] = study!.resultSections[0]!;
    expect(text.slice(from, to)).toContain('Support tickets rose 12%');
    expect(text.slice(from, to)).not.toContain('plans to move');
  });

  it('takes the organisation the page is about, not the tool it moved to', () => {
    // Northgate is named as often as Tallyfin, but always as what Tallyfin moved to or worked with.
    const text = story('The Results').replace(
      'Tallyfin migrated its data to Northgate in six weeks, with two engineers.',
      'Tallyfin migrated its data to Northgate in six weeks. Engineers at Tallyfin worked with Northgate on the move, and Northgate support answered within the hour; with Northgate, backups are automatic.',
    );
    expect(findCaseStudy(text)?.subject).toBe('Tallyfin');
  });

  it("takes the organisation the page's title names first, other than the tool", () => {
    const text = [
      'Northgate helps payroll teams run their databases. Northgate support works around the clock, and Northgate backups are automatic.',
      'Tallyfin, a payroll startup in Leeds, migrated to Northgate in six weeks.',
      'Results',
      'Instead of spending $9,000 per month, the team now spends $2,100 per month.',
    ].join('\n\n');
    expect(findCaseStudy(text)?.subject).toBe('Northgate');
    expect(findCaseStudy(text, { lang: 'en', title: 'Northgate migration delivers a 77% cut in database costs for Tallyfin' })?.subject).toBe('Tallyfin');
    expect(findCaseStudy(text, { lang: 'en', title: 'How Tallyfin Used Northgate to Cut Its Bill' })?.subject).toBe('Tallyfin');
    expect(findCandidates(text, { title: 'How Tallyfin Used Northgate to Cut Its Bill' }).find((c) => c.kind === 'success-story')?.organisation).toBe('Tallyfin');
  });

  it('reads a result after the action anywhere on the page, and a level stated for today in the results', () => {
    const text = [
      'Tallyfin is a payroll startup in Leeds. Tallyfin pays 2,000 people a month.',
      'Since switching to Northgate, Tallyfin has cut its database bill by 60%.',
      'Support tickets fell 10% across the industry last year.',
      'The Result',
      'Today, 90% of Tallyfin’s internal tools run on Northgate.',
    ].join('\n\n');
    const stories = findCandidates(text).filter((c) => c.kind === 'success-story');
    expect(stories.map((c) => [c.organisation, c.text.slice(0, 20)])).toEqual([
      ['Tallyfin', 'Since switching to N'],
      ['Tallyfin', 'Today, 90% of Tallyf'],
    ]);
    // The level is the result, not its opener.
    expect(stories[1]?.result).toBe('90% of Tallyfin’s internal tools run on Northgate');
  });

  it('reads a level stated "so far", "to date" or "currently" on a customer\'s story as its result (#3)', () => {
    const page = (level: string) =>
      ['Tallyfin is a payroll startup in Leeds. Tallyfin migrated its pipelines to Northgate in 2024.', level].join('\n\n');
    const url = 'https://northgate.example/case-studies/tallyfin';
    for (const level of [
      'So far, the company has paid over 11,000 people through Northgate.',
      'To date, 95% of its payroll runs on Northgate.',
      'Currently the platform is used by over 1,000 developers.',
    ]) {
      expect(findCandidates(page(level), { url }).map((c) => [c.kind, c.organisation])).toEqual([['success-story', 'Tallyfin']]);
    }
    // "So far" inside the sentence, or on a page that tells no customer's story, is no such level.
    expect(findCandidates(page('The industry has paid over 11,000 people so far.'), { url }).map((c) => c.kind)).toEqual(['statistic']);
    expect(findCandidates(page('So far, the company has paid over 11,000 people through Northgate.')).map((c) => c.kind)).toEqual(['statistic']);
  });

  it('reads "N times more ..." on a customer\'s story as its result, but not a figure across all the vendor\'s customers (#3)', () => {
    const page = (sentence: string) =>
      ['Tallyfin is a payroll startup in Leeds. Tallyfin implemented push reminders in 2024.', sentence].join('\n\n');
    const url = 'https://northgate.example/case-studies/tallyfin';
    const kinds = (sentence: string) => findCandidates(page(sentence), { url }).map((c) => [c.kind, c.organisation]);
    expect(kinds('The new strategy delivered a 38% open rate, and shoppers recovered carts 9X more often than before.')).toEqual([['success-story', 'Tallyfin']]);
    // More of a cost is no good change.
    expect(kinds('The move brought 20% higher costs.')).toEqual([['statistic', undefined]]);
    expect(kinds('Across all customers, teams that use sequences book 23% more meetings.')).toEqual([['statistic', undefined]]);
  });

  it('reads a sentence that says it gives the result as one, anywhere after the action', () => {
    const page = [
      'Tallyfin is a payroll startup in Leeds. Tallyfin migrated its billing to Northgate in 2024.',
      'The result was a 10x reduction in infrastructure costs for Tallyfin.',
      'As a result, interest rates rose 2% in the region.',
    ];
    expect(openings(page)).toEqual([
      ['success-story', 'The result was a 10x'],
      ['statistic', 'As a result, interes'],
    ]);
  });

  it("shows a result whole: the clause a trailing change sums up, and the figure after a clause that only says a result came (#3)", () => {
    const results = (line: string) =>
      findCandidates(story('The Results').replace('Payroll errors fell 64% in the first quarter.', line)).map((c) => c.result);
    expect(results('Payroll runs collapsed from 25 minutes to under 3 — an 8x improvement.')).toContain(
      'Payroll runs collapsed from 25 minutes to under 3 — an 8x improvement',
    );
    expect(results('The results were tantalizing, amounting to over 150,000 payslips sent on time.')).toContain(
      'The results were tantalizing, amounting to over 150,000 payslips sent on time',
    );
  });

  it("credits a result under a roundup's numbered heading to the business it names, not the page's subject (#3)", () => {
    const text = [
      'Tallyfin success stories: how small sellers switched to Tallyfin and grew.',
      '1. Harbor Candles',
      'Harbor Candles switched to Tallyfin in 2021 and doubled its orders within a year.',
      '2. Solo Eyewear',
      'Solo Eyewear makes sunglasses from scrap flooring. After switching to Tallyfin, it saw a large increase in sales. So far, the company has provided treatments to over 11,000 people.',
      '3. Brightline Bakery',
      'Brightline Bakery bakes for cafes in Leeds. Since the switch, its weekly payroll run went from 45 minutes to just 4 minutes.',
    ].join('\n\n');
    const stories = findCandidates(text, { title: 'Tallyfin success stories', url: 'https://tallyfin.example/customers/stories' }).filter(
      (c) => c.kind === 'success-story',
    );
    expect(stories.find((c) => c.text.startsWith('So far'))?.organisation).toBe('Solo Eyewear');
    // A delay cut told in durations alone is the item's too.
    expect(stories.find((c) => c.text.startsWith('Since the switch'))?.organisation).toBe('Brightline Bakery');
    expect(findCaseStudy(text, { title: 'Tallyfin success stories' })?.roundupItems.map((item) => item.name)).toEqual([
      'Harbor Candles',
      'Solo Eyewear',
      'Brightline Bakery',
    ]);
  });

  it('reads no set amount as a result, even under a results heading', () => {
    const page = [
      'Tallyfin is a payroll startup in Leeds. Tallyfin migrated its billing to Northgate in 2024.',
      'Results',
      'Payroll errors fell 64% in the first quarter.',
      'Northgate charges 2% of payroll, up from 1.5% before the move.',
    ];
    expect(openings(page)).toEqual([['success-story', 'Payroll errors fell ']]);
  });

  it('under a results heading, less of anything but a gain is good', () => {
    const page = [
      'Tallyfin is a payroll startup in Leeds. Tallyfin rebuilt its site with Northgate.',
      'Results',
      'Homepage JavaScript fell 61% after the rebuild.',
      'Sign-ups fell 20% over the summer.',
    ];
    expect(openings(page)).toEqual([
      ['success-story', 'Homepage JavaScript '],
      ['statistic', 'Sign-ups fell 20% ov'],
    ]);
  });

  it('finds a subject named once, with its article, in a story told with "they"', () => {
    const text = [
      'The Big Cheezy sprang up in an unassuming building in New Orleans.',
      'After one month of using PromoRepublic, they saw a 63% increase in engagement on their Facebook page.',
      'Reaching Success',
      'Followers grew 45% in the first quarter.',
    ].join('\n\n');
    expect(findCaseStudy(text)?.subject).toBe('Big Cheezy');
    expect(findCandidates(text).map((c) => [c.kind, c.organisation])).toEqual([
      ['success-story', 'Big Cheezy'],
      ['success-story', 'Big Cheezy'],
    ]);
  });

  it("takes a page's title for the subject when the title is a name alone and the text names no one", () => {
    const text = [
      'Sharing our floral creations online and delivering them to your doorsteps every day of the year.',
      'Since signing up for PromoRepublic, their Facebook and Instagram have grown.',
      'Sweet Success',
      'Followers Increase - 53% for FB, 67% for IG',
    ].join('\n\n');
    expect(findCaseStudy(text)).toBeUndefined();
    expect(findCaseStudy(text, { lang: 'en', title: 'Fleuriste San Remo' })?.subject).toBe('Fleuriste San Remo');
    expect(findCaseStudy(text, { lang: 'en', title: 'How we grew our florist shop' })).toBeUndefined();
  });

  describe('on a page that says it is a customer\'s story', () => {
    const title = 'Case Study: How Tallyfin Used Northgate to Ship Faster';
    const page = [
      'The result was a 10x reduction in infrastructure costs.',
      'Tallyfin is a payroll startup in Leeds. Tallyfin migrated its builds to Northgate in 2024.',
      'Feedback collapsed from 25 minutes to under 3 — an 8x improvement.',
      'Annual costs dropped from $60,000 to under $6,000.',
      'Northgate cut build times from 30-40 minutes to just 5 minutes.',
      'The team has taken what was a fourteen-day onboarding process down to about half a day.',
      'Support tickets fell 10% across the industry last year.',
      'Release checks went from 5 minutes to 30 minutes once audits began.',
      '"Now, about 90% of our builds take five minutes," the team says.',
      'All 43,000+ resources were migrated without downtime.',
    ];
    const read = (withTitle: boolean) =>
      findCandidates(page.join('\n\n'), withTitle ? { title } : {}).map((c) => [c.kind, c.text.slice(0, 20), c.figures.join(' | ')]);

    it('reads a plain good change anywhere as its result, and a result stated before the story', () => {
      expect(read(true)).toEqual([
        ['success-story', 'The result was a 10x', '10x'],
        ['success-story', 'Feedback collapsed f', '8x'],
        ['success-story', 'Annual costs dropped', '$60,000 | $6,000'],
        // Durations alone are no statistic, but a delay cut is the customer's result.
        ['success-story', 'Northgate cut build ', '30-40 minutes | 5 minutes'],
        ['success-story', 'The team has taken w', 'half a day'],
        // The whole field's figure is not the customer's.
        ['statistic', 'Support tickets fell', '10%'],
        // A level stated for today ends the story.
        ['success-story', '"Now, about 90% of o', '90%'],
        // So does a thing done without anything going wrong.
        ['success-story', 'All 43,000+ resource', '43,000+'],
      ]);
    });

    it('knows such a page by its address, or by a title naming the customer, then its tool', () => {
      const text = page.join('\n\n');
      expect(findCaseStudy(text, { url: 'https://northgate.example/customers/tallyfin' })?.declared).toBe(true);
      expect(findCaseStudy(text, { url: 'https://news.example/2024/tallyfin-moves-builds' })?.declared).toBe(false);
      expect(findCaseStudy(text, { url: 'https://northgate.example/blog/post/customer-stories-tallyfin' })?.declared).toBe(true);
      expect(findCaseStudy(text, { url: 'https://developers.example/web/showcase/2016/tallyfin' })?.declared).toBe(true);
      // An agency's portfolio: "/work/<client>" (#3).
      expect(findCaseStudy(text, { url: 'https://agency.example/work/tallyfin/' })?.declared).toBe(true);
      expect(findCaseStudy(text, { url: 'https://agency.example/how-we-work' })?.declared).toBe(false);
      expect(findCaseStudy(text, { title: 'How Tallyfin reached 1,000 stars on GitHub' })?.declared).toBe(false);
      expect(findCaseStudy(text, { title: 'How Tallyfin ships faster with Northgate' })?.declared).toBe(true);
      // Or the tool first, then the customer it helped (#3).
      expect(findCaseStudy(text, { title: 'Northgate Boosts Tallyfin to Build a Lighter Gateway' })?.declared).toBe(true);
      expect(findCaseStudy(text, { title: 'Northgate helps Tallyfin pay 2,000 people' })?.declared).toBe(true);
      expect(findCaseStudy(text, { title: 'Rising Costs Hit Tallyfin and Its Rivals' })?.declared).toBe(false);
      // A title with "on" or "with" before a name says nothing of the customer's story.
      expect(findCaseStudy(text, { title: 'Lessons on Going Faster' })?.declared).toBe(false);
      expect(findCaseStudy(text, { title: 'A Payroll Startup Hits a Home Run with Facebook Ads' })?.declared).toBe(false);
    });

    it('knows such a page by its opening lines saying so, "case studies" being no survey (#3, real30)', () => {
      const opening = ['Welcome to our series of case studies about companies using Northgate.', 'This case study examines how Tallyfin ships payroll faster.'];
      const text = [...opening, ...page].join('\n\n');
      expect(findCaseStudy(text)?.declared).toBe(true);
      expect(findCandidates(text).find((c) => c.text.startsWith('Annual costs dropped'))?.kind).toBe('success-story');
      // Said further down the page, it says nothing of the page.
      const later = [...page, ...page.slice(1, 3), 'Other case studies are on our site.'].join('\n\n');
      expect(findCaseStudy(later)?.declared).toBe(false);
    });

    it('takes the customer a title ends on, even a platform ("... with Elixir at Discord")', () => {
      const text = ['Discord is a place to talk. From day one, Discord has used Northgate for its chat.', 'Discord migrated its builds to Northgate in 2017.'].join('\n\n');
      expect(findCaseStudy(text, { title: 'Real time communication at scale with Northgate at Discord' })?.subject).toBe('Discord');
    });

    it('leaves them statistics, and durations unread, on a page that does not say so', () => {
      expect(read(false)).toEqual([
        ['success-story', 'The result was a 10x', '10x'],
        ['statistic', 'Feedback collapsed f', '8x'],
        ['statistic', 'Annual costs dropped', '$60,000 | $6,000'],
        ['statistic', 'Support tickets fell', '10%'],
        ['statistic', '"Now, about 90% of o', '90%'],
        ['statistic', 'All 43,000+ resource', '43,000+'],
      ]);
    });
  });

  it('reads a list its lead-in says holds the customer\'s figures as its results, on a customer\'s story only', () => {
    const text = [
      'Tallyfin is a payroll startup in Leeds. Tallyfin migrated its builds to Northgate in 2024.',
      'So far, Tallyfin has been growing steadily, having garnered',
      '5000+ registered users',
      '12,500 unique visitors in the last 30 days',
      'Why would you want 100,000 more visitors?',
    ].join('\n\n');
    const read = (url?: string) => findCandidates(text, { url }).map((c) => [c.kind, c.text.slice(0, 20)]);
    expect(read('https://northgate.example/customers/tallyfin')).toEqual([
      ['success-story', '5000+ registered use'],
      ['success-story', '12,500 unique visito'],
    ]);
    expect(read().map(([kind]) => kind)).not.toContain('success-story');
  });

  it("reads a post whose slug says it is a success story as the customer's story (#3, real32)", () => {
    const text = [
      'Tallyfin is a payroll startup in Leeds. Tallyfin adopted Northgate for its builds in 2022.',
      'Where they are now',
      '2x speed improvement after remote caching',
    ].join('\n\n');
    const read = (url: string) => findCandidates(text, { url }).map((c) => [c.kind, c.text.slice(0, 20), c.organisation]);
    expect(read('https://northgate.example/blog/tallyfin-success-story')).toEqual([['success-story', '2x speed improvement', 'Tallyfin']]);
    expect(findCaseStudy(text, { url: 'https://northgate.example/blog/tallyfin-case-study/' })?.declared).toBe(true);
    // Any other post is no declared story: the same line is a statistic.
    expect(read('https://northgate.example/blog/tallyfin-builds')).toEqual([['statistic', '2x speed improvement', undefined]]);
  });

  it("reads a page whose title names the customer, then the tool it used, as its story, with no verb of adopting (#3, real32)", () => {
    const text = [
      'Tallyfin, a payroll startup in Leeds, had grown its engineering team fast, and its builds could not keep up.',
      'Working with our team, Tallyfin was able to unblock its engineers with Northgate Agents.',
      'Average build times went from 39 minutes to 22 minutes, a 44% improvement.',
    ].join('\n\n');
    const read = (title?: string) => findCandidates(text, { title }).map((c) => [c.kind, c.organisation]);
    expect(read('Tallyfin changes the math on builds with Northgate Agents')).toEqual([['success-story', 'Tallyfin']]);
    // A change named after a comma sums up the clause before it: the result keeps what changed.
    expect(findCandidates(text, { title: 'Tallyfin changes the math on builds with Northgate Agents' })[0]?.result).toBe(
      'Average build times went from 39 minutes to 22 minutes, a 44% improvement',
    );
    expect(read('Build times in 2024')).toEqual([['statistic', undefined]]);
  });

  it("reads an agency's story that tells of its own research as a story, and a survey's write-up still as none (#3, real32)", () => {
    const text = [
      'Contributions: Research, Design, Copywriting',
      'The Challenge',
      'HNC Living, a nonprofit in Kansas City, asked us to rebuild its website.',
      'Research & Auditing',
      'This research led to a new navigation structure.',
      'The new HNCLiving.org launched in April 2018.',
      'Results',
      'In the first full month after launching the website, HNCLiving.org saw a:',
      '194% increase in visits to the donation page',
    ].join('\n\n');
    expect(findCaseStudy(text, { title: 'HNC Living Foundation' })?.subject).toBe('HNC Living');
    expect(findCandidates(text, { title: 'HNC Living Foundation' }).map((c) => [c.kind, c.organisation])).toEqual([['success-story', 'HNC Living']]);
    // The same page, had it a survey and its respondents, is a write-up.
    const surveyed = text.replace('This research led', 'This research, a survey of 300 respondents, led');
    expect(findCaseStudy(surveyed, { title: 'HNC Living Foundation' })).toBeUndefined();
  });

  it('still reads a customer story that mentions a survey in passing', () => {
    const text = [
      'Tallyfin is a payroll startup in Leeds. Tallyfin migrated its builds to Northgate in 2024.',
      'A survey sent to its developers found that they spent 20% of their week on builds.',
      'Results',
      'Build failures fell 64% in the first quarter.',
    ].join('\n\n');
    expect(findCaseStudy(text)?.subject).toBe('Tallyfin');
    const writeUp = text.replace('Tallyfin is a payroll startup in Leeds.', 'We surveyed 300 teams; respondents named Tallyfin most.');
    expect(findCaseStudy(writeUp)).toBeUndefined();
  });

  describe('on a page whose address or title says it is a customer story, with no verb of adopting (#3)', () => {
    const page = [
      'Case Study',
      'Tallyfin is a payroll startup in Leeds, with over 900 engineers.',
      'Additionally, Tallyfin needed to reduce its build times from 25 minutes to less than 5 minutes.',
      'Northgate enabled Tallyfin to scale its build servers, and they now run almost 10,000 build agents.',
      '4x increase in CI speed for the same budget',
      'A 20% increase in hosting costs came with it.',
      'We rewrote the signup page, and its conversion rate went to 6.86% for an improvement of 42.7%.',
      'Northgate helped us bring our build times from 25 minutes to 5 minutes, and supported us growing to over 900 engineers.',
    ].join('\n\n');
    const withoutHeading = page.replace('Case Study\n\n', '');
    const read = (hints: { url?: string; title?: string }) =>
      findCandidates(page, hints).map((c) => [c.kind, c.text.slice(0, 20), c.organisation ?? '', c.figures.join(' | ')]);

    it('is a case study all the same, about the customer, not an opening adverb', () => {
      // Its "Case Study" heading says so; without it and without hints, the page says nothing of itself.
      expect(findCaseStudy(page)?.declared).toBe(true);
      expect(findCaseStudy(withoutHeading)).toBeUndefined();
      for (const hints of [{ url: 'https://northgate.example/case-studies/tallyfin' }, { url: 'https://agency.example/cases/tallyfin/' }, { title: 'Tallyfin CI Northgate Case Study' }]) {
        const study = findCaseStudy(page, hints);
        expect(study?.subject).toBe('Tallyfin');
        expect(study?.declared).toBe(true);
      }
    });

    it('reads levels reached now, changes told by their figure and delays cut as its results; not a cut it needed, nor a rise in a cost', () => {
      expect(read({ url: 'https://northgate.example/case-studies/tallyfin' })).toEqual([
        ['statistic', 'Tallyfin is a payrol', '', '900'],
        ['success-story', 'Northgate enabled Ta', 'Tallyfin', '10,000'],
        ['success-story', '4x increase in CI sp', 'Tallyfin', '4x'],
        ['statistic', 'A 20% increase in ho', '', '20%'],
        ['success-story', 'We rewrote the signu', 'Tallyfin', '6.86% | 42.7%'],
        ['success-story', 'Northgate helped us ', 'Tallyfin', '900'],
      ]);
      // Without the address, the same sentences are statistics, and the delays unread; but what a tool enabled
      // a named organisation to do is its story on any page.
      expect(findCandidates(withoutHeading).map((c) => c.kind)).toEqual(['statistic', 'success-story', 'statistic', 'statistic', 'statistic', 'statistic']);
    });
  });

  it('reads a change with a word or two between its figure and its kind, and what a team now manages', () => {
    const text = [
      'Tallyfin is a payroll startup in Leeds. Tallyfin migrated its builds to Northgate in 2024.',
      '10x-50x Performance Increase',
      'A team of ten now manages a platform that serves over 200 developers.',
      // "of" between: a share of people, no change.
      'Today 50% of users increase their spend in the first month, the industry says.',
    ].join('\n\n');
    expect(findCandidates(text, { url: 'https://northgate.example/case-studies/tallyfin' }).map((c) => [c.kind, c.text.slice(0, 20)])).toEqual([
      ['success-story', '10x-50x Performance '],
      ['success-story', 'A team of ten now ma'],
      ['statistic', 'Today 50% of users i'],
    ]);
  });

  it("takes the customer its address names, even a platform, as written on the page (#3)", () => {
    const text = [
      'Case Study',
      'Founded in 2006, Shopify is a commerce platform with over 900 engineers.',
      'Northgate enabled Shopify to scale its build servers, and they now run almost 10,000 build agents.',
    ].join('\n\n');
    // A platform is where stories happen: without the address, the vendor named most is taken.
    expect(findCaseStudy(text, { title: 'Shopify CI Northgate Case Study' })?.subject).not.toBe('Shopify');
    expect(findCaseStudy(text, { url: 'https://northgate.example/case-studies/shopify' })?.subject).toBe('Shopify');
    expect(findCandidates(text, { url: 'https://northgate.example/case-studies/shopify' }).map((c) => [c.kind, c.organisation])).toEqual([
      ['statistic', undefined],
      ['success-story', 'Shopify'],
    ]);
    // An address that does not decode names no one, and stops nothing.
    expect(findCaseStudy(text, { url: 'https://northgate.example/case-studies/100%' })?.declared).toBe(true);
    const agency = text.replace(/Shopify/g, 'Susteen Inc.');
    expect(findCaseStudy(agency, { url: 'https://agency.example/case-studies/susteen-inc' })?.subject).toBe('Susteen Inc');
  });

  it('reads a "Results" section at the top of a page whose address says it is a customer story (#3)', () => {
    const text = [
      'Results',
      'Checkout conversions rose 40% in the first month.',
      'About Tallyfin',
      'Tallyfin is a payroll startup in Leeds.',
      'Solution',
      'Tallyfin implemented Northgate in six weeks.',
    ].join('\n\n');
    expect(findCandidates(text, { url: 'https://northgate.example/case-studies/tallyfin' }).map((c) => [c.kind, c.organisation])).toEqual([
      ['success-story', 'Tallyfin'],
    ]);
    // A news story's subhead ("TRUMP IMPACT") heads no customer's results.
    expect(findCandidates(text, { url: 'https://news.example/2024/tallyfin' }).map((c) => c.kind)).toEqual(['statistic']);
  });

  it("credits a result told of a channel ('Facebook Ads achieved ...') to the customer whose story it is (#3)", () => {
    const text = [
      'Tallyfin is a payroll startup in Leeds.',
      'After the new posting schedule, Facebook Ads achieved an increase of sign-ups by 45%.',
    ].join('\n\n');
    const who = (url?: string) => findCandidates(text, { url }).map((c) => [c.kind, c.organisation]);
    expect(who('https://northgate.example/case-studies/tallyfin')).toEqual([['success-story', 'Tallyfin']]);
    // Not a customer's story: the sentence's own subject stands.
    expect(who()).toEqual([['success-story', 'Facebook Ads']]);
  });

  it('reads a sentence that opens on the action as a result, even in the summary before the story (#3)', () => {
    const text = [
      'Tallyfin is a payroll startup in Leeds.',
      'Post-integration, their deployment time has decreased by 80%.',
      'The Solution',
      'Tallyfin migrated its pipelines to Northgate in 2024.',
    ].join('\n\n');
    expect(findCandidates(text, { url: 'https://northgate.example/case-studies/tallyfin' }).map((c) => [c.kind, c.organisation])).toEqual([
      ['success-story', 'Tallyfin'],
    ]);
  });

  it("reads a delay cut told as what took one duration before and takes another now, beside other figures, under a results heading (#3)", () => {
    const sentence = 'A pipeline that previously required ~1 week to complete across all 210 markets now finishes in ~2 hours.';
    expect(findTimeCut(sentence)?.figures.map((f) => f.text)).toEqual(['1 week', '2 hours']);
    // Longer now is no cut.
    expect(findTimeCut('A report that previously took 2 hours now takes in 3 days.')).toBeUndefined();
    const text = [
      'Tallyfin is a payroll startup in Leeds. Tallyfin migrated its pipelines to Northgate in 2024.',
      'Results',
      sentence,
    ].join('\n\n');
    expect(findCandidates(text, { url: 'https://northgate.example/case-studies/tallyfin' }).map((c) => [c.kind, c.organisation])).toEqual([
      ['success-story', 'Tallyfin'],
    ]);
  });

  it('marks both durations of a delay cut where they stand, the second not inside the first', () => {
    const sentence = 'Tallyfin brought its build times from 25 minutes to 5 minutes.';
    expect(findTimeCut(sentence)?.figures.map((f) => sentence.slice(f.start, f.end))).toEqual(['25 minutes', '5 minutes']);
    expect(findTimeCut(sentence)?.figures[1]?.start).toBe(sentence.indexOf(' 5 minutes') + 1);
  });

  it('reads a task done in a short time, and a delay brought to one, as a customer story\'s result (#3)', () => {
    const quick = (sentence: string) => findTimeCut(sentence)?.figures.map((f) => f.text);
    expect(quick('They built the demo in only eight hours.')).toEqual(['only eight hours']);
    expect(quick('Can be deployed into production in just five minutes.')).toEqual(['just five minutes']);
    expect(quick('The task completed in less than 3 hours.')).toEqual(['less than 3 hours']);
    expect(quick('Builds complete in sub-3 minutes.')).toEqual(['sub-3 minutes']);
    expect(quick('The time to design pipelines shrank to just 10 days.')).toEqual(['just 10 days']);
    expect(quick('Time-to-market went from 8.5 weeks to a mere 2 weeks.')).toEqual(['8.5 weeks', '2 weeks']);
    expect(quick('Median response times dropped from 1200 ms to 4 ms.')).toEqual(['1200 ms', '4 ms']);
    // A duration said without anything that makes it short is no result: "in two days", "in 2019".
    expect(quick('They met in two days.')).toBeUndefined();
    expect(quick('Response times went from 4 ms to 1200 ms.')).toBeUndefined();
    const text = [
      'Tallyfin is a payroll startup in Leeds. Tallyfin migrated its pipelines to Northgate in 2024.',
      'They built the demo in only eight hours.',
    ].join('\n\n');
    expect(findCandidates(text, { url: 'https://northgate.example/case-studies/tallyfin' }).map((c) => [c.kind, c.organisation, c.result])).toEqual([
      ['success-story', 'Tallyfin', 'They built the demo in only eight hours'],
    ]);
    // Not on a page that tells no customer's story.
    expect(findCandidates(text)).toEqual([]);
  });

  it("keeps a statistic that says how soon it came a statistic: the short time is not what was done (#3)", () => {
    const text = [
      'Tallyfin is a payroll startup in Leeds. Tallyfin migrated its pipelines to Northgate in 2024.',
      'Tallyfin secured its first pilot in just two weeks, then raised $3.2M for its seed round.',
    ].join('\n\n');
    expect(findCandidates(text, { url: 'https://northgate.example/case-studies/tallyfin' }).map((c) => c.kind)).toEqual(['statistic']);
  });

  it('reads a result enhanced after the action', () => {
    const text = [
      'Tallyfin is a payroll startup in Leeds.',
      'Since adopting Northgate for model training, Tallyfin has enhanced the accuracy of its model by 200 percent.',
    ].join('\n\n');
    expect(kinds(text)[0]?.slice(0, 3)).toEqual(['success-story', 'Since adopting Northgate for model train', 'Tallyfin']);
  });

  describe("an agency's case-study template (#3)", () => {
    const template = (results: string[], headings = ['Challenge', 'Client', 'Our Approach', 'Result']) =>
      [
        'In 2014 the agency launched a campaign for a chocolate brand in a new market.',
        headings[0]!,
        'Selling a luxury product in a niche segment with a small budget.',
        headings[1]!,
        'Godiva',
        headings[2]!,
        'Ads in three languages, press events and a YouTube partnership.',
        headings[3]!,
        ...results,
      ].join('\n\n');

    it('knows the page by its headings, names the client from the line under "Client", and reads the result lines as its results', () => {
      expect(findCaseStudy(template(['98 million impressions in paid media']))).toMatchObject({ subject: 'Godiva', declared: true });
      expect(kinds(template(['98 million impressions in paid media', '11% open rate in emails']))).toEqual([
        ['success-story', '98 million impressions in paid media', 'Godiva', '98 million impressions in paid media'],
        ['success-story', '11% open rate in emails', 'Godiva', '11% open rate in emails'],
      ]);
    });

    it('reads no sentence of the writer, nor any line, as a result without the template', () => {
      expect(kinds(template(['We had around 4,500 visitors in March']))[0]?.[0]).toBe('statistic');
      expect(kinds(template(['The ads ran in 40 stores across the state.']))[0]?.[0]).toBe('statistic');
      expect(findCaseStudy(template(['98 million impressions in paid media'], ['Background', 'Client', 'Our Approach', 'Result']))).toBeUndefined();
    });
  });

  it("finds the customer at the start of a title's capitalised run, and reads a story's highlights as its results (#3, real33)", () => {
    const title = 'Tallyfin Processes Over 2 Million Payslips a Month using Northgate';
    const text = [
      'Highlights',
      'Processing over 2 million payslips a month, over 800 payslips per second',
      'Able to serve over 40,000 employers a day',
      'Founded in 2019, Tallyfin runs its payroll engine on Northgate, in three regions.',
    ].join('\n\n');
    // A title capitalises every word: "Tallyfin Processes Over" holds the name the text gives alone.
    expect(findCaseStudy(text, { title })?.subject).toBe('Tallyfin');
    // A title that tells who used which tool says the page is a customer's story: the highlights opening it are results.
    expect(findCandidates(text, { title }).map((c) => [c.kind, c.organisation])).toEqual([
      ['success-story', 'Tallyfin'],
      ['success-story', 'Tallyfin'],
    ]);
    expect(findCandidates(text, { title: 'Payroll at scale' }).map((c) => c.kind)).toEqual(['statistic', 'statistic']);
  });

  it("takes no title's first word for a name the text only gives at a line's start or in a longer name (#3)", () => {
    const text = [
      'Facebook Campaign',
      'Highlights',
      'Clicks: 206',
      'Impressions: 22546',
      'Campaign costs ran to $40 for the week, and we boosted the post twice.',
    ].join('\n\n');
    const title = 'Campaign to promote a post via Facebook';
    expect(findCandidates(text, { title }).map((c) => [c.kind, c.organisation])).toEqual([
      ['statistic', undefined],
      ['statistic', undefined],
    ]);
    // "Organic Traffic" in a title names no one called "Organic" when the text opens a line with it.
    const rootfin = ['Organic traffic increase', 'Rootfin is a lender in Ohio, and Rootfin hired us in 2023.'].join('\n\n');
    expect(findCaseStudy(rootfin, { title: '126% Increase in Organic Traffic for Rootfin', url: 'https://agency.example/case-studies/rootfin' })?.subject).toBe('Rootfin');
  });

  it("reads a company's boilerplate under an About heading as background, not a result (#3, real33)", () => {
    const text = (heading: string) =>
      [
        'Tallyfin is a payroll company in Leeds. Tallyfin adopted Northgate for its builds in 2022.',
        'Results',
        'Build times fell 44% within a month.',
        heading,
        'Today, the company has over 3,000 customers and 200+ employees worldwide.',
      ].join('\n\n');
    const read = (heading: string) => findCandidates(text(heading), { url: 'https://northgate.example/customers/tallyfin' }).map((c) => c.kind);
    expect(read('About Tallyfin')).toEqual(['success-story', 'statistic']);
    expect(read('Where they are now')).toEqual(['success-story', 'success-story']);
  });

  it('reads no case study in another language', () => {
    expect(findCaseStudy(story('Results'), { lang: 'de' })).toBeUndefined();
  });
});

describe('a use case named for its customer, asked in questions, and a maker\'s own launch (#3, real35)', () => {
  const useCase = [
    'Northgate helped us scale from 10 to 100+ users across 20+ teams with a variety of use cases.',
    'What was the problem?',
    'Many years ago we started out with our own payroll engine, and fixing it took more and more of our time.',
    'How did Northgate help to solve this problem?',
    'Northgate enabled us to extend the existing reports, and we moved every team to it within a year.',
    'What are the results?',
    'This allowed us to grow quicker than ever to 20 teams that own in total approximately 200 reports.',
    '4,500 payslips checked every night',
  ].join('\n\n');
  const options = { lang: 'en', title: 'Tallyfin', url: 'https://northgate.example/use-cases/tallyfin/' };

  it('takes the customer from a use case\'s title when its address names it', () => {
    expect(findCaseStudy(useCase, options)).toMatchObject({ subject: 'Tallyfin', declared: true });
    // A use case named for a task names no customer.
    expect(findCaseStudy(useCase, { ...options, title: 'Payroll', url: 'https://northgate.example/use-cases/etl/' })?.subject).not.toBe('Payroll');
  });

  it('reads the results under a question heading, and the customer\'s word on what the tool helped it do', () => {
    const found = findCandidates(useCase, options).map((c) => [c.kind, c.text.slice(0, 30), c.organisation ?? '']);
    expect(found).toEqual([
      ['success-story', 'Northgate helped us scale from', 'Tallyfin'],
      ['success-story', 'This allowed us to grow quicke', 'Tallyfin'],
      // A line with a figure under the results heading is one of them.
      ['success-story', '4,500 payslips checked every n', 'Tallyfin'],
    ]);
  });

  it('reads a maker\'s own launch numbers, told as "I", as statistics', () => {
    const launch = [
      'Tallyfin launched on Product Hunt last week. It was my fifth launch: I spent my time on the landing page, and I fixed the bugs I found.',
      'I even did a usability test with a friend. I decided to focus my energy on the landing page, and I think it paid off. I was nervous, but I kept at it.',
      'Results',
      'Upvotes: 138',
      'Traffic: 1,158',
      'Users: 95',
    ].join('\n\n');
    const page = { lang: 'en', title: 'Lessons from launching on Product Hunt', url: 'https://tallyfin.example/blog/launch' };
    expect(findCaseStudy(launch, page)).toBeUndefined();
    expect(findCandidates(launch, page).map((c) => [c.kind, c.text])).toEqual([
      ['statistic', 'Upvotes: 138'],
      ['statistic', 'Traffic: 1,158'],
      ['statistic', 'Users: 95'],
    ]);
    // Told as "we", the same page is the company's story, and its results lines are its results.
    const told = launch.replace(/\bI\b/g, 'we').replace(/\bmy\b/g, 'our');
    expect(findCaseStudy(told, page)?.subject).toBe('Tallyfin');
    expect(findCandidates(told, page).map((c) => c.kind)).toEqual(['success-story', 'success-story', 'success-story']);
  });
});

describe('a delay cut whose first number takes the second\'s unit (#3, real36)', () => {
  it('reads "from 90 to 5-40 minutes" as a cut from 90 minutes', () => {
    const sentence = 'Deployment time reduced from 90 to 5-40 minutes (depending on service)';
    expect(findTimeCut(sentence)?.figures.map((f) => sentence.slice(f.start, f.end))).toEqual(['90', '5-40 minutes']);
  });

  it('reads no cut where the time grew', () => {
    expect(findTimeCut('Meetings grew from 2 to 3 hours.')).toBeUndefined();
  });
});

describe('a vendor\'s promise after a customer story is neither kind (#3, real38)', () => {
  it('leaves "Decrease CPC by 30% or more" out, and keeps the customer\'s result', () => {
    const text = [
      'The challenge',
      'Lux Foundation Solutions was paying too much for its Facebook leads.',
      'The solution',
      'Lux moved its tracking to Northgate in March.',
      'The results',
      'Cost per lead fell 33% in the first month.',
      'What you can expect',
      'Decrease CPC by 30% or more',
    ].join('\n\n');
    expect(findCandidates(text, { title: 'Lux Foundation Solutions case study' }).map((c) => c.text)).toEqual(['Cost per lead fell 33% in the first month.']);
  });
});

describe('the customer a vendor\'s story names, not the vendor (#3, real35, real36)', () => {
  const text = [
    'Powering an online education platform with CI/CD',
    'SUMMARY: To support its platform, Preply’s engineering team set out to create a fully automated CI/CD process.',
    'CHALLENGE: Enhance their current Jenkins installation and eliminate manual steps.',
    'SOLUTION: Jenkins pipelines as code, with Jenkins agents on Kubernetes.',
    'Results',
    'Daily release rate increased from 1 to 40',
  ].join('\n\n');

  it('takes the name after "Case Study:" in the title', () => {
    expect(findCaseStudy(text, { lang: 'en', title: 'Jenkins Case Study: Preply' })?.subject).toBe('Preply');
  });

  it('takes a name written in lower case from the title when the address names it', () => {
    const lower = text.replace('Preply’s engineering team', 'finn.auto');
    const study = findCaseStudy(lower, { lang: 'en', title: 'finn.auto uses Jenkins to ship all the time', url: 'https://jenkins.example/case-studies/finn-auto/' });
    expect(study?.subject).toBe('finn.auto');
  });
});

describe('a vendor\'s help told as its customer\'s gain (#3, real39)', () => {
  const page = (result: string) => onCustomerPage(result, 'Tallyfin is a payroll startup in Leeds. Tallyfin selected Northgate as its database.');

  it('reads "has helped the team reduce ... by 50 percent" as the customer\'s result', () => {
    expect(page('Northgate has helped the Tallyfin team reduce the time engineers spend on reports by about 50 percent.')).toContainEqual(['success-story', 'Northgate has helped the Tally', 'Tallyfin']);
  });

  it('leaves help with a rise in a cost a statistic', () => {
    expect(page('Northgate has helped the Tallyfin team increase its hosting costs by about 50 percent.')).toContainEqual(['statistic', 'Northgate has helped the Tally', '']);
  });
});

describe('money won back under a results heading (#3, real39)', () => {
  it('reads "We recovered just over $714,000" as the customer\'s result', () => {
    const text = story('The Results').replace('Payroll errors fell 64% in the first quarter.', '"We recovered just over $714,000 in lost revenue and are so happy with how Northgate helped us."');
    expect(kinds(text)).toContainEqual(['success-story', '"We recovered just over $714,000 in lost', 'Tallyfin', expect.any(String)]);
  });
});

describe('an amount a vendor saved its customer (#3, real35)', () => {
  it('reads "Northgate saved Tallyfin over $150,000" on a case study as the customer\'s result', () => {
    const found = onCustomerPage('In the end, Northgate saved Tallyfin over $150,000 in developer resources and three months of time.', undefined, 40);
    expect(found).toContainEqual(['success-story', 'In the end, Northgate saved Tallyfin ove', 'Tallyfin']);
  });
});

describe('a capitalised common word is no case study\'s subject (#3, real41)', () => {
  const guide = [
    'Social selling has evolved from just using social media. It now spans the whole digital world of social buyers.',
    'Social selling is a way for sellers to build relationships with prospects on social networks.',
    'Why social selling matters',
    'Social selling leaders create 45% more opportunities than peers with a lower LinkedIn Social Selling Index.',
    'Results',
    'Microsoft launched a social selling program and boosted sales productivity by 38%.',
  ].join('\n\n');

  it('reads the page as no case study, its findings as statistics', () => {
    expect(findCaseStudy(guide, { title: 'Social Selling: Definition, Benefits and Tips' })).toBeUndefined();
    expect(findCandidates(guide, { title: 'Social Selling: Definition, Benefits and Tips' }).map((c) => [c.kind, c.organisation])).toEqual([
      ['statistic', undefined],
      ['success-story', 'Microsoft'],
    ]);
  });

  it('still takes a one-word name the text also writes capitalised within a sentence', () => {
    // "Buffer" is a common word too; "By 2023, Buffer was paying ..." names it within a sentence.
    const text = story('The Results').replaceAll('Tallyfin', 'Buffer').replace('payroll startup in Leeds.', 'payroll startup in Leeds that keeps a buffer of cash, a buffer of time and a buffer of staff.');
    expect(findCaseStudy(text, { title: 'How Buffer cut its database bill' })?.subject).toBe('Buffer');
  });
});

describe('a change the customer managed, told by its figure (#3, real41)', () => {
  it('reads "I am able to pull visitors to the company page by 700%" as the customer\'s result', () => {
    const found = onCustomerPage('"Using Northgate, I am able to pull visitors to our company page by 700% in the last 3 months."');
    expect(found).toContainEqual(['success-story', '"Using Northgate, I am able to', 'Tallyfin']);
  });

  it('reads "was able to migrate all 250+ of their links" as the customer\'s result (#3, real39)', () => {
    const found = onCustomerPage('In less than a day, Tallyfin was able to migrate all 250+ of their existing short links to Northgate.');
    expect(found).toContainEqual(['success-story', 'In less than a day, Tallyfin w', 'Tallyfin']);
  });
});

describe('a roundup titled for its figures is no case study (#3, real44)', () => {
  const roundup = [
    'Marketing Automation Industry Insights',
    'The marketing automation market is projected to reach $13.71 billion by 2030.',
    'Marketing Automation Adoption',
    'Interestingly, marketing teams are outpacing sales and finance teams in adopting automation, using it 76% and 139% more, respectively.',
    'The Benefits of Marketing Automation',
    'Improved targeting tops the list of perceived benefits, with 60% of marketers mentioning it.',
  ].join('\n\n');
  const title = '31+ Marketing Automation Statistics & Trends (2023)';

  it('reads its findings as statistics, not as its topic\'s results', () => {
    expect(findCaseStudy(roundup, { title })).toBeUndefined();
    expect(findCandidates(roundup, { title }).map((c) => c.kind)).toEqual(['statistic', 'statistic', 'statistic']);
  });

  it('still reads a customer\'s story whose title says so', () => {
    expect(findCaseStudy(roundup, { title: 'Case study: Marketing Automation at Northgate, in statistics' })).toBeDefined();
  });
});

describe('a customer named by an address that ends in "case-study", and a cost that went down (#3, real47)', () => {
  it('names Tallyfin, not "Tallyfin Case Study", from "/case-studies/tallyfin-case-study/"', () => {
    const page = `Tallyfin Case Study\n\n${story('The results')}`;
    const url = 'https://northgate.example/case-studies/tallyfin-case-study/';
    expect(findCaseStudy(page, { title: 'Tallyfin Case Study', url })?.subject).toBe('Tallyfin');
  });

  it('reads "the cloud cost went down by 40%" as the customer\'s result', () => {
    expect(onCustomerPage('As a result, the cloud cost went down by 40%.')).toContainEqual(['success-story', 'As a result, the cloud cost we', 'Tallyfin']);
  });
});

describe('a title that names the tool, then ends on who used it (#3, real48)', () => {
  it('says the page is a customer\'s story', () => {
    const page = story('The partnership');
    expect(findCaseStudy(page, { title: 'Building a Faster Payroll Database Using Northgate at Tallyfin' })?.declared).toBe(true);
    expect(findCaseStudy(page, { title: 'A Year of Payroll at Tallyfin' })?.declared).toBe(false);
  });
});
