/** Pages in a real browser: readable at phone width, theme remembered, no CSP violations. */
import { describe, expect, it } from 'vitest';
import { browserAvailable, useBrowser } from '../helpers/browser.ts';
import { PAGE_TYPES } from '../helpers/page-types.ts';
import { kb } from '../helpers/corpus.ts';
import { urls } from '../../src/lib/urls.ts';
import { ui } from '../../src/i18n/ui.ts';


describe.skipIf(!browserAvailable)('pages in Chromium', () => {
  const session = useBrowser();

  it('opens a talk page that names and links its conference', async () => {
    const page = await session.open('/talks/ffa-2020/meituan-flink-availability/');
    expect(await page.locator('h1').innerText()).toContain('美团');
    await page.getByRole('link', { name: 'FFA 2020', exact: true }).first().click();
    await page.waitForURL('**/conferences/ffa-2020/');
    expect(await page.locator('h1').innerText()).toBe('Flink Forward Asia 2020');
  });

  it('shows no horizontal scroll at 375 px on any page type', async () => {
    const wide: string[] = [];
    for (const [name, path] of Object.entries(PAGE_TYPES)) {
      const page = await session.open(path, { width: 375 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${name} (${path}) is ${overflow}px too wide`);
      await page.context().close();
    }
    expect(wide).toEqual([]);
  });

  it('shades the edge of a table that scrolls sideways at 375 px where there is more, not an edge already reached', async () => {
    // /en/about/'s coverage table is wider than a phone screen.
    const page = await session.open('/en/about/', { width: 375 });
    const table = page.locator('table').first();
    expect(await table.evaluate((t) => t.scrollWidth > t.clientWidth)).toBe(true);
    const box = (await table.boundingBox())!;
    const strip = (side: 'left' | 'right') => page.screenshot({ clip: { x: side === 'left' ? box.x : box.x + box.width - 6, y: box.y, width: 6, height: box.height } });
    // Whether an edge looks different with the table's background (the cue) than without it.
    const shaded = async (side: 'left' | 'right') => {
      const cued = await strip(side);
      await table.evaluate((t) => (t.style.background = 'none'));
      const plain = await strip(side);
      await table.evaluate((t) => (t.style.background = ''));
      return !cued.equals(plain);
    };
    expect([await shaded('left'), await shaded('right')]).toEqual([false, true]);
    await table.evaluate((t) => (t.scrollLeft = t.scrollWidth));
    expect([await shaded('left'), await shaded('right')]).toEqual([true, false]);
    await page.context().close();
  });

  it('breaks no claims-table text one character per line at 375 px (the talk with the most claims)', async () => {
    const widest = [...kb.talks].sort((a, b) => b.data.claims.length - a.data.claims.length)[0];
    const page = await session.open(urls.talk(widest.id), { width: 375 });
    const narrow = await page.locator('table.claims td').evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const text = (cell.textContent ?? '').trim();
        const range = document.createRange();
        range.selectNodeContents(cell);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        // One character per line: as many lines as characters, for text of three or more.
        return text.length >= 3 && lines >= text.length ? [`${text} (${lines} lines)`] : [];
      }),
    );
    expect(narrow).toEqual([]);
    await page.context().close();
  });

  it('puts a talk’s video first: a watch link right under its title', async () => {
    const talk = kb.talks.find((t) => t.data.links.some((l) => l.kind === 'video'))!;
    const page = await session.open(urls.talk(talk.id));
    const watch = page.locator('article .watch a', { hasText: '看视频' }).first();
    expect(await watch.getAttribute('href')).toBe(talk.data.links.find((l) => l.kind === 'video')!.url);
    const [title, link] = await Promise.all([page.locator('h1').boundingBox(), watch.boundingBox()]);
    expect(link!.y - title!.y).toBeLessThan(200);
    await page.context().close();
  });

  it('compares the companies on a topic: a row per company with its talks, takeaways and numbers', async () => {
    const page = await session.open('/topics/checkpoint/');
    const rows = page.locator('table.compare tbody tr');
    expect(await rows.count()).toBeGreaterThan(3);
    const first = rows.first();
    expect(await first.locator('th a').getAttribute('href')).toMatch(/^\/companies\//);
    expect(await first.locator('td[data-label="演讲"] a').count()).toBeGreaterThan(0);
    expect(await page.locator('table.compare td[data-label="数字"] strong').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('remembers the theme toggle across a page change', async () => {
    const page = await session.open('/topics/checkpoint/', { colorScheme: 'light' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(251, 251, 249)');
    await page.getByRole('button', { name: /切换/ }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('link', { name: '公司', exact: true }).click();
    await page.waitForURL('**/companies/');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background()).toBe('rgb(21, 24, 29)');
  });

  it('names what the theme toggle will do in the page’s own language', async () => {
    for (const [path, lang] of [['/topics/checkpoint/', 'zh'], ['/en/topics/checkpoint/', 'en']] as const) {
      const page = await session.open(path, { colorScheme: 'light' });
      const toggle = page.getByRole('button', { name: ui[lang].themeToggle });
      expect(await toggle.getAttribute('title')).toBe(ui[lang].themeToDark);
      await toggle.click();
      expect(await toggle.getAttribute('title')).toBe(ui[lang].themeToLight);
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      await page.context().close();
    }
  });

  it('lays out the header and stacked tables as a reader sees them: hint, toggle, labels in the page’s language', async () => {
    const page = await session.open('/en/topics/checkpoint/', { width: 375 });
    // The '/' hint gives way once the box has focus (the browser's clear button sits there).
    const hint = page.locator('.search-hint');
    expect(await hint.isVisible()).toBe(true);
    await page.locator('#site-search').fill('反压');
    expect(await hint.isVisible()).toBe(false);
    // The toggle's glyph sits in the middle of its button.
    const centre = await page.locator('.theme-toggle').evaluate((button) => {
      const range = document.createRange();
      range.selectNodeContents(button);
      const [box, glyph] = [button.getBoundingClientRect(), range.getBoundingClientRect()];
      return Math.abs(box.left + box.width / 2 - (glyph.left + glyph.width / 2));
    });
    expect(centre).toBeLessThan(2);
    // A stacked table names each value's column with the page's own colon.
    const label = (p: typeof page) => p.locator('table.stack-table td[data-label]').first().evaluate((td) => getComputedStyle(td, '::before').content);
    expect(await label(page)).toMatch(/^"\S.*: "$/);
    await page.context().close();
    const zh = await session.open('/topics/checkpoint/', { width: 375 });
    expect(await label(zh)).toMatch(/^"\S.*："$/);
    await zh.context().close();
  });

  it('reads every page without console errors or CSP violations', async () => {
    for (const path of Object.values(PAGE_TYPES)) (await session.open(path)).context().close();
    expect(session.problems).toEqual([]);
  });
});
