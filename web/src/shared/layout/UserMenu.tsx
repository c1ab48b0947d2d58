import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { accountPathFor, isStaff, TWO_STEP_PATH, useLogout } from '../api/session.js';
import { LANGUAGE_NAMES, type SessionUser } from '../contracts.js';
import { UI_LANGUAGES } from '../i18n/i18n.js';
import { useChangeLanguage } from '../i18n/useLanguage.js';

/** Name, language switch, My account, two-step verification (staff) and log-out of the logged-in user. */
export function UserMenu({ user, dark = false }: { user: SessionUser; dark?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout(() => navigate('/login', { replace: true }));
  const { language, change } = useChangeLanguage();
  const name = `${user.firstName} ${user.lastName}`.trim() || user.email;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant={dark ? 'white' : 'default'}
          color={dark ? 'dark' : undefined}
          size="sm"
          aria-label={t('userMenu.open', { name })}
          rightSection={<span aria-hidden="true">▾</span>}
        >
          {name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark">
            {name}
          </Text>
          <Text size="xs" c="dimmed">
            {user.email} · {t(`role.${user.role}`)}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Label>{t('language.label')}</Menu.Label>
        {UI_LANGUAGES.map((code) => (
          <Menu.Item
            key={code}
            onClick={() => void change(code)}
            aria-current={code === language ? 'true' : undefined}
            leftSection={<span aria-hidden="true">{code === language ? '✓' : ' '}</span>}
            lang={code}
          >
            {LANGUAGE_NAMES[code]}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item component={Link} to={accountPathFor(user)}>
          {t('account.menu')}
        </Menu.Item>
        {isStaff(user) && (
          <Menu.Item component={Link} to={TWO_STEP_PATH}>
            {t('twoStep.menu')}
          </Menu.Item>
        )}
        <Menu.Item color="red" onClick={() => logout.mutate()}>
          {t('auth.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
