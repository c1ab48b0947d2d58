import { Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { accountKeys, accountQueries, accountRequests } from './queries.js';

/**
 * Where the organisation's e-invoices are delivered (its Peppol participant id): every user sees it,
 * the Superuser changes it. Empty goes back to the address derived from the VAT or register number.
 */
export function EInvoicingSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = useQuery(accountQueries.eInvoicing());
  const [value, setValue] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const sending = useRef(false);

  const save = useMutation({
    mutationFn: accountRequests.setEInvoicing,
    onSuccess: (data) => {
      queryClient.setQueryData(accountKeys.eInvoicing, data);
      setValue(null);
    },
    onError: (error) => {
      if (error instanceof ApiError) setFieldError(error.fields?.electronicAddress ?? null);
    },
    onSettled: () => {
      sending.current = false;
    },
  });

  if (!current.data) return current.error ? <ErrorAlert error={current.error} /> : null;
  const address = current.data;
  const shown = value ?? (address.own ? (address.electronicAddress ?? '') : '');

  return (
    <Stack gap="sm">
      <Text size="sm">{t('account.eInvoicing.intro')}</Text>
      {address.electronicAddress ? (
        <Text size="sm" data-testid="e-invoicing-address">
          {t(address.own ? 'account.eInvoicing.own' : 'account.eInvoicing.derived')}{' '}
          <Code>{address.electronicAddress}</Code>
        </Text>
      ) : (
        <Alert color="orange" data-testid="e-invoicing-address">
          {t('account.eInvoicing.none')}
        </Alert>
      )}
      {canEdit && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (sending.current) return;
            sending.current = true;
            setFieldError(null);
            save.mutate(shown);
          }}
        >
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('account.eInvoicing.field')}
              description={t('account.eInvoicing.fieldHelp')}
              placeholder="0106:12345678"
              value={shown}
              onChange={(event) => setValue(event.currentTarget.value)}
              error={fieldError}
              style={{ flex: 1, minWidth: 220 }}
            />
            <Button type="submit" loading={save.isPending}>
              {t('account.eInvoicing.save')}
            </Button>
          </Group>
        </form>
      )}
      {save.isSuccess && value === null && (
        <Text size="sm" c="green.9" role="status">
          {t('account.eInvoicing.saved')}
        </Text>
      )}
    </Stack>
  );
}
