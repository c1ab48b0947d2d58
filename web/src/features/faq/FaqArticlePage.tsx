import { Anchor, Badge, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { faqLocale, useFaqArticle } from './api.js';
import { AskSupport, FaqBody, useFaqBase } from './FaqParts.js';

export function FaqArticlePage() {
  const { t, i18n } = useTranslation();
  const base = useFaqBase();
  const { key = '' } = useParams();
  const article = useFaqArticle(key, faqLocale(i18n.language));
  useDocumentTitle(article.data?.title ?? t('faq.title'));
  const notFound = article.error instanceof ApiError && article.error.status === 404;

  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <Anchor component={Link} to={base} size="sm">
          ← {t('faq.backToList')}
        </Anchor>
        {article.isPending && <PageLoader />}
        {notFound && (
          <Stack gap="xs">
            <Title order={1}>{t('faq.notFound')}</Title>
            <Text>{t('faq.notFoundText')}</Text>
          </Stack>
        )}
        {article.isError && !notFound && <ErrorAlert error={article.error} />}
        {article.data && (
          <Paper withBorder radius="md" p="lg" component="article" aria-labelledby="faq-article-title">
            <Badge variant="light" mb="xs">
              {t(`faq.category.${article.data.category}`)}
            </Badge>
            <Title order={1} id="faq-article-title" mb="md">
              {article.data.title}
            </Title>
            <FaqBody body={article.data.body} />
          </Paper>
        )}
        <AskSupport />
      </Stack>
    </Container>
  );
}
