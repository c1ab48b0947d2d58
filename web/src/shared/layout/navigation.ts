import type { SessionUser } from '../contracts.js';

/** One entry of a navigation bar; `visible` hides it from users who may not use it. */
export type NavItem = {
  to: string;
  /** i18n key of the label. */
  label: string;
  end?: boolean;
  visible?: (user: SessionUser) => boolean;
};

export function visibleItems(items: readonly NavItem[], user: SessionUser | null | undefined): NavItem[] {
  if (!user) return [];
  return items.filter((item) => !item.visible || item.visible(user));
}
