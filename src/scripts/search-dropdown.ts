/**
 * Live results under the header search box: the top talks as the reader types. Arrow keys move
 * through results, Escape closes, Enter on the box opens the full search page (a plain form) unless
 * the box is empty.
 */
import { entityCard, loadEntities, loadSearch, resultCard, text, urls } from './pagefind-client.ts';
import { matchEntities } from '../lib/entities.ts';
import { searchTalks } from '../lib/search-query.ts';

const LIMIT = 6;

export function attach(input: HTMLInputElement) {
  const form = input.form!;
  const panel = document.createElement('div');
  panel.className = 'search-panel';
  panel.id = 'site-search-results';
  panel.hidden = true;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  const list = document.createElement('ul');
  list.className = 'results';
  const more = document.createElement('a');
  more.className = 'more small';
  panel.append(list, more);
  form.append(panel, status);
  input.setAttribute('aria-controls', panel.id);
  input.setAttribute('aria-expanded', 'false');

  const show = (open: boolean) => {
    panel.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
  };
  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      show(false);
      status.textContent = '';
      return;
    }
    const search = await loadSearch();
    // Wait for a pause in typing; a newer keystroke makes this run stale.
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (ticket !== latest) return;
    const response = await searchTalks(search, query);
    if (ticket !== latest) return;
    const [data, pages] = await Promise.all([Promise.all(response.results.slice(0, LIMIT).map((r) => r.data())), loadEntities()]);
    if (ticket !== latest) return;
    // Entity pages whose name matches come first: typing 快手 offers the Kuaishou page.
    list.replaceChildren(...matchEntities(query, pages, 3).map(entityCard), ...data.map((d) => resultCard(d, 'span')));
    more.href = urls.search(query);
    more.textContent = response.results.length ? text.seeAll(response.results.length) : text.seeTerms;
    status.textContent = text.foundShort(response.results.length);
    show(true);
  };
  input.addEventListener('input', run);
  if (input.value) void run();
  // Enter on an empty box (Escape clears a search box) stays put instead of opening an empty search.
  form.addEventListener('submit', (event) => {
    if (!input.value.trim()) event.preventDefault();
  });

  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a')];
  form.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && !panel.hidden) {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) input.focus();
      else all[at - 1].focus();
    } else if (event.key === 'Escape') {
      show(false);
      input.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) show(false);
  });
}
