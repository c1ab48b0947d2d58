import {
  Alert,
  Anchor,
  Badge,
  Grid,
  Group,
  Paper,
  ScrollArea,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMeta } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { useFormat } from '../../shared/i18n/format.js';
import { mailboxQueries } from './queries.js';

const APP_PATHS = /^\/(set-password|application\/status|login|register|forgot-password|portal|back-office)(\/|$)/;

/**
 * Links to this app open inside it, also when the mail was written with another public address
 * (for example the development server on another port); anything else stays as it is.
 */
function inAppPath(link: string): string | null {
  try {
    const url = new URL(link, window.location.origin);
    if (url.origin === window.location.origin || APP_PATHS.test(url.pathname)) {
      return url.pathname + url.search + url.hash;
    }
    return null;
  } catch {
    return null;
  }
}

export function DevMailboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const meta = useMeta();
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('id');
  useDocumentTitle(t('mailbox.title'));
  const enabled = meta.data?.devMailbox === true;
  const list = useQuery(mailboxQueries.list(enabled));
  const message = useQuery(mailboxQueries.message(selectedId ?? '', enabled && !!selectedId));

  if (meta.isPending) return <PageLoader />;
  if (!enabled) {
    return (
      <Stack p="xl" maw={720} mx="auto">
        <Title order={1}>{t('mailbox.title')}</Title>
        <Alert color="gray">{t('mailbox.disabled')}</Alert>
      </Stack>
    );
  }
  const items = [...(list.data?.items ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <Stack p="md" gap="md" maw={1400} mx="auto">
      <Alert color="yellow" variant="filled" role="note" title={t('mailbox.bannerTitle')}>
        {t('mailbox.banner')}
      </Alert>
      <Title order={1}>{t('mailbox.title')}</Title>
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder radius="md" component="section" aria-labelledby="mailbox-list-title">
            <Group justify="space-between" p="sm">
              <Title order={2} size="h5" id="mailbox-list-title">
                {t('mailbox.messages', { count: items.length })}
              </Title>
              <Text size="xs" c="dimmed">
                {t('mailbox.autoRefresh')}
              </Text>
            </Group>
            {list.isError && <ErrorAlert error={list.error} />}
            <ScrollArea.Autosize mah="75vh">
              <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {items.length === 0 && (
                  <Text c="dimmed" p="sm" component="li">
                    {t('mailbox.empty')}
                  </Text>
                )}
                {items.map((item) => (
                  <li key={item.id}>
                    <UnstyledButton
                      w="100%"
                      p="sm"
                      onClick={() => setParams({ id: item.id }, { replace: true })}
                      aria-current={item.id === selectedId ? 'true' : undefined}
                      style={{
                        borderTop: '1px solid var(--mantine-color-gray-3)',
                        background: item.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined,
                      }}
                      data-testid="mailbox-item"
                    >
                      <Text size="sm" fw={600} lineClamp={2}>
                        {item.subject}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('mailbox.to')} {item.to} · {format.dateTime(item.createdAt)}
                      </Text>
                      <Badge size="xs" variant="light" color={item.status === 'sent' ? 'green' : 'gray'}>
                        {item.status}
                      </Badge>
                    </UnstyledButton>
                  </li>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder radius="md" p="md" component="section" aria-label={t('mailbox.message')}>
            {!selectedId && <Text c="dimmed">{t('mailbox.select')}</Text>}
            {selectedId && message.isPending && <PageLoader />}
            {message.isError && <ErrorAlert error={message.error} />}
            {message.data && (
              <Stack gap="sm">
                <Title order={2} size="h4" data-testid="mail-subject">
                  {message.data.subject}
                </Title>
                <Text size="sm">
                  {t('mailbox.to')} <strong>{message.data.to}</strong> · {format.dateTime(message.data.createdAt)} ·{' '}
                  {message.data.template}
                </Text>
                {message.data.links.length > 0 && (
                  <div>
                    <Text size="sm" fw={600}>
                      {t('mailbox.links')}
                    </Text>
                    <Stack gap={2} component="ul" style={{ margin: 0, paddingLeft: '1.25rem' }}>
                      {message.data.links.map((link) => {
                        const path = inAppPath(link);
                        return (
                          <li key={link}>
                            {path ? (
                              <Anchor
                                component={Link}
                                to={path}
                                size="sm"
                                style={{ wordBreak: 'break-all' }}
                                data-testid="mail-link"
                              >
                                {link}
                              </Anchor>
                            ) : (
                              <Anchor href={link} size="sm" style={{ wordBreak: 'break-all' }} data-testid="mail-link">
                                {link}
                              </Anchor>
                            )}
                          </li>
                        );
                      })}
                    </Stack>
                  </div>
                )}
                {message.data.attachments.length > 0 && (
                  <div>
                    <Text size="sm" fw={600}>
                      {t('mailbox.attachments')}
                    </Text>
                    <Stack gap={2} component="ul" style={{ margin: 0, paddingLeft: '1.25rem' }}>
                      {message.data.attachments.map((a) => (
                        <li key={a.index}>
                          <Anchor
                            href={`/api/dev/mailbox/${message.data.id}/attachments/${a.index}`}
                            size="sm"
                            data-testid="mail-attachment"
                          >
                            {a.filename}
                          </Anchor>{' '}
                          <Text span size="xs" c="dimmed">
                            {a.contentType}
                          </Text>
                        </li>
                      ))}
                    </Stack>
                  </div>
                )}
                <iframe
                  title={t('mailbox.htmlTitle', { subject: message.data.subject })}
                  sandbox=""
                  srcDoc={message.data.html}
                  className="pp-mail-frame"
                />
                <details>
                  <summary>{t('mailbox.plainText')}</summary>
                  <pre style={{ whiteSpace: 'pre-wrap', fontSize: 13 }}>{message.data.text}</pre>
                </details>
              </Stack>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
