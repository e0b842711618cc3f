// @ts-check
// Loaded in <head> before the page paints, so a remembered theme never flashes the other one.
// The choice lives in localStorage; without one, the system's prefers-color-scheme applies.
(function () {
  var KEY = 'ffa-theme';
  var root = document.documentElement;
  var saved = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch (e) {}
  if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;

  function current() {
    return root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('.theme-toggle');
    if (!(button instanceof HTMLButtonElement)) return;
    function label() {
      var dark = current() === 'dark';
      button.setAttribute('aria-pressed', String(dark));
      button.title = dark ? '切换到浅色主题' : '切换到深色主题';
    }
    button.hidden = false;
    label();
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        localStorage.setItem(KEY, next);
      } catch (e) {}
      label();
    });
  });
})();
