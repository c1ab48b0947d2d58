import { z } from 'zod';

/**
 * Tracing: on when an OTLP endpoint is configured. The OpenTelemetry SDK reads the OTEL_* variables
 * itself (headers, time-outs, resource attributes…); these are the ones checked at start, so a typo
 * stops the process with the others instead of silently exporting nothing.
 */
export type TelemetryConfig = {
  /** Where spans go (the traces endpoint, or the base endpoint the exporter adds `/v1/traces` to). */
  endpoint: string;
  protocol: 'http/protobuf' | 'http/json' | 'grpc';
  serviceName: string;
};

const text = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined);
const url = text.refine((v) => v === undefined || (URL.canParse(v) && /^https?:$/.test(new URL(v).protocol)), {
  message: 'must be an http:// or https:// URL',
});
const protocol = z
  .enum(['http/protobuf', 'http/json', 'grpc'], { message: 'must be http/protobuf, http/json or grpc' })
  .optional();
const SAMPLERS = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
] as const;

/** The telemetry variables (part of the environment schema in `config.ts`). */
export const TelemetryEnv = {
  OTEL_SDK_DISABLED: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .optional()
    .transform((v) => v === 'true'),
  OTEL_EXPORTER_OTLP_ENDPOINT: url,
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: url,
  OTEL_EXPORTER_OTLP_PROTOCOL: protocol,
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: protocol,
  OTEL_SERVICE_NAME: text,
  OTEL_TRACES_SAMPLER: z.enum(SAMPLERS, { message: `must be one of ${SAMPLERS.join(', ')}` }).optional(),
  OTEL_TRACES_SAMPLER_ARG: text.refine((v) => v === undefined || (/^\d*\.?\d+$/.test(v) && Number(v) <= 1), {
    message: 'must be a sampling ratio between 0 and 1 (such as 0.1)',
  }),
};

type TelemetryVars = z.output<z.ZodObject<typeof TelemetryEnv>>;

/** The tracing set-up, or undefined when no endpoint is configured (nothing is loaded then). */
export function telemetryConfig(
  e: TelemetryVars,
  env: NodeJS.ProcessEnv,
  problems: string[],
): TelemetryConfig | undefined {
  const endpoint = e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? e.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (e.OTEL_TRACES_SAMPLER_ARG !== undefined && !e.OTEL_TRACES_SAMPLER?.endsWith('traceidratio'))
    problems.push(
      'OTEL_TRACES_SAMPLER_ARG: only used with OTEL_TRACES_SAMPLER=traceidratio or parentbased_traceidratio',
    );
  if (!endpoint || e.OTEL_SDK_DISABLED) return undefined;
  // A service name among OTEL_RESOURCE_ATTRIBUTES is the operator's choice too; ours is only the default.
  const fromResource = /(?:^|,)\s*service\.name\s*=\s*([^,]+)/.exec(env.OTEL_RESOURCE_ATTRIBUTES ?? '')?.[1]?.trim();
  return {
    endpoint,
    protocol: e.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? e.OTEL_EXPORTER_OTLP_PROTOCOL ?? 'http/protobuf',
    serviceName: e.OTEL_SERVICE_NAME ?? fromResource ?? 'propass',
  };
}
