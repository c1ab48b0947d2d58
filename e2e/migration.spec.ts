import { expect, type Page, test } from '@playwright/test';
import { approvedCustomer, importLegacy, type Lang, pickModel, text, unique, waitForMail } from './support.js';

const ACCOUNT_HEADER = 'legacy_id,email,membership_number,tier,expires_on';
const PRODUCT_HEADER = 'legacy_id,account_legacy_id,model_code,model_name,serial_number,purchase_date,country,dealer';

for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
  const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);
  const number = (n: number) => new Intl.NumberFormat(lang).format(n);

  async function openMyProducts(page: Page) {
    await page.goto('/portal');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page
      .getByRole('navigation', { name: t('nav.portal') })
      .getByRole('link', { name: t('nav.products') })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: t('products.title') })).toBeVisible();
  }

  test.describe(`Migration from the old CPS programme (${lang})`, () => {
    test('an organisation that named its old e-mail migrates, completes a product and has the right total', async ({
      page,
      request,
      baseURL,
    }) => {
      const id = unique(`m${lang}`);
      const stamp = id.replace(/[^a-z0-9]/gi, '').toUpperCase();
      const legacyEmail = `old-${id}@example.test`;
      const membershipNumber = `CPS-${stamp}`;
      await importLegacy(
        baseURL!,
        'accounts',
        `${ACCOUNT_HEADER}\nA-${id},${legacyEmail},${membershipNumber},gold,2025-12-31\n`,
      );
      await importLegacy(
        baseURL!,
        'products',
        [
          PRODUCT_HEADER,
          `P1-${id},A-${id},EOS-R5,EOS R5,R5${stamp},2021-04-01,NL,Foto Konijnenberg`,
          `P2-${id},A-${id},RF-24-70-28L,,L${stamp},2022-06-10,BE,Kamera Express`,
          `P3-${id},A-${id},EOS-R6-II,,R6${stamp},2023-01-20,DE,`,
          `P4-${id},A-${id},OLD-580EX,Speedlite 580EX II,F${stamp},2015-03-03,NL,Foto Konijnenberg`,
        ].join('\n'),
      );
      await approvedCustomer(page, request, baseURL!, lang, { legacyEmail });
      await openMyProducts(page);

      const button = page.getByRole('button', { name: t('migration.button'), exact: true });
      await expect(button).toBeVisible();
      await expect(button).toHaveText(lang === 'nl' ? 'PRODUCTEN MIGREREN' : 'MIGRATE PRODUCTS');
      await expect(page.getByTestId('previous-membership-number')).toHaveText(
        t('migration.previousNumber', { number: membershipNumber }),
      );
      await expect(page.getByText(t('migration.noButton'))).toHaveCount(0);

      await button.click();
      const dialog = page.getByRole('dialog', { name: t('migration.previewTitle') });
      await expect(dialog.getByTestId('migration-preview-row')).toHaveCount(4);
      await expect(dialog.getByTestId('migration-preview-row').filter({ hasText: 'Speedlite 580EX II' })).toContainText(
        t('migration.needsCompleting', { fields: t('products.field.model') }),
      );
      await expect(dialog.getByTestId('migration-preview-row').filter({ hasText: `R6${stamp}` })).toContainText(
        t('migration.needsCompleting', { fields: t('products.field.dealer') }),
      );
      await expect(dialog.getByTestId('migration-preview-summary')).toContainText(
        t('migration.previewSummary', { count: 4, complete: 2, incomplete: 2, points: 450 }),
      );
      await dialog.getByRole('button', { name: t('migration.confirm', { count: 4 }) }).dblclick();

      const result = page.getByTestId('migration-result');
      await expect(result).toContainText(t('migration.resultDone', { count: 4 }));
      await expect(result).toContainText(t('migration.resultComplete', { count: 2 }));
      await expect(result).toContainText(t('migration.resultIncomplete', { count: 2 }));
      await expect(result).toContainText(t('migration.resultPoints', { count: 450 }));
      await result.getByRole('button', { name: t('migration.close') }).click();

      await expect(page.getByRole('button', { name: t('migration.button'), exact: true })).toHaveCount(0);
      await expect(page.getByTestId('product-row')).toHaveCount(4);
      await expect(page.getByRole('img', { name: t('products.complete'), exact: true })).toHaveCount(2);
      await expect(page.getByTestId('incomplete-mark')).toHaveCount(2);
      await expect(page.getByTestId('points-balance')).toHaveText(number(450));

      // Complete the R6: its dealer was missing.
      const r6 = page.getByTestId('product-row').filter({ hasText: `R6${stamp}` });
      await r6.getByRole('link', { name: t('products.view') }).click();
      await expect(
        page
          .getByRole('region', { name: t('products.detail.historyTitle') })
          .getByRole('cell', { name: t('products.history.migrated'), exact: true }),
      ).toBeVisible();
      await page.getByRole('combobox', { name: t('products.field.dealer'), exact: true }).fill('Cameraland');
      await page.getByRole('button', { name: t('products.detail.save') }).click();
      await expect(page.getByTestId('product-saved')).toHaveText(t('products.detail.savedComplete'));

      // The old flash is not in the catalogue: choose its model.
      await page
        .getByRole('link', { name: t('products.backToList') })
        .first()
        .click();
      const flash = page.getByTestId('product-row').filter({ hasText: `F${stamp}` });
      await expect(flash.getByTestId('incomplete-mark')).toBeVisible();
      await flash.getByRole('link', { name: t('products.view') }).click();
      await expect(page.getByText(t('products.detail.unmappedModel', { name: 'Speedlite 580EX II' }))).toBeVisible();
      await pickModel(page.locator('main'), t('products.field.model'), 'EOS R8', /^EOS R8 · EOS-R8\b/);
      await page.getByRole('button', { name: t('products.detail.save') }).click();
      await expect(page.getByTestId('product-saved')).toHaveText(t('products.detail.savedComplete'));
      await expect(page.getByRole('heading', { level: 1, name: 'EOS R8' })).toBeVisible();

      await page
        .getByRole('link', { name: t('products.backToList') })
        .first()
        .click();
      await expect(page.getByRole('img', { name: t('products.complete'), exact: true })).toHaveCount(4);
      await expect(page.getByTestId('incomplete-mark')).toHaveCount(0);
      // 300 + 150 migrated complete, + 200 (R6 completed) + 120 (EOS R8 chosen).
      await expect(page.getByTestId('points-balance')).toHaveText(number(770));
      await expect(page.getByText(t('migration.alreadyMigrated', { count: 4, email: legacyEmail }))).toBeVisible();

      // A second attempt migrates nothing.
      const again = await page.request.post('/api/migration', { headers: { origin: baseURL! } });
      expect(await again.json()).toMatchObject({ migrated: 0, pointsAwarded: 0 });
    });

    test('an organisation without an old e-mail sees why, links it with the e-mailed code, then sees the button', async ({
      page,
      request,
      baseURL,
    }) => {
      const id = unique(`l${lang}`);
      const stamp = id.replace(/[^a-z0-9]/gi, '').toUpperCase();
      const legacyEmail = `old-${id}@example.test`;
      await importLegacy(baseURL!, 'accounts', `${ACCOUNT_HEADER}\nA-${id},${legacyEmail},CPS-${stamp},silver,\n`);
      await importLegacy(
        baseURL!,
        'products',
        `${PRODUCT_HEADER}\nP1-${id},A-${id},EOS-R8,,R8${stamp},2022-02-02,FR,Photo Denfert\n`,
      );
      await approvedCustomer(page, request, baseURL!, lang);
      await openMyProducts(page);

      await expect(page.getByTestId('no-migrate-explanation')).toHaveText(t('migration.noButton'));
      await expect(page.getByRole('button', { name: t('migration.button'), exact: true })).toHaveCount(0);

      const linkForm = page.getByRole('region', { name: t('migration.link.title') });
      await linkForm.getByRole('textbox', { name: t('migration.link.email') }).fill(legacyEmail);
      await linkForm.getByRole('button', { name: t('migration.link.send') }).click();
      await expect(linkForm.getByText(t('migration.link.sent', { email: legacyEmail }))).toBeVisible();

      const mail = await waitForMail(request, legacyEmail, 'legacy_link_code');
      const code = /(?:Your code is|Uw code is) (\d{6})/.exec(mail.text)?.[1];
      expect(code, mail.text).toBeTruthy();
      const wrong = code === '000000' ? '111111' : '000000';
      const codeField = linkForm.getByRole('textbox', { name: t('migration.link.code') });
      await codeField.fill(wrong);
      await linkForm.getByRole('button', { name: t('migration.link.confirm') }).click();
      await expect(codeField).toHaveAttribute('aria-invalid', 'true');
      await codeField.fill(code!);
      await linkForm.getByRole('button', { name: t('migration.link.confirm') }).click();

      const button = page.getByRole('button', { name: t('migration.button'), exact: true });
      await expect(button).toBeVisible();
      await expect(page.getByTestId('no-migrate-explanation')).toHaveCount(0);
      await expect(page.getByTestId('previous-membership-number')).toHaveText(
        t('migration.previousNumber', { number: `CPS-${stamp}` }),
      );
      await button.click();
      const dialog = page.getByRole('dialog', { name: t('migration.previewTitle') });
      await dialog.getByRole('button', { name: t('migration.confirm', { count: 1 }) }).click();
      await expect(page.getByTestId('migration-result')).toContainText(t('migration.resultPoints', { count: 120 }));
      await page
        .getByTestId('migration-result')
        .getByRole('button', { name: t('migration.close') })
        .click();
      await expect(page.getByRole('img', { name: t('products.complete'), exact: true })).toHaveCount(1);
      await expect(page.getByTestId('points-balance')).toHaveText(number(120));
    });
  });
}
