import { MantineProvider } from '@mantine/core';
import dayjs from 'dayjs';
import i18next from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../contracts.js';
import { formatDateInput, parseDateInput } from '../i18n/dateInput.js';
import { loadDayjsLocale } from '../i18n/dayjsLocale.js';
import { DateField } from './DateField.js';

/** The field as the page renders it first, in a UI locale (i18next's tag: language + country). */
async function render(tag: string, value: string): Promise<string> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: tag, resources: {}, showSupportNotice: false } as Parameters<typeof i18n.init>[0]);
  return renderToString(
    <MantineProvider>
      <I18nextProvider i18n={i18n}>
        <DateField label="Purchase date" value={value} onChange={() => {}} />
      </I18nextProvider>
    </MantineProvider>,
  );
}

describe('the date field speaks the user’s format', () => {
  it('shows 2026-12-31 as the Dutch, British and German write it, and nothing for no date', async () => {
    expect(await render('nl-NL', '2026-12-31')).toContain('value="31-12-2026"');
    expect(await render('en-GB', '2026-12-31')).toContain('value="31/12/2026"');
    expect(await render('de-DE', '2026-12-31')).toContain('value="31.12.2026"');
    // The country picks the format: Dutch in Belgium writes 31/12/2026.
    expect(await render('nl-BE', '2026-12-31')).toContain('value="31/12/2026"');
    expect(await render('nl-NL', '')).toContain('value=""');
  });

  it('labels the input and shows an example of the format', async () => {
    const html = await render('nl-NL', '');
    const id = /<label[^>]*for="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`id="${id}"`);
    expect(html).toContain('placeholder="31-12-2026"');
  });

  it('reads a typed date in the locale’s order and gives YYYY-MM-DD', () => {
    expect(parseDateInput('31-12-2026', 'nl-NL')).toBe('2026-12-31');
    expect(parseDateInput('1-2-2026', 'nl-NL')).toBe('2026-02-01');
    expect(parseDateInput('31/12/2026', 'en-GB')).toBe('2026-12-31');
    expect(parseDateInput('05/04/2026', 'en-GB')).toBe('2026-04-05');
    expect(parseDateInput('31.12.2026', 'de-DE')).toBe('2026-12-31');
    expect(parseDateInput('2026. 12. 31.', 'hu-HU')).toBe('2026-12-31');
    // A date pasted year first is read as such in every locale.
    expect(parseDateInput('2026-12-31', 'nl-NL')).toBe('2026-12-31');
  });

  it('takes nothing that is not (yet) a whole, real date', () => {
    expect(parseDateInput('31-12-20', 'nl-NL')).toBeNull(); // on the way to 2026
    expect(parseDateInput('31-02-2026', 'nl-NL')).toBeNull();
    expect(parseDateInput('12/31/2026', 'en-GB')).toBeNull(); // the US order is not the British one
    expect(parseDateInput('31 dec 2026', 'nl-NL')).toBeNull();
    expect(parseDateInput('', 'nl-NL')).toBeNull();
  });

  it('writes back what it reads, in every language’s home format', () => {
    for (const language of LANGUAGES) {
      const tag = new Intl.Locale(language).maximize().toString();
      expect(parseDateInput(formatDateInput('2026-03-09', tag), tag), tag).toBe('2026-03-09');
    }
  });

  it('loads the calendar’s month names for each of the 15 languages', async () => {
    for (const language of LANGUAGES) expect(await loadDayjsLocale(language), language).toBe(language);
    expect(dayjs('2026-12-31').locale('nl').format('MMMM')).toBe('december');
    expect(dayjs('2026-12-31').locale('de').format('MMMM')).toBe('Dezember');
    expect(dayjs('2026-12-31').locale('fi').format('MMMM')).toBe('joulukuu');
  });
});
