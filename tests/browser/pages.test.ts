/** Pages in a real browser: readable at phone width, theme remembered, no CSP violations. */
import { describe, expect, it } from 'vitest';
import { browserAvailable, useBrowser } from '../helpers/browser.ts';
import { PAGE_TYPES } from '../helpers/page-types.ts';


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

  it('reads every page without console errors or CSP violations', async () => {
    for (const path of Object.values(PAGE_TYPES)) (await session.open(path)).context().close();
    expect(session.problems).toEqual([]);
  });
});
