import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { LanguageSelect } from '../../shared/components/LanguageSelect.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { LANGUAGE_NAMES, type Locale } from '../../shared/contracts.js';
import { currentLanguage, serverLocale } from '../../shared/i18n/i18n.js';
import { FaqEditor } from './FaqEditor.js';
import { FaqTable } from './FaqTable.js';
import { type FaqArticle, supportStaffQueries } from './queries.js';

export function FaqAdminPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('supportStaff.faq.title'));
  const [locale, setLocale] = useState<Locale>(serverLocale(currentLanguage()));
  const [editing, setEditing] = useState<FaqArticle | 'new' | null>(null);
  const list = useQuery(supportStaffQueries.faq(locale));
  const items = list.data?.items ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1}>{t('supportStaff.faq.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('supportStaff.faq.explain')}
          </Text>
        </div>
        <Button onClick={() => setEditing('new')}>{t('supportStaff.faq.new')}</Button>
      </Group>
      <div>
        <LanguageSelect label={t('supportStaff.faq.language')} value={locale} onChange={setLocale} />
      </div>
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && items.length === 0 && (
        <Alert color="gray" variant="light">
          {t('supportStaff.faq.empty')}
        </Alert>
      )}
      {items.length > 0 && <FaqTable items={items} onEdit={setEditing} />}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing === 'new'
            ? t('supportStaff.faq.newTitle', { language: LANGUAGE_NAMES[locale] })
            : t('supportStaff.faq.editTitle', { language: LANGUAGE_NAMES[locale] })
        }
        size="lg"
      >
        {editing !== null && (
          <FaqEditor
            key={editing === 'new' ? 'new' : editing.id}
            locale={locale}
            article={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
