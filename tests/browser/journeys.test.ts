/** Reader journeys through the site, by clicking as a reader does. */
import { describe, expect, it } from 'vitest';
import { browserAvailable, useBrowser } from '../helpers/browser.ts';

describe.skipIf(!browserAvailable)('reader journeys in Chromium', () => {
  const session = useBrowser();

  it('goes home → conference → talk → company → another talk of that company', async () => {
    const page = await session.open('/');
    await page.getByRole('link', { name: 'Flink Forward Asia 2020' }).first().click();
    await page.waitForURL('**/conferences/ffa-2020/');
    await page.getByRole('link', { name: 'Flink SQL 在字节跳动的优化&实践' }).click();
    await page.waitForURL('**/talks/ffa-2020/bytedance-flink-sql/');
    await page.locator('.facts').getByRole('link', { name: '字节跳动' }).first().click();
    await page.waitForURL('**/companies/bytedance/');
    expect(await page.locator('h1').innerText()).toContain('ByteDance');
    await page.getByRole('link', { name: '超大规模 Flink 调度优化' }).click();
    await page.waitForURL('**/talks/ffa-2020/bytedance-large-scale-scheduling/');
    expect(await page.locator('.facts').innerText()).toContain('字节跳动');
  });

  it('walks a topic reading list forward and back from the talk pages', async () => {
    const page = await session.open('/topics/checkpoint/');
    const steps = await page.locator('.reading-list > li > a.title').allInnerTexts();
    expect(steps.length).toBeGreaterThanOrEqual(5);
    await page.locator('.reading-list > li > a.title').first().click();
    const list = page.locator('#reading-lists + ul li', { hasText: '检查点与容错' });
    expect(await list.innerText()).toContain(`第 1 / ${steps.length} 篇`);
    await list.getByRole('link', { name: steps[1] }).click();
    const second = page.locator('#reading-lists + ul li', { hasText: '检查点与容错' });
    expect(await second.innerText()).toContain(`第 2 / ${steps.length} 篇`);
    await second.getByRole('link', { name: steps[0] }).click();
    expect(await page.locator('h1').innerText()).toContain(steps[0]);
  });

  it('goes from a glossary term to exactly the talks it counts', async () => {
    const page = await session.open('/en/glossary/');
    const link = page.locator('#term-backpressure a[href*="?term="]');
    const counted = Number(/\d+/.exec(await link.innerText())![0]);
    await link.click();
    await page.waitForURL('**/en/search/?term=backpressure');
    await page.locator('#search-results li').first().waitFor();
    expect(await page.locator('#search-status').innerText()).toBe(`${counted} talks found`);
    expect(await page.locator('#search-results > li').count()).toBe(counted);
    const chip = page.getByRole('button', { name: /^Remove filter/ });
    expect(await chip.innerText()).toBe('Term: backpressure ×');
  });

  it('names a term\'s chip as the glossary spells it ("ad-hoc query", not the folded "ad hoc query")', async () => {
    for (const [path, expected] of [['/search/?term=ad-hoc-query', '术语：即席查询 ×'], ['/en/search/?term=ad-hoc-query', 'Term: ad-hoc query ×']]) {
      const page = await session.open(path);
      const chip = page.locator('#search-chips button');
      await chip.waitFor();
      expect(await chip.innerText()).toBe(expected);
    }
  });

  it('searches with "/", filters by topic, and opens a result', async () => {
    const page = await session.open('/talks/');
    await page.keyboard.press('/');
    await page.keyboard.type('Checkpoint');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Checkpoint/);
    await page.locator('#search-results .result').first().waitFor();
    await page.locator('fieldset', { hasText: '主题' }).getByLabel(/状态后端/).check();
    await page.waitForURL(/topic=state-backend/);
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('找到'));
    const first = page.locator('#search-results .result-title a').first();
    const title = await first.innerText();
    await first.click();
    await page.waitForURL('**/talks/**');
    expect(await page.locator('h1').innerText()).toContain(title);
    expect(await page.locator('.facts').innerText()).toContain('状态后端');
  });

  it('keeps the keyboard where it was on the search page: on a facet, on the chips, on the next results', async () => {
    const page = await session.open('/search/?q=Flink');
    await page.locator('#search-results .result').first().waitFor();
    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el ? `${el.tagName} ${el.getAttribute('name') ?? ''} ${el.getAttribute('value') ?? ''} ${el.textContent?.trim().slice(0, 80) ?? ''}`.trim() : '';
    });
    const settled = (url: RegExp) => page.waitForURL(url).then(() => page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('找到')));
    // A facet: Space on a checkbox, and focus is on that checkbox again once the results are in.
    await page.locator('input[name="conference"][value="ffa-2022"]').focus();
    await page.keyboard.press('Space');
    await settled(/conference=ffa-2022/);
    expect(await focused()).toBe('INPUT conference ffa-2022');
    // A chip: Enter removes it, and focus goes to the search box when no chip is left.
    await page.locator('#search-chips button').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.search.includes('conference='));
    await page.waitForFunction(() => document.activeElement?.id === 'search-q');
    // "Show more": focus moves to the first newly shown result.
    await page.locator('#search-results li button').waitFor();
    await page.locator('#search-results li button').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#search-results .result').length > 20);
    const twentyFirst = await page.locator('#search-results .result').nth(20).locator('a').first().innerText();
    expect(await focused()).toContain(twentyFirst);
  });

  it('goes Back from a filter to the results before it, and Forward again', async () => {
    const page = await session.open('/en/search/?q=Flink');
    await page.locator('#search-results .result').first().waitFor();
    const before = await page.locator('#search-status').innerText();
    await page.locator('input[name="conference"][value="ffa-2022"]').check();
    await page.waitForURL(/conference=ffa-2022/);
    await page.waitForFunction((b) => document.querySelector('#search-status')?.textContent !== b, before);
    await page.goBack();
    await page.waitForURL((url) => url.search === '?q=Flink');
    await page.waitForFunction((b) => document.querySelector('#search-status')?.textContent === b, before);
    expect(await page.locator('input[name="conference"][value="ffa-2022"]').isChecked()).toBe(false);
    await page.goForward();
    await page.waitForURL(/conference=ffa-2022/);
    await page.waitForFunction(() => (document.querySelector('input[name="conference"][value="ffa-2022"]') as HTMLInputElement | null)?.checked === true);
  });

  it('reads in English: home → topic → talk → search → filter, then switches the talk to Chinese', async () => {
    const page = await session.open('/en/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: 'Checkpoint', exact: true }).first().click();
    await page.waitForURL('**/en/topics/checkpoint/');
    const first = page.locator('.reading-list > li > a.title').first();
    const title = await first.innerText();
    await first.click();
    await page.waitForURL('**/en/talks/**');
    expect(await page.locator('h1').innerText()).toContain(title);
    expect(await page.locator('#reading-lists + ul').innerText()).toMatch(/step 1 of \d+/);
    await page.getByRole('searchbox', { name: 'Search talks' }).fill('backpressure');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\/\?q=backpressure/);
    await page.waitForFunction(() => /talks? found/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const all = await page.locator('#search-results .result').count();
    await page.locator('fieldset', { hasText: 'Topic' }).getByLabel(/^\s*Checkpoint/).check();
    await page.waitForURL(/topic=checkpoint/);
    await page.waitForFunction((before) => {
      const text = document.querySelector('#search-status')?.textContent ?? '';
      return /found/.test(text) && Number(text.match(/\d+/)?.[0]) < before;
    }, all);
    const hit = page.locator('#search-results .result-title a').first();
    const hitTitle = await hit.innerText();
    await hit.click();
    await page.waitForURL('**/en/talks/**');
    expect(await page.locator('h1').innerText()).toContain(hitTitle);
    expect(await page.locator('.facts').innerText()).toContain('Checkpoint');
    await page.getByRole('link', { name: '中文' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/en/') && url.pathname.startsWith('/talks/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  it('keeps the dark theme chosen on one page across several others', async () => {
    const page = await session.open('/', { colorScheme: 'light' });
    await page.getByRole('button', { name: /切换/ }).click();
    for (const name of ['演讲', '主题', '术语']) {
      await page.getByRole('navigation', { name: '站点导航' }).getByRole('link', { name, exact: true }).click();
      await page.waitForLoadState('domcontentloaded');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    }
  });

  it('saw no CSP violation, console error or request to another origin on the way', () => {
    expect(session.problems).toEqual([]);
  });
});
