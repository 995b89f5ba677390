import type { Locator, Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';

// [PRIVACY][UI]: the staff-side defects a new user saw, each checked where it showed: the notice
// summary keeps every label with its value, the draft form keeps German/English pairs on one row,
// one primary button per view, register filters aligned with nothing cut off. At 1280 and 390 px.
// Reads only (the demo's draft notice); announcing is register.spec.ts's.

const widths = [1280, 390] as const;

const box = async (locator: Locator) => (await locator.boundingBox())!;

async function openDemoDraft(page: Page) {
  await page.goto('/staff/change-notices?status=draft');
  await page.getByRole('link', { name: /Wachturm Monitoring: neuer Rechenzentrumsstandort/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Wachturm Monitoring/ })).toBeVisible();
}

for (const width of widths) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('[PRIVACY][CHANGE_NOTICE] the notice page: labels stay with their values, pairs on one row, one primary action', async ({ page, login }) => {
      await login('privacy');
      await openDemoDraft(page);

      // Summary: each label sits in the same box as its value, directly above it.
      const facts = page.getByRole('definition').locator('..');
      const count = await facts.count();
      expect(count).toBeGreaterThanOrEqual(4);
      for (let i = 0; i < count; i++) {
        const pair = facts.nth(i);
        const label = await box(pair.getByRole('term'));
        const value = await box(pair.getByRole('definition'));
        expect(Math.abs(label.x - value.x), `fact ${i}: label and value start in one column`).toBeLessThan(2);
        expect(value.y - (label.y + label.height), `fact ${i}: value right under its label`).toBeLessThan(12);
        expect(value.y).toBeGreaterThanOrEqual(label.y);
      }

      // German and English titles (and descriptions) side by side on wide screens, stacked in order on phones.
      for (const [de, en] of [
        ['Titel (Deutsch)', 'Titel (Englisch)'],
        ['Beschreibung (Deutsch)', 'Beschreibung (Englisch)'],
      ] as const) {
        const left = await box(page.getByLabel(de));
        const right = await box(page.getByLabel(en));
        if (width >= 1000) expect(Math.abs(left.y - right.y), `${de} and ${en} on one row`).toBeLessThan(2);
        else expect(right.y, `${en} under ${de}`).toBeGreaterThan(left.y);
      }

      // One primary button: "Jetzt ankündigen"; saving the draft is secondary and as wide as its text.
      const main = page.locator('main');
      const primaries = main.locator('button, a');
      const primaryNames = await primaries.evaluateAll((elements) =>
        elements
          .filter((e) => {
            const style = getComputedStyle(e);
            return style.backgroundColor === 'rgb(29, 74, 115)' && e.getBoundingClientRect().width > 0;
          })
          .map((e) => e.textContent?.trim()),
      );
      expect(primaryNames).toEqual(['Jetzt ankündigen']);
      const save = page.getByRole('button', { name: 'Entwurf speichern' });
      const form = page.locator('form').filter({ has: save });
      if (width >= 1000) expect((await box(save)).width).toBeLessThan((await box(form)).width / 2);

      // Announcing asks in the ConfirmDialog; the dialog is accessible; Cancel sends nothing.
      await page.getByRole('button', { name: 'Jetzt ankündigen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Ankündigen' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
      await expectAccessible(page, 'announce dialog open');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(page.locator('main header').first().getByText('Entwurf', { exact: true })).toBeVisible();
    });

    test('[PRIVACY][REGISTER] register filters: labels on one line, select text not cut off', async ({ page, login }) => {
      await login('privacy');
      await page.goto('/staff/register');
      const filters = page.getByRole('form', { name: 'Filter' });
      const tops = await filters.locator('label').evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().top));
      // Labels in one row of the filters start on the same line (a hint under one field moves none).
      for (const top of tops) {
        const row = tops.filter((other) => Math.abs(other - top) < 30);
        expect(Math.max(...row) - Math.min(...row), 'labels of a row on one line').toBeLessThan(1);
      }
      // The buttons stand level with the controls, not above or below them.
      const apply = await box(filters.getByRole('button', { name: 'Anzeigen' }));
      const lastSelect = await box(filters.locator('select').last());
      if (width >= 1000) expect(Math.abs(apply.y + apply.height - (lastSelect.y + lastSelect.height))).toBeLessThan(3);
      // Each select is wide enough for its longest option (text width + padding + arrow).
      for (const select of await filters.locator('select').all()) {
        const fits = await select.evaluate((element: HTMLSelectElement) => {
          const style = getComputedStyle(element);
          const canvas = document.createElement('canvas').getContext('2d')!;
          canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          // On wide screens every choice fits; on a phone at least the one shown.
          const shown = innerWidth >= 1000 ? [...element.options] : [element.options[element.selectedIndex]!];
          const widest = Math.max(...shown.map((o) => canvas.measureText(o.text).width));
          const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
          return { widest: Math.ceil(widest), room: Math.floor(room), name: element.name };
        });
        expect(fits.widest, `select ${fits.name}: longest choice fits`).toBeLessThanOrEqual(fits.room);
      }
    });
  });
}
