import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One section of the registration form: a titled, labelled region. */
export function FormSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper component="section" withBorder p="lg" radius="md" aria-labelledby={`${id}-title`}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={`${id}-title`}>
            {title}
          </Title>
          {intro && (
            <Text size="sm" c="dimmed" mt={4}>
              {intro}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

/** A numbered step of the company questions (the number read out too). */
export function Step({ n, children }: { n: number; children: ReactNode }) {
  return (
    <>
      <span className="pp-step-number" aria-hidden="true">
        {n}
      </span>
      <span className="pp-visually-hidden">{`${n}. `}</span>
      {children}
    </>
  );
}
