import { Alert, Anchor, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { EndOfSupportNotice } from './EndOfSupportNotice.js';
import { EndProduct } from './EndProduct.js';
import { ProductData, ProductHistory } from './ProductDetailParts.js';
import { ProductEditForm } from './ProductEditForm.js';
import { PointsText, ProductStatus } from './ProductStatus.js';
import { productQueries } from './queries.js';

export function ProductDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const product = useQuery(productQueries.detail(id));
  const data = product.data;
  useDocumentTitle(data?.modelName || t('products.detail.title'));

  if (product.isPending) return <PageLoader />;
  if (product.isError || !data) {
    return (
      <Container size="md" py="xl">
        <ErrorAlert error={product.error} />
        <Anchor component={Link} to="/portal/products" mt="md" display="inline-block">
          ← {t('products.backToList')}
        </Anchor>
      </Container>
    );
  }

  const active = data.status === 'active';
  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <div>
          <Anchor component={Link} to="/portal/products" size="sm">
            ← {t('products.backToList')}
          </Anchor>
          <Title order={1} mt="xs">
            {data.modelName || t('products.unknownModel')}
          </Title>
          <Group gap="md" mt="xs">
            <ProductStatus complete={data.complete} missing={data.missing} status={data.status} />
            <Text fw={600} data-testid="product-points">
              <PointsText points={data.points} />
            </Text>
          </Group>
        </div>
        <EndOfSupportNotice endOfSupport={data.endOfSupport} />
        {!data.complete && active && (
          <Alert color="orange" variant="light" title={t('products.detail.incompleteTitle')}>
            <Text size="sm">{t('products.detail.incompleteText')}</Text>
            <Text size="sm" mt="xs">
              {t('products.bestEstimate')}
            </Text>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <ProductData data={data} />
          {active && <ProductEditForm data={data} />}
        </SimpleGrid>

        <ProductHistory data={data} />

        {active && <EndProduct data={data} />}
      </Stack>
    </Container>
  );
}
