/**
 * The search page: the query, filters and sort live in the URL (`/search/?q=反压&topic=checkpoint`)
 * so a search can be shared; facets show how many results each value would give.
 */
import type { SearchLabels } from '../lib/search-index.ts';
import { suggestTerms, type TermForms } from '../lib/suggest-terms.ts';
import { lang, loadEntities, loadSearch, resultCard, text, urls, type Pagefind } from './pagefind-client.ts';
import { matchEntities } from '../lib/entities.ts';
import { FILTERS, LINK_FILTERS, nameKey, pagefindFilters, searchTalks, type TagIndex } from '../lib/search-query.ts';

const FILTER_ORDER = FILTERS;
/** Every filter the URL may carry: the facets, and those only a link sets. */
const URL_FILTERS = [...FILTERS, ...LINK_FILTERS];
const PAGE = 20;

interface State {
  q: string;
  filters: Record<string, string[]>;
  sort: '' | 'asc' | 'desc';
  shown: number;
}

function readUrl(): State {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const name of URL_FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  const sort = params.get('sort');
  return { q: params.get('q') ?? '', filters, sort: sort === 'asc' || sort === 'desc' ? sort : '', shown: PAGE };
}

// Pagefind reports facet counts with results only once its filter data is loaded.
let filterData: Promise<unknown> | undefined;
function filtersLoaded(pagefind: Pagefind) {
  filterData ??= pagefind.filters();
  return filterData;
}

/**
 * The state into the URL: as a new history entry for what a reader chose (a filter, the sort, a
 * submitted query), so Back returns to the results before it; in place while they type.
 */
function writeUrl(state: State, entry: 'push' | 'replace') {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of URL_FILTERS) for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort) params.set('sort', state.sort);
  const query = params.toString();
  const url = query ? `?${query}` : location.pathname;
  if (entry === 'push' && url !== (location.search || location.pathname)) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  // The other language's search page opens on the same search.
  const twin = document.querySelector<HTMLAnchorElement>('a.lang-switch');
  if (twin) twin.search = query;
}

/**
 * A glossary term's name for its chip, as the glossary spells it in the page's language ("ad-hoc
 * query", not the tag name index's folded key "ad hoc query"); the index's key where the term is
 * not in the glossary list.
 */
let glossary: Promise<TermForms[]> | undefined;
/** The glossary's term forms, fetched once, when a term chip or an empty result first needs them. */
const loadGlossary = () => (glossary ??= fetch(urls.searchGlossaryJson()).then((r) => (r.ok ? r.json() : [])));

function termName(tags: TagIndex, glossary: TermForms[], id: string): string {
  const keys = new Set(Object.keys(tags).filter((key) => tags[key].includes(`term/${id}`)));
  const forms = glossary.find(([zh, en]) => keys.has(nameKey(zh)) && keys.has(nameKey(en)));
  if (forms) return lang === 'en' ? forms[1] : forms[0];
  const chinese = (name: string) => /\p{Script=Han}/u.test(name);
  return [...keys].find((name) => chinese(name) === (lang !== 'en')) ?? [...keys][0] ?? id;
}

export function start() {
  const labels = JSON.parse(document.getElementById('search-labels')!.textContent!) as SearchLabels;
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-q') as HTMLInputElement;
  const sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
  const facets = document.getElementById('facets')!;
  const panel = document.getElementById('facets-panel') as HTMLDetailsElement;
  const panelSummary = document.getElementById('facets-summary')!;
  const chips = document.getElementById('search-chips')!;
  panel.open = matchMedia('(min-width: 48rem)').matches;
  const hint = document.getElementById('facet-hint')!;
  const status = document.getElementById('search-status')!;
  const results = document.getElementById('search-results')!;
  const empty = document.getElementById('search-empty')!;
  const state = readUrl();
  input.value = state.q;
  sortSelect.value = state.sort;
  let ticket = 0;
  /** Where focus goes once run() has rebuilt what the reader just used (a facet, a chip, "show more"): those elements are replaced. */
  let refocus: (() => HTMLElement | null | undefined) | undefined;
  const settleFocus = () => {
    const target = refocus?.();
    refocus = undefined;
    target?.focus();
  };

  const label = (name: string, value: string) => (labels.filters as Record<string, Record<string, string>>)[name]?.[value] ?? value;

  async function run(entry: 'push' | 'replace' = 'replace') {
    const mine = ++ticket;
    writeUrl(state, entry);
    const hasFilters = Object.keys(state.filters).length > 0;
    if (!state.q && !hasFilters) {
      status.textContent = '';
      results.replaceChildren();
      facets.replaceChildren();
      chips.replaceChildren();
      empty.hidden = true;
      hint.hidden = false;
      settleFocus();
      return;
    }
    status.textContent = text.searching;
    const search = await loadSearch();
    await filtersLoaded(search.pagefind);
    // Within a facet, values combine with OR; across facets, with AND.
    const filtersWithout = (skip?: string) => pagefindFilters(Object.fromEntries(Object.entries(state.filters).filter(([k]) => k !== skip)));
    const response = await searchTalks(search, state.q || null, {
      filters: filtersWithout(),
      ...(state.sort ? { sort: { date: state.sort } } : {}),
    });
    if (!response || mine !== ticket) return;
    // Disjunctive counts: a facet with a selection counts its values as if it had none, so the
    // other companies stay visible, with what each would add.
    const counts = { ...response.filters };
    for (const name of Object.keys(state.filters)) {
      const without = await searchTalks(search, state.q || null, { filters: filtersWithout(name) });
      counts[name] = without.filters[name] ?? {};
    }
    if (mine !== ticket) return;
    const data = await Promise.all(response.results.slice(0, state.shown).map((r) => r.data()));
    if (mine !== ticket) return;
    results.replaceChildren(...data.map((d) => resultCard(d, 'h3')));
    if (response.results.length > state.shown) {
      const more = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = text.more(Math.min(PAGE, response.results.length - state.shown));
      button.addEventListener('click', () => {
        // The first of the newly shown results takes focus, where the button was.
        const first = state.shown;
        refocus = () => results.querySelectorAll('li')[first]?.querySelector('a');
        state.shown += PAGE;
        void run();
      });
      more.append(button);
      results.append(more);
    }
    const forms = 'term' in state.filters || !response.results.length ? await loadGlossary() : [];
    if (mine !== ticket) return;
    status.textContent = text.found(response.results.length, state.q);
    renderFacets(counts);
    renderChips(search.tags, forms);
    renderEmpty(response.results.length === 0, forms);
    settleFocus();
  }

  function renderFacets(counts: Record<string, Record<string, number>>) {
    hint.hidden = true;
    const groups = FILTER_ORDER.flatMap((name) => {
      const selected = new Set(state.filters[name] ?? []);
      const values = Object.entries(counts[name] ?? {})
        .filter(([value, n]) => n > 0 || selected.has(value))
        .sort((a, b) => b[1] - a[1] || label(name, a[0]).localeCompare(label(name, b[0]), lang === 'en' ? 'en' : 'zh-CN'));
      // A filter none of whose values any result has is left out, not shown as an empty heading.
      if (!values.length) return [];
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = labels.filterNames[name];
      fieldset.append(legend);
      for (const [value, n] of values) {
        const row = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        box.checked = selected.has(value);
        box.addEventListener('change', () => {
          refocus = () => facets.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`) ?? input;
          toggle(name, value, box.checked);
        });
        row.append(box, ` ${label(name, value)} `);
        const count = document.createElement('span');
        count.className = 'count';
        count.textContent = String(n);
        row.append(count);
        fieldset.append(row);
      }
      return [fieldset];
    });
    facets.replaceChildren(...groups);
  }

  function toggle(name: string, value: string, on: boolean) {
    const next = new Set(state.filters[name] ?? []);
    if (on) next.add(value);
    else next.delete(value);
    if (next.size) state.filters[name] = [...next];
    else delete state.filters[name];
    state.shown = PAGE;
    void run('push');
  }

  /** The active filters as removable chips above the results, and their count on the folded panel. */
  function renderChips(tags: TagIndex, forms: TermForms[]) {
    const active = Object.entries(state.filters).flatMap(([name, values]) => values.map((value) => ({ name, value })));
    panelSummary.textContent = text.filters(active.length);
    chips.replaceChildren(
      ...active.map(({ name, value }, index) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'chip';
        const shown = name === 'term' ? termName(tags, forms, value) : label(name, value);
        button.textContent = `${labels.filterNames[name as keyof typeof labels.filterNames] ?? name}${text.colon}${shown} ×`;
        button.setAttribute('aria-label', text.removeFilter(shown));
        button.addEventListener('click', () => {
          // The chip that takes this one's place, or the one before it, or the search box.
          refocus = () => chips.querySelectorAll('button')[index] ?? chips.querySelectorAll('button')[index - 1] ?? input;
          toggle(name, value, false);
        });
        item.append(button);
        return item;
      }),
    );
  }

  function renderEmpty(isEmpty: boolean, forms: TermForms[]) {
    empty.hidden = !isEmpty;
    if (!isEmpty) return;
    const suggestions = suggestTerms(state.q, forms);
    const p = document.createElement('p');
    p.textContent = text.nothing;
    empty.replaceChildren(p);
    if (suggestions.length) {
      const tip = document.createElement('p');
      tip.append(text.tryTerms);
      suggestions.forEach((s, i) => {
        const a = document.createElement('a');
        a.href = `?q=${encodeURIComponent(s)}`;
        a.textContent = s;
        if (i) tip.append(text.list);
        tip.append(a);
      });
      empty.append(tip);
    }
    // Entity pages whose name matches: a topic, company, feature or speaker page may be the answer.
    void loadEntities().then((pages) => {
      const offers = matchEntities(state.q, pages, 6);
      if (!offers.length || empty.hidden) return;
      const tip = document.createElement('p');
      tip.className = 'entity-offers';
      tip.append(text.tryPages);
      offers.forEach((e, i) => {
        const a = document.createElement('a');
        a.href = e.url;
        a.textContent = text.entityLabel(e.label, text.entityKind[e.kind]);
        if (i) tip.append(text.list);
        tip.append(a);
      });
      empty.append(tip);
    });
    if (Object.keys(state.filters).length) {
      const clear = document.createElement('p');
      clear.textContent = text.fewerFilters;
      empty.append(clear);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state.q = input.value.trim();
    state.shown = PAGE;
    void run('push');
  });
  let typing: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => {
      state.q = input.value.trim();
      state.shown = PAGE;
      void run();
    }, 250);
  });
  sortSelect.addEventListener('change', () => {
    state.sort = sortSelect.value as State['sort'];
    void run('push');
  });
  empty.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest('a');
    if (!link) return;
    event.preventDefault();
    state.q = new URL(link.href).searchParams.get('q') ?? '';
    input.value = state.q;
    void run('push');
  });
  // Back and Forward: the search the URL holds.
  window.addEventListener('popstate', () => {
    Object.assign(state, readUrl());
    input.value = state.q;
    sortSelect.value = state.sort;
    void run();
  });
  void run();
}
