import { Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';

const SECTIONS = ['who', 'validation', 'account', 'products', 'data'] as const;

/** The terms the registration's declaration accepts; opened from the form in a new tab. */
export function TermsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('terms.title'));
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <Title order={1}>{t('terms.title')}</Title>
        <Text>{t('terms.intro')}</Text>
        {SECTIONS.map((key) => (
          <section key={key} aria-labelledby={`terms-${key}`}>
            <Title order={2} size="h4" id={`terms-${key}`}>
              {t(`terms.sections.${key}.title`)}
            </Title>
            <Text mt={4}>{t(`terms.sections.${key}.text`)}</Text>
          </section>
        ))}
      </Stack>
    </Container>
  );
}
