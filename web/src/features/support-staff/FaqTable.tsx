import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { FaqArticle } from './queries.js';

/**
 * The articles of one language: a table on wide screens, a card per article on a phone (whether
 * it is published and its edit button stay in view).
 */
export function FaqTable({ items, onEdit }: { items: FaqArticle[]; onEdit(article: FaqArticle): void }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 48em)');
  if (narrow)
    return (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('supportStaff.faq.title')}>
        {items.map((article) => (
          <Paper key={article.id} component="li" withBorder p="xs" radius="sm" data-testid="faq-admin-row">
            <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={600}>
                  {article.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {article.position} · {t(`faq.category.${article.category}`)} ·{' '}
                  <Text span size="xs" ff="monospace">
                    {article.key}
                  </Text>
                </Text>
              </div>
              <PublishedBadge article={article} />
            </Group>
            <Group justify="flex-end" mt={4}>
              <EditButton article={article} onEdit={onEdit} />
            </Group>
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="xs" aria-label={t('supportStaff.faq.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('supportStaff.faq.category')}</Table.Th>
            <Table.Th ta="right">{t('supportStaff.faq.position')}</Table.Th>
            <Table.Th>{t('supportStaff.faq.articleTitle')}</Table.Th>
            <Table.Th>{t('supportStaff.faq.key')}</Table.Th>
            <Table.Th>{t('supportStaff.faq.published')}</Table.Th>
            <Table.Th>
              <span className="pp-visually-hidden">{t('common.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((article) => (
            <Table.Tr key={article.id} data-testid="faq-admin-row">
              <Table.Td>{t(`faq.category.${article.category}`)}</Table.Td>
              <Table.Td ta="right">{article.position}</Table.Td>
              <Table.Td>{article.title}</Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace">
                  {article.key}
                </Text>
              </Table.Td>
              <Table.Td>
                <PublishedBadge article={article} />
              </Table.Td>
              <Table.Td>
                <EditButton article={article} onEdit={onEdit} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PublishedBadge({ article }: { article: FaqArticle }) {
  const { t } = useTranslation();
  return (
    <Badge color={article.published ? 'green' : 'gray'} variant="light" size="sm" miw="max-content">
      {article.published ? t('supportStaff.faq.isPublished') : t('supportStaff.faq.draft')}
    </Badge>
  );
}

function EditButton({ article, onEdit }: { article: FaqArticle; onEdit(article: FaqArticle): void }) {
  const { t } = useTranslation();
  return (
    <Button
      size="xs"
      variant="default"
      onClick={() => onEdit(article)}
      aria-label={t('supportStaff.faq.editNamed', { title: article.title })}
    >
      {t('supportStaff.faq.edit')}
    </Button>
  );
}
