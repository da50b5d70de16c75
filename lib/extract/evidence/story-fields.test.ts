import { describe, expect, it } from 'vitest';
import { shownOrganisation, shownResult } from './story-fields';

describe('shownOrganisation', () => {
  it.each([
    ['Slip Français', "En douze mois, Le Slip Français a fait passer le taux d'ouverture de 18 % à 31 %.", 'Le Slip Français'],
    ['Fnac', 'Grâce à sa nouvelle application, la Fnac a augmenté ses ventes de 25 %.', 'Fnac'],
    ['Old Spice Facebook', 'Old Spice Facebook fans increased from 563k to 592k.', 'Old Spice'],
    ['Separately', 'Separately, they sold about 600 units in six months.', undefined],
    ['User-', 'User-generated posts now drive 35% of its engagement.', undefined],
    ['Her Thursday', 'Her Thursday videos regularly get 30,000 views.', undefined],
    ['Comcast', 'Comcast cut average response times by 40%.', 'Comcast'],
  ])('%s', (name, passage, shown) => {
    expect(shownOrganisation(name, passage)).toBe(shown);
  });
});

describe('shownResult', () => {
  it.each([
    ['brought in 12,000', 'The video brought in 12,000 orders from its followers.', 'brought in 12,000 orders'],
    // How soon the result came (#3).
    ['brought in 12,000 orders', 'The video brought in 12,000 orders in the first 48 hours.', 'brought in 12,000 orders in the first 48 hours'],
    ['now gets 27%', 'Hearth & Co. now gets 27% of its web traffic from Pinterest.', 'now gets 27% of its web traffic'],
    // An "and" inside the thing counted, a plural noun ending it (#3); not two things counted.
    ['has helped more than 1,200', 'HNC Living has helped more than 1,200 head and neck cancer patients live life fully.', 'has helped more than 1,200 head and neck cancer patients'],
    ['sold 300', 'Acme sold 300 tables and chairs in May.', 'sold 300 tables'],
    ['sold 300', 'Acme sold 300 and then stopped.', 'sold 300'],
    ['grew 34%', 'Video uploads grew 34% year over year.', 'grew 34%'],
    ['lifted sales 700%', 'Its videos lifted sales 700% within two years.', 'lifted sales 700% within two years'],
    ['made almost $3,000', 'Guthrie made almost $3,000 within 3 days.', 'made almost $3,000 within 3 days'],
    ['vendió 40.000 unidades', 'Su marca vendió 40.000 unidades en 48 horas.', 'vendió 40.000 unidades en 48 horas'],
    // A year is no period: "in 2019".
    ['lifted sales 40%', 'Its videos lifted sales 40% in 2019.', 'lifted sales 40%'],
    ['and his posts now average 25,000', 'He started posting, and his posts now average 25,000 impressions.', 'his posts now average 25,000 impressions'],
    ['says walk-in traffic doubled', 'Its pharmacist says walk-in traffic doubled after a video.', 'walk-in traffic doubled'],
    // The figure's own verb starts the result, not a clause joined before it (#3).
    ['reach more customers and increased their sales by over 100%', 'FBA helped Jennifer reach more customers and increased their sales by over 100%.', 'increased their sales by over 100%'],
    ['grew revenue and profit by 20%', 'Acme grew revenue and profit by 20%.', 'grew revenue and profit by 20%'],
    ['These changes helped us deliver a 10-20% improvement.”', '“These changes helped us deliver a 10-20% improvement.”', 'These changes helped us deliver a 10-20% improvement.'],
    // A change from one figure to another shows where it ended too (#3).
    ['raised its customer satisfaction score from 82%', 'Bloom & Wild raised its customer satisfaction score from 82% to 91%.', 'raised its customer satisfaction score from 82% to 91%'],
    ['saw his revenue jump from $1.3 million', 'Michael saw his revenue jump from $1.3 million to $2.5 million.', 'saw his revenue jump from $1.3 million to $2.5 million'],
    ['pasó de 900', 'La cuenta pasó de 900 a 125.000 seguidores.', 'pasó de 900 a 125.000 seguidores'],
    // A multiplier names what it multiplies too (#3).
    ['delivered ads that are 3x', 'Google delivered ads that are 3x lighter and load 6x faster.', 'delivered ads that are 3x lighter'],
    // A range shows both its ends (#3).
    ['infrastructural costs have decreased to £200', "K-Collect's infrastructural costs have decreased to £200-£300, about a 700% decrease.", 'infrastructural costs have decreased to £200-£300'],
    ['cut its monthly churn to 3', 'Hatchway cut its monthly churn to 3–4% after the webinars.', 'cut its monthly churn to 3–4%'],
    ["a fait passer le taux d'ouverture de 18 %", "Le Slip Français a fait passer le taux d'ouverture de 18 % à 31 %.", "a fait passer le taux d'ouverture de 18 % à 31 %"],
    ['rose from 22%', 'Its win rate rose from 22% to 37% in a year.', 'rose from 22% to 37% in a year'],
    ['We went from 40 orders', '"We went from 40 orders a day to about 900 during the first week," Lindqvist said.', 'We went from 40 orders a day to about 900'],
    // "from" that no end point follows stays as it is.
    ['grew from 40 stores', 'The chain grew from 40 stores, its owners say.', 'grew from 40 stores'],
  ])('%s', (result, passage, shown) => {
    expect(shownResult(result, passage)).toBe(shown);
  });
});
