import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { DirectDebitTab } from './DirectDebitTab.js';
import { InvoicesTab } from './InvoicesTab.js';
import { PaymentsTab } from './PaymentsTab.js';
import { StatementsTab } from './StatementsTab.js';

export function FinancePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('finance.title'));
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('finance.title')}</Title>
        <Text c="dimmed">{t('finance.intro')}</Text>
      </div>
      <Tabs defaultValue="invoices" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="invoices">{t('finance.tabs.invoices')}</Tabs.Tab>
          <Tabs.Tab value="payments">{t('finance.tabs.payments')}</Tabs.Tab>
          <Tabs.Tab value="statements">{t('finance.tabs.statements')}</Tabs.Tab>
          <Tabs.Tab value="debit">{t('finance.tabs.debit')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="invoices" pt="md">
          <InvoicesTab />
        </Tabs.Panel>
        <Tabs.Panel value="payments" pt="md">
          <PaymentsTab />
        </Tabs.Panel>
        <Tabs.Panel value="statements" pt="md">
          <StatementsTab />
        </Tabs.Panel>
        <Tabs.Panel value="debit" pt="md">
          <DirectDebitTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
