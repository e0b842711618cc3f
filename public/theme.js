// @ts-check
// Loaded in <head> before the page paints, so a remembered theme never flashes the other one.
// The choice lives in localStorage; without one, the system's prefers-color-scheme applies.
(() => {
  const KEY = 'ffa-theme';
  const root = document.documentElement;
  let saved = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    // Storage blocked (private mode): the system preference still applies.
  }
  if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;

  const current = () => root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

  document.addEventListener('DOMContentLoaded', () => {
    const button = document.querySelector('.theme-toggle');
    if (!(button instanceof HTMLButtonElement)) return;
    const label = () => {
      const dark = current() === 'dark';
      button.setAttribute('aria-pressed', String(dark));
      // The tooltip in the page's language, from the button (src/i18n/ui.ts).
      button.title = (dark ? button.dataset.toLight : button.dataset.toDark) ?? '';
    };
    button.hidden = false;
    label();
    button.addEventListener('click', () => {
      const next = current() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // Not remembered, but the page still switches.
      }
      label();
    });
  });
})();
