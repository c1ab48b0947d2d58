import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html.js';

describe('escapeHtml', () => {
  it('escapes the five characters that end text or a quoted attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
  it('leaves other text as it is, and escapes an entity again rather than trusting it', () => {
    expect(escapeHtml('Zoë – 10 € ✓')).toBe('Zoë – 10 € ✓');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
