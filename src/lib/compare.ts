/**
 * "Who solved what" on a topic: one row per company that gave talks on it, with those talks,
 * their first takeaways and their numbers (with sources). Built from the data, never by hand.
 */
import type { TalkView } from './kb.ts';

/** A row shows at most this many talks (newest first), so a topic page stays small at any corpus size. */
export const TALKS_PER_ROW = 5;

export interface CompanyRow {
  company: string;
  /** The talks shown: the company's newest on the topic. */
  talks: TalkView[];
  /** All the company's talks on the topic, shown or not. */
  total: number;
  /** The first takeaway of each talk that has one: what the company decided or learned. */
  takeaways: { talk: TalkView; text: string }[];
  claims: { talk: TalkView; claim: string; value: string; source: string }[];
}

type TalkText = { takeaways: string[]; claims: { claim: string; value: string; source: string }[] };

/**
 * Rows for the talks on a topic, companies with the most talks first, then by name order given.
 * `textOf` gives a talk's takeaways and claims in the page's language.
 */
export function compareByCompany(
  talks: TalkView[],
  companyOrder: (id: string) => number,
  textOf: (talk: TalkView) => TalkText = (talk) => talk.data,
): CompanyRow[] {
  const byCompany = new Map<string, TalkView[]>();
  for (const talk of talks) for (const company of talk.companies) byCompany.set(company, [...(byCompany.get(company) ?? []), talk]);
  return [...byCompany]
    .map(([company, all]) => {
      const shown = [...all].sort((a, b) => b.sortKey - a.sortKey).slice(0, TALKS_PER_ROW);
      return {
        company,
        talks: shown,
        total: all.length,
        takeaways: shown.flatMap((talk) => {
          const first = textOf(talk).takeaways[0];
          return first ? [{ talk, text: first }] : [];
        }),
        claims: shown.flatMap((talk) => textOf(talk).claims.map((c) => ({ talk, ...c }))),
      };
    })
    .sort((a, b) => b.total - a.total || companyOrder(a.company) - companyOrder(b.company));
}
