import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Which documents prove the organisation, for the VAT answer given. */
export function DocumentRules({ vatRegistered }: { vatRegistered: boolean | null }) {
  const { t } = useTranslation();
  if (vatRegistered === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('registration.documents.chooseVatFirst')}
      </Text>
    );
  }
  if (vatRegistered) {
    return <Text size="sm">{t('registration.documents.vatRule')}</Text>;
  }
  return (
    <div>
      <Text size="sm">{t('registration.documents.noVatRule')}</Text>
      <List size="sm" mt={4}>
        <List.Item>{t('documentKind.company_invoice')}</List.Item>
        <List.Item>{t('documentKind.business_licence')}</List.Item>
        <List.Item>{t('documentKind.chamber_extract')}</List.Item>
      </List>
    </div>
  );
}
