/** The site under a base path in a real browser: search loads Pagefind from under the base, and its results and a journey stay there. */
import { describe, expect, it } from 'vitest';
import { browserAvailable, useBrowser } from '../helpers/browser.ts';
import { DIST_BASE, TEST_BASE } from '../helpers/dist.ts';

describe.skipIf(!browserAvailable)(`the site under ${TEST_BASE} in Chromium`, () => {
  const session = useBrowser({ dist: DIST_BASE, base: TEST_BASE });

  it('searches from the header and opens a result under the base', async () => {
    const page = await session.open('/');
    await page.keyboard.press('/');
    await page.keyboard.type('Unaligned Checkpoint');
    const entity = page.locator('#site-search-results .result.entity a').first();
    await entity.waitFor();
    expect(await entity.getAttribute('href')).toMatch(new RegExp(`^${TEST_BASE}`));
    const first = page.locator('#site-search-results .result:not(.entity) a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${TEST_BASE}talks/`));
    await first.click();
    await page.waitForURL(`**${TEST_BASE}talks/**`);
    expect(session.problems).toEqual([]);
  });

  it('walks home → conference → talk → company, every page under the base', async () => {
    const page = await session.open('/');
    await page.getByRole('link', { name: 'Flink Forward Asia 2020' }).first().click();
    await page.waitForURL(`**${TEST_BASE}conferences/ffa-2020/`);
    await page.getByRole('link', { name: '超大规模 Flink 调度优化' }).click();
    await page.waitForURL(`**${TEST_BASE}talks/ffa-2020/bytedance-large-scale-scheduling/`);
    await page.locator('.facts').getByRole('link', { name: '字节跳动' }).first().click();
    await page.waitForURL(`**${TEST_BASE}companies/bytedance/`);
    expect(session.problems).toEqual([]);
  });
});
