/**
 * Accessibility: axe-core on every page (with something in it), no serious or critical violation;
 * and the app driven by keyboard alone, a live set ended with the space bar.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appWithCamera, ARTIFACTS, e2eSkipReason, evaluateWithin, fakeCameraFile, onPage, repsAtLeast, testText } from './harness';

const skip = e2eSkipReason();

/** Violations of WCAG 2.1 A and AA that axe rates serious or critical, one line each. */
async function seriousViolations(page: Page, name: string, found: string[]): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  found.push(`${name}: ${result.violations.length} violations (${result.violations.map((v) => `${v.id}/${v.impact}`).join(', ') || 'none'}), ${result.passes.length} rules passed`);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${name}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

describe.skipIf(skip)('accessibility', () => {
  const app = appWithCamera(() => fakeCameraFile('squat_side_gymlytics.mp4', 4));

  it('keyboard only: a set started from the start page and ended with the space bar; axe finds nothing serious on any page', async () => {
    const serious: string[] = [];
    const found: string[] = [];
    // axe-core needs a page of an explicit context.
    await onPage(await app.browser.newContext({ viewport: { width: 1280, height: 800 } }), async (page) => {
      await page.goto(app.url);
      serious.push(...await seriousViolations(page, 'start page', found));

      // Tab to the squat's start button and press Enter, as a keyboard user would.
      const start = page.getByRole('button', { name: 'Start squat' });
      for (let i = 0; i < 60 && !(await start.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      expect(await start.evaluate((el) => el === document.activeElement), 'reached the start button by Tab').toBe(true);
      await page.keyboard.press('Enter');

      await page.getByTestId('state').filter({ hasText: 'exercising' }).waitFor({ state: 'attached', timeout: 60_000 });
      await repsAtLeast(page, 1);
      expect(await page.getByTestId('cue').getAttribute('aria-live')).toBe('polite');
      serious.push(...await seriousViolations(page, 'live view', found));
      await page.locator('body').click({ position: { x: 5, y: 400 } });
      await page.keyboard.press('Space');
      await page.getByTestId('summary').waitFor({ timeout: 10_000 });
      expect(Number(await testText(page, 'summary-reps'))).toBeGreaterThanOrEqual(1);
      serious.push(...await seriousViolations(page, 'set summary', found));

      for (const [name, query] of [['history', '?history'], ['progress', '?progress'], ['settings', '?settings'], ['privacy', '?privacy'], ['running clip', '?exercise=running']] as const) {
        await page.goto(`${app.url}${query}`);
        await page.locator('main').first().waitFor();
        await page.waitForTimeout(500);
        if (name === 'settings') await page.getByTestId('settings-squat').locator('summary').click();
        serious.push(...await seriousViolations(page, name, found));
      }
      await page.goto(`${app.url}?history`);
      await page.getByTestId('history-entry').first().getByRole('button', { name: 'Open' }).click();
      serious.push(...await seriousViolations(page, 'stored set', found));

      // Text scales: at 200% text size nothing on the start page is cut off sideways.
      await page.goto(app.url);
      // (Through the CSSOM: the page's policy rightly refuses an inline style tag.)
      await evaluateWithin(page, 'doubling the font size', 30_000, () => document.documentElement.style.setProperty('font-size', '200%'));
      await page.screenshot({ path: join(ARTIFACTS, 'start-page-200pct-text.png'), fullPage: true });
      const overflow = await evaluateWithin(page, 'measuring overflow at 200% text', 30_000, () => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > width + 1).slice(0, 5);
        return { by: document.documentElement.scrollWidth - width, wide: wide.map((e) => `${e.tagName.toLowerCase()}.${e.className}`) };
      });
      expect(overflow.by, `horizontal overflow at 200% text: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(0);

      console.log(found.join('\n'));
      expect(serious).toEqual([]);
    });
  });
});
