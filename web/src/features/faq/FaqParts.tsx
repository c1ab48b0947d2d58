import { Anchor, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { isStaff, useMe } from '../../shared/api/session.js';

/** The FAQ lives both publicly (/faq) and inside the portal (/portal/faq) so the portal bar stays. */
export function useFaqBase(): string {
  return useLocation().pathname.startsWith('/portal/') ? '/portal/faq' : '/faq';
}

/** Answers are plain text; blank lines separate paragraphs. */
export function FaqBody({ body }: { body: string }) {
  let offset = 0;
  const paragraphs = body.split(/\n\s*\n/).map((text) => {
    const at = offset;
    offset += text.length + 1;
    return { text, at };
  });
  return (
    <>
      {paragraphs.map((paragraph) => (
        <Text key={paragraph.at} mb="xs" style={{ whiteSpace: 'pre-line' }}>
          {paragraph.text}
        </Text>
      ))}
    </>
  );
}

/** Where to ask when the FAQ does not answer: the portal's support for customers, else the contact form. */
export function AskSupport() {
  const { t } = useTranslation();
  const user = useMe().data?.user;
  const customer = user && !isStaff(user);
  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <Text fw={600}>{t('faq.notAnswered')}</Text>
      <Text size="sm">
        {customer ? t('faq.askSupportText') : t('faq.contactText')}{' '}
        <Anchor component={Link} to={customer ? '/portal/support/new' : '/contact'}>
          {customer ? t('faq.askSupport') : t('faq.contact')}
        </Anchor>
      </Text>
    </Paper>
  );
}
