/**
 * The history on the device: a live set on a real clip saved and shown after a reload, exported
 * and imported into a fresh browser profile as the same history, and a damaged file refused with
 * nothing lost.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appWithCamera, ARTIFACTS, e2eSkipReason, fakeCameraFile, onPage, repsAtLeast, testText } from './harness';

const skip = e2eSkipReason();

/** What the history list shows, entry by entry. */
const listed = (page: Page) => page.getByTestId('history-entry').allInnerTexts();

describe.skipIf(skip)('history on the device', () => {
  const app = appWithCamera(() => fakeCameraFile('squat_side_gymlytics.mp4', 4));
  let exported = '';
  let shown: string[] = [];

  it('a set ended with the space bar is saved, and shown in the history after a reload', async () => {
    await onPage(await app.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true }), async (page) => {
      await page.goto(`${app.url}?exercise=squat`);
      await repsAtLeast(page, 3, 90_000);
      await page.keyboard.press('Space');
      const reps = Number(await testText(page, 'summary-reps'));
      expect(reps).toBeGreaterThanOrEqual(3);

      await page.goto(`${app.url}?history`);
      await page.reload();
      const entry = page.getByTestId('history-entry');
      await entry.first().waitFor({ timeout: 10_000 });
      expect(await entry.count()).toBe(1);
      expect(await entry.first().innerText()).toMatch(new RegExp(`Squat[\\s\\S]*${reps} reps`));
      shown = await listed(page);
      console.log(`history entry: ${shown[0]?.replace(/\s+/g, ' ')}`);
      await page.screenshot({ path: join(ARTIFACTS, 'history-list.png'), fullPage: true });

      await entry.first().getByRole('button', { name: 'Open' }).click();
      expect(Number(await testText(page, 'summary-reps'))).toBe(reps);
      await page.screenshot({ path: join(ARTIFACTS, 'history-entry.png'), fullPage: true });
      await page.getByRole('button', { name: 'Back to the history' }).click();

      const download = page.waitForEvent('download');
      await page.getByTestId('history-export').click();
      const file = join(ARTIFACTS, 'history-export.json');
      await (await download).saveAs(file);
      exported = readFileSync(file, 'utf8');
      expect(JSON.parse(exported)).toMatchObject({ app: 'formcheck', kind: 'history', sets: [{ exercise: 'squat', status: 'done', summary: { reps: { total: reps } } }] });
    });
  });

  it('an export imported into a fresh profile gives the same history; a damaged file is refused and nothing is lost', async () => {
    expect(exported, 'the export of the previous test').not.toBe('');
    await onPage(await app.browser.newContext({ viewport: { width: 1280, height: 800 } }), async (page) => {
      await page.goto(`${app.url}?history`);
      await page.getByTestId('history-empty').waitFor();
      await page.getByTestId('history-import').setInputFiles(join(ARTIFACTS, 'history-export.json'));
      await page.getByTestId('history-message').filter({ hasText: 'Imported 1 set and 0 clip reports' }).waitFor({ timeout: 10_000 });
      expect(await listed(page)).toEqual(shown);

      // The same file with one more set, whose rep count is damaged: refused whole.
      const file = JSON.parse(exported) as { sets: Array<Record<string, unknown> & { summary: { reps: { total: number } } }> };
      const extra = structuredClone(file.sets[0]!);
      extra.id = 'another-set';
      extra.summary.reps.total = -3;
      file.sets.push(extra);
      const damaged = join(ARTIFACTS, 'history-damaged.json');
      writeFileSync(damaged, JSON.stringify(file));
      await page.getByTestId('history-import').setInputFiles(damaged);
      const refusal = page.getByTestId('history-error');
      await refusal.filter({ hasText: 'damaged' }).waitFor({ timeout: 10_000 });
      expect(await refusal.innerText()).toMatch(/This history file is damaged, so nothing was imported\. sets\.1\.summary\.reps\.total/);
      expect(await refusal.getAttribute('role')).toBe('alert');
      expect(await listed(page)).toEqual(shown);

      const notOurs = join(ARTIFACTS, 'not-a-history.json');
      writeFileSync(notOurs, JSON.stringify({ name: 'some-app', version: '2.0.0' }));
      await page.getByTestId('history-import').setInputFiles(notOurs);
      await refusal.filter({ hasText: 'made by something else' }).waitFor({ timeout: 10_000 });
      await page.reload();
      await page.getByTestId('history-entry').first().waitFor();
      expect(await listed(page)).toEqual(shown);
      await page.screenshot({ path: join(ARTIFACTS, 'history-import-refused.png'), fullPage: true });
    });
  });
});
