import { DEFAULT_THEME, defaultCssVariablesResolver, getContrastColor, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrast, cssVariablesResolver, LIGHT_BY_NATURE, theme } from './theme.js';

// The colours as the browser gets them (Mantine's CSS variables with ours on top), checked for
// WCAG AA text contrast (4.5:1) in every combination the components use.

const full = mergeMantineTheme(DEFAULT_THEME, theme);
const light: Record<string, string> = {
  ...defaultCssVariablesResolver(full).light,
  ...cssVariablesResolver(full).light,
};
/** A variable's value with var(--…) references followed (the palette shades are set from the theme). */
function value(name: string): string {
  const shade = /^--mantine-color-([a-z]+)-(\d)$/.exec(name);
  if (shade) return full.colors[shade[1]!]![Number(shade[2])]!;
  const raw = light[name] ?? (name === '--mantine-color-white' ? full.white : undefined);
  if (!raw) throw new Error(`no value for ${name}`);
  const ref = /^var\((--[a-z0-9-]+)\)$/.exec(raw);
  return ref ? value(ref[1]!) : raw;
}

const WHITE = '#ffffff';
const PANELS = [WHITE, full.colors.gray[0], full.colors.gray[1]];
const COLORS = Object.keys(full.colors);
// Light buttons, badges and alerts (the "dark" palette's light shade is a mid grey, not one of them).
const LIGHT = COLORS.filter((color) => color !== 'dark').map((color) => value(`--mantine-color-${color}-light`));

describe('theme contrast (light scheme)', () => {
  it('dimmed text reads on white, the light grey panels and inside light buttons and alerts', () => {
    for (const bg of [...PANELS, ...LIGHT])
      expect(contrast(value('--mantine-color-dimmed'), bg), bg).toBeGreaterThanOrEqual(4.5);
  });

  it('links read on white, the grey panels and inside every light alert', () => {
    const backgrounds = [...PANELS, ...LIGHT];
    for (const bg of backgrounds) expect(contrast(value('--mantine-color-anchor'), bg), bg).toBeGreaterThanOrEqual(4.5);
  });

  it('error messages read on white and the light grey panels', () => {
    for (const bg of PANELS) expect(contrast(value('--mantine-color-error'), bg), bg).toBeGreaterThanOrEqual(4.5);
  });

  for (const color of COLORS.filter((c) => !LIGHT_BY_NATURE.includes(c))) {
    it(`${color}: shade 8 as text (c="${color}.8") reads on white, the panels and its light backgrounds`, () => {
      const shade8 = full.colors[color]![8]!;
      for (const bg of [...PANELS, full.colors[color]![0]!, full.colors[color]![1]!])
        expect(contrast(shade8, bg), bg).toBeGreaterThanOrEqual(4.5);
    });
  }

  for (const color of COLORS) {
    it(`${color}: coloured text, outline, light and filled components reach 4.5:1`, () => {
      for (const bg of PANELS) {
        expect(contrast(value(`--mantine-color-${color}-text`), bg), `text on ${bg}`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(value(`--mantine-color-${color}-outline`), bg), `outline on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      // Light badges, alerts, subtle buttons: the colour's text on its own light background.
      expect(
        contrast(value(`--mantine-color-${color}-light-color`), value(`--mantine-color-${color}-light`)),
        'light',
      ).toBeGreaterThanOrEqual(4.5);
      // Filled badges and buttons: the text autoContrast picks on the filled colour.
      const filled = full.colors[color]![full.primaryShade as number]!;
      const onFilled = getContrastColor({ color: filled, theme: full, autoContrast: true });
      const text = { 'var(--mantine-color-white)': full.white, 'var(--mantine-color-black)': full.black }[onFilled];
      expect(contrast(text ?? onFilled, filled), 'filled').toBeGreaterThanOrEqual(4.5);
    });
  }
});
