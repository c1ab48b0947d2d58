import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { fullName, type StaffMember } from './queries.js';

type Props = {
  items: StaffMember[];
  /** The signed-in admin: they cannot remove themselves or reset their own two-step verification. */
  meId: string | undefined;
  onRemove(member: StaffMember): void;
  onResetTwoStep(member: StaffMember): void;
};

/** The staff: a table on wide screens, a card per person on a phone (status and actions in view). */
export function StaffTable(props: Props) {
  const narrow = useMediaQuery('(max-width: 48em)');
  const { t } = useTranslation();
  const { items } = props;
  if (narrow)
    return (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((member) => (
          <Paper key={member.id} component="li" withBorder p="xs" radius="sm">
            <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={600}>
                  {fullName(member)}
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {member.email}
                </Text>
                <Text size="xs">{t(`role.${member.role}`)}</Text>
              </div>
              <StatusBadge member={member} />
            </Group>
            <Group justify="space-between" gap="xs" mt={4}>
              <TwoStep member={member} {...props} />
              <RemoveButton member={member} {...props} />
            </Group>
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('colleagues.name')}</Table.Th>
            <Table.Th>{t('auth.email')}</Table.Th>
            <Table.Th>{t('colleagues.role')}</Table.Th>
            <Table.Th>{t('colleagues.status')}</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('twoStep.staff.column')}</Table.Th>
            <Table.Th>
              <span className="pp-visually-hidden">{t('common.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td>{fullName(member)}</Table.Td>
              <Table.Td>{member.email}</Table.Td>
              <Table.Td>{t(`role.${member.role}`)}</Table.Td>
              <Table.Td>
                <StatusBadge member={member} />
              </Table.Td>
              <Table.Td>
                <TwoStep member={member} {...props} />
              </Table.Td>
              <Table.Td>
                <RemoveButton member={member} {...props} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function StatusBadge({ member }: { member: StaffMember }) {
  const { t } = useTranslation();
  return (
    <Badge color={member.status === 'active' ? 'green' : 'gray'} variant="light" miw="max-content">
      {t(`colleagues.statuses.${member.status}`)}
    </Badge>
  );
}

/** Whether two-step verification is on, and the reset for someone else who lost their phone. */
function TwoStep({ member, meId, onResetTwoStep }: Props & { member: StaffMember }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Badge color={member.twoStep ? 'green' : 'gray'} variant="light" miw="max-content" data-testid="two-step-badge">
        {t(member.twoStep ? 'twoStep.staff.on' : 'twoStep.staff.off')}
      </Badge>
      {member.twoStep && member.id !== meId && (
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => onResetTwoStep(member)}
          aria-label={t('twoStep.staff.resetNamed', { name: fullName(member) })}
        >
          {t('twoStep.staff.reset')}
        </Button>
      )}
    </Group>
  );
}

function RemoveButton({ member, meId, onRemove }: Props & { member: StaffMember }) {
  const { t } = useTranslation();
  if (member.id === meId) return null;
  return (
    <Button
      size="xs"
      variant="subtle"
      color="red"
      onClick={() => onRemove(member)}
      aria-label={t('colleagues.removeNamed', { name: fullName(member) })}
    >
      {t('colleagues.remove')}
    </Button>
  );
}
