import { describe, expect, it } from 'vitest';
import { goalBefore, isPrice, moneyMeasured, statesPrice } from './money-terms';

describe('money set or measured (#3)', () => {
  it('reads a price from the words around the amount, unless the sentence says it was spent or averaged', () => {
    expect(isPrice('The phone costs ', '.', 'The phone costs $1,099.', false)).toBe(true);
    expect(isPrice('we dropped the price to US', ' to kick things along', 'As sales dropped, we dropped the price to US$4.99 to kick things along.', false)).toBe(true);
    expect(isPrice('The average cost is ', '.', 'The average cost is $5.58.', true)).toBe(false);
    expect(isPrice('We spent ', ' on ads', 'We spent $300 on ads.', false)).toBe(false);
    // A gift card's amount, even paid out as a prize (#3, real47).
    expect(isPrice('Starbucks paid the best doodlers with ', ' gift cards', 'Starbucks paid the best doodlers with $300 gift cards.', false)).toBe(true);
    expect(isPrice('Shoppers spent ', ' on gifts', 'Shoppers spent $300 on gifts.', false)).toBe(false);
  });

  it('reads an amount as measured when the sentence says so, or a line names its measure', () => {
    expect(moneyMeasured('Revenue rose to $4,500 last month.')).toBe(true);
    expect(moneyMeasured('Affiliate income: $8,975')).toBe(true);
    expect(moneyMeasured('The servers were costing us $400 a month.')).toBe(true);
    expect(moneyMeasured('From 2006 to 2008 I averaged around $15,000 a year.')).toBe(true);
    expect(moneyMeasured('Pricing: $15')).toBe(false);
    expect(moneyMeasured('Tickets are $15 at the door.')).toBe(false);
  });

  it('reads a goal before an amount, and a sentence that states a price', () => {
    expect(goalBefore('The MRR goal for sustainability is ')).toBe(true);
    expect(goalBefore('We raised ')).toBe(false);
    expect(statesPrice('It starts at $1,099 in the US, £1,099 in the UK.', false)).toBe(true);
    expect(statesPrice('It starts at $1,099 and sales reached $2 million.', false)).toBe(false);
  });
});
