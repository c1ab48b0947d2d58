import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatMoney } from './api.js';

type SummaryMembership = {
  membershipNumber: string;
  previousMembershipNumber: string | null;
  tierName: string;
  startsOn: string;
  endsOn: string;
};

/**
 * What a purchase bought, as its confirmation and the card payment's result page show it: the
 * membership number (and the previous one when it changed), level, validity, total and payment
 * method; `children` adds rows of the page's own.
 */
export function PurchaseSummary({
  membership,
  showPreviousNumber,
  totalMinor,
  currency,
  paymentMethod,
  children,
}: {
  membership: SummaryMembership | null | undefined;
  showPreviousNumber: boolean;
  totalMinor: number;
  currency: string;
  paymentMethod: string;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {membership && (
        <>
          <Text size="sm" c="dimmed" fw={700} tt="uppercase">
            {t('membership.done.number')}
          </Text>
          <Text fz={32} fw={800} ff="monospace" data-testid="new-membership-number">
            {membership.membershipNumber}
          </Text>
          {showPreviousNumber && membership.previousMembershipNumber && (
            <Text mt="xs" data-testid="number-changed">
              {t('membership.done.numberChanged', { number: membership.previousMembershipNumber })}
            </Text>
          )}
        </>
      )}
      <Table mt="md" verticalSpacing="xs">
        <Table.Tbody>
          {membership && (
            <>
              <Table.Tr>
                <Table.Th fw={600}>{t('membership.done.level')}</Table.Th>
                <Table.Td>{membership.tierName}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th fw={600}>{t('membership.done.validity')}</Table.Th>
                <Table.Td>
                  {t('membership.current.validityValue', {
                    from: formatDay(membership.startsOn, i18n.language),
                    to: formatDay(membership.endsOn, i18n.language),
                  })}
                </Table.Td>
              </Table.Tr>
            </>
          )}
          <Table.Tr>
            <Table.Th fw={600}>{t('membership.done.total')}</Table.Th>
            <Table.Td data-testid="done-total">{formatMoney(totalMinor, currency, i18n.language)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th fw={600}>{t('membership.done.paymentMethod')}</Table.Th>
            <Table.Td>{t(`membership.checkout.method.${paymentMethod}`)}</Table.Td>
          </Table.Tr>
          {children}
        </Table.Tbody>
      </Table>
    </>
  );
}
