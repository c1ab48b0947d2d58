/** Presentation of audit entries: action labels, shortened IDs, the detail object as pairs. */

type Labels = { [key: string]: string | Labels };

/** Where the action labels live: `audit.action.<area>.<name>`, nested like the codes. */
export const ACTION_LABELS_KEY = 'audit.action';

/** The translated label of an action code such as `staff.invited` in `labels`, or null when unknown. */
export function actionLabel(labels: unknown, code: string): string | null {
  let node: unknown = labels;
  for (const part of code.split('.')) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, part)) return null;
    node = (node as Labels)[part];
  }
  return typeof node === 'string' ? node : null;
}

/** The filter's choices: every action, by its label (the raw code when there is none), sorted. */
export function actionOptions(
  labels: unknown,
  codes: readonly string[],
  language: string,
): { value: string; label: string }[] {
  return [...new Set(codes)]
    .map((code) => ({ value: code, label: actionLabel(labels, code) ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
}

/** A UUID as its first 8 characters; other long IDs cut at 10. The full ID goes in a tooltip. */
export function shortId(id: string): string {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return `${id.slice(0, 8)}…`;
  return id.length > 12 ? `${id.slice(0, 10)}…` : id;
}

const MAX_VALUE = 80;

/** The detail object as `key: value` pairs; nested values as compact JSON, long ones cut (`full` keeps all). */
export function detailPairs(detail: Record<string, unknown>): { key: string; value: string; full: string }[] {
  return Object.entries(detail).map(([key, raw]) => {
    const full =
      raw === null || raw === undefined
        ? '—'
        : typeof raw === 'string'
          ? raw
          : typeof raw === 'number' || typeof raw === 'boolean'
            ? String(raw)
            : Array.isArray(raw) && raw.every((item) => item === null || typeof item !== 'object')
              ? raw.map(String).join(', ')
              : JSON.stringify(raw);
    return { key, value: full.length > MAX_VALUE ? `${full.slice(0, MAX_VALUE - 1)}…` : full, full };
  });
}

/** Date and time to the second, in the UI language (an audit entry's moment). */
export function auditTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}
