/** axe-core on one page of every type, in both languages, in light and dark: no serious or critical violations. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { browserAvailable, useBrowser } from '../helpers/browser.ts';
import { PAGE_TYPES } from '../helpers/page-types.ts';

describe.skipIf(!browserAvailable)('accessibility (axe-core)', () => {
  const session = useBrowser();

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical violations on any page type (${scheme})`, async () => {
      const found: string[] = [];
      for (const [name, path] of Object.entries(PAGE_TYPES)) {
        const page = await session.open(path, { colorScheme: scheme });
        if (name.endsWith('search')) await page.locator('#search-results .result').first().waitFor();
        const { violations } = await new AxeBuilder({ page }).analyze();
        for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
          found.push(`${name} (${scheme}): ${v.id} — ${v.help} — ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join('; ')}`);
        }
        await page.context().close();
      }
      expect(found).toEqual([]);
    }, 300_000);
  }
});
