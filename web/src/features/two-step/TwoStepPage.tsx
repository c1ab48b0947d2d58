import { Alert, Anchor, Button, Code, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { ApiError } from '../../shared/api/client.js';
import { useMe, useSetSessionUser } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import type { TwoStepConfirmResponse, TwoStepSetupResponse } from '../../shared/contracts.js';
import { twoStepRequests } from './queries.js';
import { RecoveryCodes } from './RecoveryCodes.js';

type Setup = z.infer<typeof TwoStepSetupResponse>;
type Confirmed = z.infer<typeof TwoStepConfirmResponse>;

/** The secret in blocks of four characters, for typing it into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/**
 * A staff member's two-step verification: its state, setting it up with an authenticator app
 * (QR code or key, then a first code) and the recovery codes, shown once.
 */
export function TwoStepPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const setSessionUser = useSetSessionUser();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  useDocumentTitle(t('twoStep.title'));

  const start = useMutation({
    mutationFn: twoStepRequests.setup,
    onSuccess: setSetup,
  });

  const user = me.data?.user;
  if (!user) return <PageLoader />;

  const header = (
    <div>
      <Title order={1}>{t('twoStep.title')}</Title>
      <Text c="dimmed">{t('twoStep.setup.intro')}</Text>
    </div>
  );

  if (recoveryCodes) {
    return (
      <Stack gap="lg" maw={720}>
        {header}
        <RecoveryCodes codes={recoveryCodes} email={user.email} onDone={() => navigate('/back-office')} />
      </Stack>
    );
  }

  if (user.twoStep === 'on') {
    return (
      <Stack gap="lg" maw={720}>
        {header}
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="two-step-on-title">
          <Stack gap="sm">
            <Title order={2} size="h4" id="two-step-on-title" c="green.9">
              <span aria-hidden="true">✓ </span>
              {t('twoStep.on.title')}
            </Title>
            <Text>{t('twoStep.on.text')}</Text>
            <Text>{t('twoStep.on.lost')}</Text>
          </Stack>
        </Paper>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={720}>
      {header}
      {user.twoStep === 'setup_required' && (
        <Alert color="yellow" role="status">
          {t('twoStep.setup.required')}
        </Alert>
      )}
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="two-step-setup-title">
        <Stack gap="md">
          <Title order={2} size="h4" id="two-step-setup-title">
            {t('twoStep.setup.start')}
          </Title>
          <Text>{t('twoStep.setup.apps')}</Text>
          {!setup && (
            <Group>
              <Button onClick={() => start.mutate()} loading={start.isPending}>
                {t('twoStep.setup.start')}
              </Button>
            </Group>
          )}
          {start.isError && <ErrorAlert error={start.error} />}
          {setup && (
            <SetupSteps
              setup={setup}
              renewing={start.isPending}
              onRenew={() => start.mutate()}
              onConfirmed={(confirmed) => {
                setRecoveryCodes(confirmed.recoveryCodes);
                setSessionUser(confirmed.user);
              }}
            />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

function StepNumber({ n }: { n: number }) {
  return (
    <>
      <span className="pp-step-number" aria-hidden="true">
        {n}
      </span>
      <span className="pp-visually-hidden">{`${n}. `}</span>
    </>
  );
}

function SetupSteps({
  setup,
  renewing,
  onRenew,
  onConfirmed,
}: {
  setup: Setup;
  renewing: boolean;
  onRenew: () => void;
  onConfirmed: (confirmed: Confirmed) => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const confirm = useMutation({
    mutationFn: twoStepRequests.confirm,
    onSuccess: onConfirmed,
    onError: (error) => {
      if (error instanceof ApiError && error.fields.code) setCodeError(error.fields.code);
      input.current?.select();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = code.replace(/\s+/g, '');
    if (!/^\d{6}$/.test(typed)) {
      setCodeError(typed ? t('twoStep.setup.codeSix') : t('validation.required'));
      input.current?.focus();
      return;
    }
    setCodeError(null);
    confirm.mutate(typed);
  };
  const otherError =
    confirm.isError && !(confirm.error instanceof ApiError && confirm.error.fields.code) ? confirm.error : null;

  return (
    <Stack gap="md">
      <Text fw={600}>
        <StepNumber n={1} />
        {t('twoStep.setup.scan')}
      </Text>
      <Paper withBorder p="xs" radius="sm" bg="white" w="fit-content">
        <img
          src={`data:image/svg+xml;utf8,${encodeURIComponent(setup.qrSvg)}`}
          alt={t('twoStep.setup.qrAlt')}
          width={200}
          height={200}
          style={{ display: 'block' }}
        />
      </Paper>
      <div>
        <Text size="sm" mb={4}>
          {t('twoStep.setup.manual')}
        </Text>
        <Group gap="sm">
          <Code fz="md" data-testid="two-step-secret" style={{ wordSpacing: '0.25em' }}>
            {groupSecret(setup.secret)}
          </Code>
          <CopyButton value={setup.secret}>
            {({ copied, copy }) => (
              <Button size="xs" variant="default" onClick={copy}>
                {copied ? t('twoStep.setup.copied') : t('twoStep.setup.copyKey')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </div>
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Text fw={600}>
            <StepNumber n={2} />
            {t('twoStep.setup.enterCode')}
          </Text>
          <Group align="flex-start" gap="sm">
            <TextInput
              ref={input}
              label={t('twoStep.setup.code')}
              value={code}
              onChange={(event) => {
                setCode(event.currentTarget.value);
                setCodeError(null);
              }}
              autoComplete="one-time-code"
              inputMode="numeric"
              maxLength={7}
              required
              error={codeError}
              w={220}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.15em' } }}
            />
            <Button type="submit" loading={confirm.isPending} mt={25}>
              {t('twoStep.setup.confirm')}
            </Button>
          </Group>
          {otherError && <ErrorAlert error={otherError} />}
        </Stack>
      </form>
      <Group>
        <Anchor
          component="button"
          type="button"
          size="sm"
          disabled={renewing}
          onClick={() => {
            setCode('');
            setCodeError(null);
            confirm.reset();
            onRenew();
          }}
        >
          {t('twoStep.setup.newKey')}
        </Anchor>
      </Group>
    </Stack>
  );
}
