/** Search as a reader uses it: the keyboard shortcut, live results, filters, a shareable URL. */
import { describe, expect, it } from 'vitest';
import { browserAvailable, useBrowser } from '../helpers/browser.ts';

describe.skipIf(!browserAvailable)('search in Chromium', () => {
  const session = useBrowser();

  it('opens with "/", finds the Unaligned Checkpoint keynote for 反压, and opens it', async () => {
    const page = await session.open('/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('反压');
    const result = page.locator('#site-search-results a', { hasText: 'Flink 统一引擎' });
    await result.waitFor();
    expect(await page.getByRole('status').first().innerText()).toMatch(/找到 \d+ 场演讲/);
    await page.keyboard.press('ArrowDown');
    await result.click();
    await page.waitForURL('**/talks/ffa-2020/flink-unified-engine/');
    expect(await page.locator('article').innerText()).toContain('Unaligned Checkpoint');
  });

  it('stays on the page when Enter is pressed in the emptied box (Escape clears it)', async () => {
    const page = await session.open('/about/');
    await page.keyboard.press('/');
    await page.keyboard.type('反压');
    await page.locator('#site-search-results a').first().waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await page.locator('#site-search').inputValue()).toBe('');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/about/');
    // With words in it, Enter opens the search page on them.
    await page.keyboard.type('反压');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=*');
    expect(new URL(page.url()).searchParams.get('q')).toBe('反压');
  });

  it('opens with Ctrl+K too', async () => {
    const page = await session.open('/about/');
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
  });

  it('keeps the query and filters in the URL and narrows results by company', async () => {
    const page = await session.open('/search/?q=Flink%20SQL');
    await page.locator('#search-results li').first().waitFor();
    const all = await page.locator('#search-results .result').count();
    await page.locator('fieldset', { hasText: '公司' }).getByLabel(/字节跳动/).check();
    await page.waitForURL(/company=bytedance/);
    await page.waitForFunction((n) => document.querySelectorAll('#search-results .result').length < n, all);
    const metas = await page.locator('#search-results .result-title a').allInnerTexts();
    expect(metas.length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Flink SQL');
    // The language switch opens the English search page on the same search.
    const twin = new URL((await page.locator('a.lang-switch').getAttribute('href'))!, page.url());
    expect(twin.pathname).toBe('/en/search/');
    expect(twin.searchParams.get('q')).toBe('Flink SQL');
    expect(twin.searchParams.getAll('company')).toEqual(['bytedance']);
    // The shared URL restores the same search.
    const again = await session.open(new URL(page.url()).pathname + new URL(page.url()).search);
    await again.locator('#search-results .result').first().waitFor();
    expect(await again.locator('#search-results .result-title a').allInnerTexts()).toEqual(metas);
    expect(await again.locator('#facets').getByLabel(/字节跳动/).isChecked()).toBe(true);
  });

  it('combines values of one facet with OR and facets with AND, keeping the other values and their counts', async () => {
    const page = await session.open('/search/?q=Flink%20SQL');
    await page.locator('#search-results .result').first().waitFor();
    const status = async () => Number(/找到 (\d+)/.exec(await page.locator('#search-status').innerText())?.[1]);
    const companies = page.locator('fieldset', { hasText: '公司' });
    const count = async (name: RegExp) => Number(await companies.locator('label', { hasText: name }).locator('.count').innerText());
    const [bytedance, meituan] = [await count(/字节跳动/), await count(/美团/)];
    await companies.getByLabel(/字节跳动/).check();
    await page.waitForFunction((n) => Number(/找到 (\d+)/.exec(document.getElementById('search-status')!.textContent ?? '')?.[1]) === n, bytedance);
    // Meituan is still offered, with its own count: ticking it adds its talks (OR).
    expect(await count(/美团/)).toBe(meituan);
    await companies.getByLabel(/美团/).check();
    await page.waitForFunction((n) => Number(/找到 (\d+)/.exec(document.getElementById('search-status')!.textContent ?? '')?.[1]) === n, bytedance + meituan);
    expect(new URL(page.url()).searchParams.getAll('company').sort()).toEqual(['bytedance', 'meituan']);
    // The active filters show as chips; removing one removes its talks.
    expect(await page.locator('#search-chips button').count()).toBe(2);
    // Another facet narrows (AND).
    const before = await status();
    await page.locator('fieldset', { hasText: '大会' }).locator('input').first().check();
    await page.waitForFunction((n) => Number(/找到 (\d+)/.exec(document.getElementById('search-status')!.textContent ?? '')?.[1]) < n, before);
    await page.locator('#search-chips button', { hasText: '美团' }).click();
    await page.waitForURL((url) => !url.searchParams.getAll('company').includes('meituan'));
  });

  it('offers entity pages above the talks in the dropdown: 快手 leads to the Kuaishou page', async () => {
    const page = await session.open('/');
    await page.keyboard.press('/');
    await page.keyboard.type('快手');
    const entity = page.locator('#site-search-results .result.entity a').first();
    await entity.waitFor();
    expect(await entity.getAttribute('href')).toBe('/companies/kuaishou/');
    await entity.click();
    await page.waitForURL('**/companies/kuaishou/');
  });

  it('turns an empty result into suggestions: the other-language term and matching pages', async () => {
    const page = await session.open(`/search/?q=${encodeURIComponent('状态后端')}&company=lyft`);
    await page.locator('#search-empty:not([hidden])').waitFor();
    await page.locator('#search-empty .entity-offers').waitFor();
    expect(await page.locator('#search-empty').innerText()).toContain('state backend');
    expect(await page.locator('#search-empty .entity-offers a', { hasText: '状态后端' }).first().getAttribute('href')).toBe('/topics/state-backend/');
  });

  it('filters to talks with a video, and marks them in the results', async () => {
    const page = await session.open('/search/?q=Checkpoint');
    await page.locator('#search-results .result').first().waitFor();
    const found = async () => Number(/找到 (\d+)/.exec(await page.locator('#search-status').innerText())?.[1]);
    const all = await found();
    await page.locator('fieldset', { hasText: '视频' }).getByLabel(/有视频/).check();
    await page.waitForURL(/video=yes/);
    await page.waitForFunction((n) => Number(/找到 (\d+)/.exec(document.getElementById('search-status')!.textContent ?? '')?.[1]) < n, all);
    const results = page.locator('#search-results .result');
    const count = await results.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) expect(await results.nth(i).locator('.badge.video').count()).toBe(1);
  });

  it('suggests the glossary’s other-language term when nothing is found', async () => {
    const page = await session.open('/search/?q=%E5%8F%8D%E5%8E%8B&company=lyft');
    await page.locator('#search-empty:not([hidden])').waitFor();
    expect(await page.locator('#search-empty').innerText()).toContain('backpressure');
  });
});
