/**
 * The Content-Security-Policy of every page, in one place: the <meta> tag in the layout and the
 * `_headers` file for static hosts both print this. Scripts and styles only from this origin, no
 * inline code; 'wasm-unsafe-eval' is what Pagefind's WebAssembly search needs.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages), for the site under `base`. */
export function headersFile(base = '/'): string {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${CSP}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    `${base}pagefind/*`,
    '  Cache-Control: public, max-age=3600',
    `${base}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

/**
 * JSON to embed in a page's `<script type="application/json">`: `<`, `>` and `&` are escaped, so a
 * name containing `</script>` cannot close the element and inject markup. JSON.parse reads it unchanged.
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Text made safe to place inside HTML (the dev server's problem page, search excerpts). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
