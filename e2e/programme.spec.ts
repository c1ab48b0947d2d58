import { expect, type Locator, type Page, test } from '@playwright/test';
import { adminRequest, type Lang, staffLogin, text } from './support.js';

type OverdueStep = { days: number; action: 'reminder' | 'suspend' | 'cancel' };
type Settings = {
  overduePolicy: OverdueStep[];
  directDebit: { preNotificationDays: number; leadDays: number };
  [key: string]: unknown;
};

/** The server's message for an impossible overdue policy, in the admin's language. */
const POLICY_ERROR: Record<Lang, RegExp> = {
  nl: /één opschorting en één opzegging, beide op of na de vervaldatum, de opzegging na de opschorting/,
  en: /one suspension and one cancellation, both on or after the due date, the cancellation after the suspension/,
};

async function storedSettings(baseURL: string): Promise<Settings> {
  const admin = await adminRequest(baseURL);
  const response = await admin.get('/api/admin/programme');
  expect(response.ok(), await response.text()).toBeTruthy();
  return (await response.json()) as Settings;
}

async function storeSettings(baseURL: string, settings: Settings) {
  const admin = await adminRequest(baseURL);
  const response = await admin.put('/api/admin/programme', { data: settings });
  expect(response.ok(), await response.text()).toBeTruthy();
}

/** Mantine renders a NumberInput as a textbox and a Select as a textbox or combobox: either, by its label. */
function field(scope: Locator, label: string) {
  return scope
    .getByRole('textbox', { name: label, exact: true })
    .or(scope.getByRole('combobox', { name: label, exact: true }))
    .first();
}

for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
  const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);
  const byDueDate = (steps: OverdueStep[]) => [...steps].sort((a, b) => a.days - b.days);
  /** A step as the page shows it: the number of days, before/after the due date, the action. */
  const shown = (step: OverdueStep) => [
    String(Math.abs(step.days)),
    t(`programme.overdue.when.${step.days < 0 ? 'before' : 'after'}`),
    t(`programme.overdue.action.${step.action}`),
  ];

  const overdueSection = (page: Page) => page.getByRole('region', { name: t('programme.overdue.title') });
  const step = (page: Page, number: number) =>
    overdueSection(page).getByRole('group', { name: t('programme.overdue.step', { number }), exact: true });

  /** Every step on the page, in order, as [days, before/after, action]. */
  async function stepsOnPage(page: Page): Promise<string[][]> {
    const count = await overdueSection(page).getByTestId('overdue-step').count();
    const steps: string[][] = [];
    for (let number = 1; number <= count; number++) {
      const row = step(page, number);
      steps.push([
        await field(row, t('programme.overdue.days')).inputValue(),
        await field(row, t('programme.overdue.whenLabel')).inputValue(),
        await field(row, t('programme.overdue.actionLabel')).inputValue(),
      ]);
    }
    return steps;
  }

  async function openProgramme(page: Page) {
    await staffLogin(page, lang);
    await page
      .getByRole('navigation', { name: t('nav.backOffice') })
      .getByRole('link', { name: t('nav.programme'), exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: t('programme.title') })).toBeVisible();
    await expect(overdueSection(page)).toBeVisible();
  }

  async function saveSettings(page: Page) {
    await page.getByRole('button', { name: t('programme.save'), exact: true }).click();
  }

  test.describe(`Programme settings: overdue policy and direct debit (${lang})`, () => {
    let original: Settings;
    test.beforeAll(async ({ baseURL }) => {
      original = await storedSettings(baseURL!);
    });
    // The billing tests rely on the programme's policy: leave it as it was found.
    test.afterAll(async ({ baseURL }) => {
      await storeSettings(baseURL!, original);
    });

    test('an admin adds a reminder 5 days after the due date and changes the advance notice; both are kept', async ({
      page,
      baseURL,
    }) => {
      await openProgramme(page);
      expect(await stepsOnPage(page)).toEqual(byDueDate(original.overduePolicy).map(shown));
      const debit = page.getByRole('region', { name: t('programme.directDebit.title') });
      const notice = field(debit, t('programme.directDebit.preNotificationDays'));
      await expect(notice).toHaveValue(String(original.directDebit.preNotificationDays));
      await expect(field(debit, t('programme.directDebit.leadDays'))).toHaveValue(
        String(original.directDebit.leadDays),
      );
      await page.screenshot({ path: test.info().outputPath(`programme-${lang}.png`), fullPage: true });

      // A new step: a reminder 5 days after the due date.
      await overdueSection(page)
        .getByRole('button', { name: t('programme.overdue.add') })
        .click();
      const added = step(page, original.overduePolicy.length + 1);
      await expect(added).toBeVisible();
      await field(added, t('programme.overdue.days')).fill('5');
      await expect(field(added, t('programme.overdue.whenLabel'))).toHaveValue(t('programme.overdue.when.after'));
      await expect(field(added, t('programme.overdue.actionLabel'))).toHaveValue(
        t('programme.overdue.action.reminder'),
      );
      const preNotificationDays = original.directDebit.preNotificationDays === 6 ? 7 : 6;
      await notice.fill(String(preNotificationDays));
      await saveSettings(page);
      await expect(page.getByRole('status').filter({ hasText: t('programme.saved') })).toBeVisible();

      // After a reload the page shows the stored policy, in the order of the due date.
      const expected = byDueDate([...original.overduePolicy, { days: 5, action: 'reminder' }]);
      await page.reload();
      await expect(overdueSection(page)).toBeVisible();
      await expect.poll(() => stepsOnPage(page)).toEqual(expected.map(shown));
      await expect(notice).toHaveValue(String(preNotificationDays));
      const stored = await storedSettings(baseURL!);
      expect(byDueDate(stored.overduePolicy)).toEqual(expected);
      expect(stored.directDebit).toEqual({ ...original.directDebit, preNotificationDays });
      await page.screenshot({ path: test.info().outputPath(`programme-saved-${lang}.png`), fullPage: true });

      // Removing the step again (and restoring the advance notice) brings back the original policy.
      const position = expected.findIndex((s) => s.days === 5 && s.action === 'reminder') + 1;
      await overdueSection(page)
        .getByRole('button', { name: t('programme.overdue.remove', { number: position }), exact: true })
        .click();
      await notice.fill(String(original.directDebit.preNotificationDays));
      await saveSettings(page);
      await expect(page.getByRole('status').filter({ hasText: t('programme.saved') })).toBeVisible();
      await page.reload();
      await expect(overdueSection(page)).toBeVisible();
      await expect.poll(() => stepsOnPage(page)).toEqual(byDueDate(original.overduePolicy).map(shown));
      const restored = await storedSettings(baseURL!);
      expect(byDueDate(restored.overduePolicy)).toEqual(byDueDate(original.overduePolicy));
      expect(restored.directDebit).toEqual(original.directDebit);
    });

    test('a cancellation before the suspension is refused with the translated reason and changes nothing', async ({
      page,
      baseURL,
    }) => {
      const suspend = original.overduePolicy.find((s) => s.action === 'suspend');
      const cancel = original.overduePolicy.find((s) => s.action === 'cancel');
      expect(suspend && cancel, 'the policy suspends and cancels').toBeTruthy();
      await openProgramme(page);

      // The cancellation moves to a day before the suspension.
      const position = byDueDate(original.overduePolicy).indexOf(cancel!) + 1;
      const row = step(page, position);
      await expect(field(row, t('programme.overdue.actionLabel'))).toHaveValue(t('programme.overdue.action.cancel'));
      const tooEarly = Math.max(0, suspend!.days - 2);
      await field(row, t('programme.overdue.days')).fill(String(tooEarly));
      await saveSettings(page);

      const reason = overdueSection(page).getByRole('alert');
      await expect(reason).toHaveText(POLICY_ERROR[lang]);
      await expect(page.getByRole('status').filter({ hasText: t('programme.saved') })).toHaveCount(0);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: test.info().outputPath(`programme-error-${lang}.png`), fullPage: true });

      // Nothing was stored: the page and the API still have the original policy.
      expect(byDueDate((await storedSettings(baseURL!)).overduePolicy)).toEqual(byDueDate(original.overduePolicy));
      await page.reload();
      await expect(overdueSection(page)).toBeVisible();
      await expect.poll(() => stepsOnPage(page)).toEqual(byDueDate(original.overduePolicy).map(shown));
      await expect(overdueSection(page).getByRole('alert')).toHaveCount(0);
    });
  });
}
