import { expect, test } from '@playwright/test';
import { LANGUAGE_NAMES, LANGUAGES } from '../contracts/languages.js';
import { text } from './support.js';

test.describe('language and country', () => {
  test('the link chooses language and country; the menu lists every language and switches at once', async ({
    page,
  }) => {
    await page.goto('/login?language=nl_BE');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('button', { name: text('nl', 'auth.login'), exact: true })).toBeVisible();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('propass.language'))).toBe('nl_BE');

    const menu = page.getByRole('combobox', { name: text('nl', 'language.label') });
    await expect(menu.locator('option')).toHaveText(LANGUAGES.map((code) => LANGUAGE_NAMES[code]));

    await menu.selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: text('en', 'auth.login'), exact: true })).toBeVisible();
    // The country stays with the person: English words, Belgian formats.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('propass.language'))).toBe('en_BE');

    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('combobox', { name: text('en', 'language.label') })).toHaveValue('en');
  });

  test('without a country, another language takes its own formats, not those of the previous one', async ({ page }) => {
    await page.goto('/login?language=nl');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('propass.language'))).toBe('nl');
    await page.getByRole('combobox', { name: text('nl', 'language.label') }).selectOption('de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    // Remembered as German without a country (formats de-DE), never as "German in the Netherlands".
    await expect.poll(() => page.evaluate(() => localStorage.getItem('propass.language'))).toBe('de');
  });

  test('a page in Dutch never shows English first', async ({ page }) => {
    // The first render already has the Dutch words: the app waits for the language's catalogue.
    const seen: string[] = [];
    await page.exposeFunction('recordLang', (lang: string) => seen.push(lang));
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const button = [...document.querySelectorAll('button')].find((b) => b.type === 'submit');
        if (button?.textContent)
          (window as unknown as { recordLang: (s: string) => void }).recordLang(button.textContent);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto('/login?language=nl');
    await expect(page.getByRole('button', { name: text('nl', 'auth.login'), exact: true })).toBeVisible();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((label) => label.includes(text('en', 'auth.login')))).toEqual([]);
  });
});
