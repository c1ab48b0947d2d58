import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  luminance,
  type MantineColorsTuple,
} from '@mantine/core';

/*
 * Colours that read for everyone (WCAG 2.2 AA: 4.5:1 for text), fixed once here for every page:
 * - shades 8 and 9 of each colour (the text of light badges, alerts and subtle buttons, `c="green"`,
 *   `c="red.8"`, error messages) are darkened until they read on white, on the light grey panels and
 *   on the colour's own light background — except shade 8 of yellow and lime, light by nature,
 *   which is only used filled (with dark text) and never as text;
 * - filled components pick black or white text by the WCAG luminance midpoint, so both reach 4.5:1;
 * - "dimmed" text is a grey that still reads on white and light grey.
 */

const MIN_TEXT_CONTRAST = 4.6; // 4.5:1 with a little room for rounding and anti-aliasing

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function darkenHex(hex: string, amount: number): string {
  const channel = (i: number) => Math.round(Number.parseInt(hex.slice(i, i + 2), 16) * (1 - amount));
  return `#${[1, 3, 5].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}

/** The colour itself, or the least darkened version of it that reaches the contrast on every background. */
export function readableOn(color: string, backgrounds: string[]): string {
  for (let amount = 0; amount < 1; amount += 0.01) {
    const candidate = darkenHex(color, amount);
    if (backgrounds.every((bg) => contrast(candidate, bg) >= MIN_TEXT_CONTRAST)) return candidate;
  }
  return '#000000';
}

const WHITE = '#ffffff';
const gray = DEFAULT_THEME.colors.gray;
const PANELS = [WHITE, gray[0], gray[1]];

/** Colours whose filled shade stays light (dark text on it); they are not used as text colour. */
export const LIGHT_BY_NATURE = ['yellow', 'lime'];

const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, shades]) => {
    const tuple = [...shades] as unknown as string[];
    const backgrounds = [...PANELS, shades[0], shades[1]];
    if (!LIGHT_BY_NATURE.includes(name)) tuple[8] = readableOn(shades[8], backgrounds);
    tuple[9] = readableOn(shades[9], backgrounds);
    // Shade 9 stays the darker one.
    if (luminance(tuple[9]) > luminance(tuple[8]!)) tuple[9] = darkenHex(tuple[8]!, 0.1);
    return [name, tuple as unknown as MantineColorsTuple];
  }),
);

/** Light backgrounds (light buttons, badges, alerts); the "dark" palette's is a mid grey, not one. */
const LIGHT_BACKGROUNDS = Object.entries(colors)
  .filter(([name]) => name !== 'dark')
  .map(([, shades]) => shades[1]);

/** Secondary ("dimmed") text, also inside light buttons and alerts: Mantine's grey 6 is 3.3:1 on white. */
export const DIMMED = readableOn(gray[6], [...PANELS, ...LIGHT_BACKGROUNDS]);

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  colors,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  // Dark text on light filled colours (the yellow dev-mailbox banner, orange and green badges),
  // white on dark ones; 0.179 is the luminance where both reach the same contrast (WCAG).
  autoContrast: true,
  luminanceThreshold: 0.179,
});

/** Light scheme: text in a colour (`c="green"`, outline buttons, links) uses the readable shade 9. */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': DIMMED,
    // Links are also read inside light alerts (blue 8 on blue 1 is 4.4:1).
    '--mantine-color-anchor': `var(--mantine-color-${resolved.primaryColor}-9)`,
    // Field errors (Mantine: red 6, 3.3:1).
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      Object.keys(colors).flatMap((name) => [
        [`--mantine-color-${name}-text`, `var(--mantine-color-${name}-9)`],
        [`--mantine-color-${name}-outline`, `var(--mantine-color-${name}-9)`],
      ]),
    ),
  },
  dark: {},
});
