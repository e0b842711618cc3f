/**
 * The only search code every page loads: `/` or Ctrl/Cmd+K jumps to the search box, and the first
 * focus or keystroke there loads the results dropdown (and with it Pagefind).
 */
const input = document.querySelector<HTMLInputElement>('[data-search-main]') ?? document.querySelector<HTMLInputElement>('#site-search');

if (input) {
  let loading: Promise<unknown> | undefined;
  const load = () => {
    if (input.id === 'site-search') loading ??= import('./search-dropdown.ts').then((m) => m.attach(input));
  };
  input.addEventListener('focus', load, { once: true });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (slash || ctrlK) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}
