/**
 * Pagefind's ranking settings, shared by the browser UI and the Node search tests so both rank
 * alike. Chosen by measuring the search suite (tests/search); see README "Search".
 */
export const RANKING = {
  // Long notes should not sink below short facts-only pages that merely mention a word.
  pageLength: 0.1,
  // A word repeated in scattered notes counts for less than the same word in the weighted tags.
  termFrequency: 0.2,
  termSaturation: 1.4,
  termSimilarity: 1.0,
};
