/**
 * "Who solved what" on a topic: one row per company that gave talks on it, with those talks,
 * their first takeaways and their numbers (with sources). Built from the data, never by hand.
 */
import type { TalkView } from './kb.ts';

export interface CompanyRow {
  company: string;
  talks: TalkView[];
  /** The first takeaway of each talk that has one: what the company decided or learned. */
  takeaways: { talk: TalkView; text: string }[];
  claims: { talk: TalkView; claim: string; value: string; source: string }[];
}

/** Rows for the talks on a topic, companies with the most talks first, then by name order given. */
export function compareByCompany(talks: TalkView[], companyOrder: (id: string) => number): CompanyRow[] {
  const rows = new Map<string, CompanyRow>();
  for (const talk of talks) {
    for (const company of talk.companies) {
      const row = rows.get(company) ?? { company, talks: [], takeaways: [], claims: [] };
      row.talks.push(talk);
      if (talk.data.takeaways[0]) row.takeaways.push({ talk, text: talk.data.takeaways[0] });
      row.claims.push(...talk.data.claims.map((c) => ({ talk, ...c })));
      rows.set(company, row);
    }
  }
  return [...rows.values()].sort((a, b) => b.talks.length - a.talks.length || companyOrder(a.company) - companyOrder(b.company));
}
