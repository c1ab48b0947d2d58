import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const env = (vars: Record<string, string>) => ({ DATA_DIR: mkdtempSync(join(tmpdir(), 'propass-config-')), ...vars });

function problems(vars: Record<string, string>): string[] {
  try {
    loadConfig(env(vars));
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('tracing configuration (OTEL_*)', () => {
  it('is off unless an OTLP endpoint is set, and off again with OTEL_SDK_DISABLED', () => {
    expect(loadConfig(env({})).telemetry).toBeUndefined();
    expect(
      loadConfig(env({ OTEL_SERVICE_NAME: 'shop', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' })).telemetry,
    ).toBeUndefined();
    expect(loadConfig(env({ OTEL_EXPORTER_OTLP_ENDPOINT: '' })).telemetry).toBeUndefined();
    expect(
      loadConfig(env({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' })).telemetry,
    ).toBeUndefined();
  });

  it('is on with either endpoint, the traces one first, as service propass unless named', () => {
    expect(loadConfig(env({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).telemetry).toEqual({
      endpoint: 'http://collector:4318',
      protocol: 'http/protobuf',
      serviceName: 'propass',
    });
    expect(
      loadConfig(
        env({
          OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
          OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example/v1/traces',
          OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc',
          OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
          OTEL_SERVICE_NAME: 'propass-eu',
        }),
      ).telemetry,
    ).toEqual({ endpoint: 'https://traces.example/v1/traces', protocol: 'http/json', serviceName: 'propass-eu' });
    expect(
      loadConfig(
        env({
          OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces',
          OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=prod,service.name=portal',
        }),
      ).telemetry?.serviceName,
    ).toBe('portal');
  });

  it('names every wrong tracing value on its own line', () => {
    const lines = problems({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'ftp://collector/v1/traces',
      OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http',
      OTEL_TRACES_SAMPLER: 'sometimes',
      OTEL_TRACES_SAMPLER_ARG: '1.5',
      OTEL_SDK_DISABLED: 'yes',
    });
    expect(lines.map((line) => line.split(':')[0]).sort()).toEqual([
      'OTEL_EXPORTER_OTLP_ENDPOINT',
      'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
      'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL',
      'OTEL_SDK_DISABLED',
      'OTEL_TRACES_SAMPLER',
      'OTEL_TRACES_SAMPLER_ARG',
    ]);
    expect(problems({ OTEL_TRACES_SAMPLER: 'always_on', OTEL_TRACES_SAMPLER_ARG: '0.1' })).toEqual([
      'OTEL_TRACES_SAMPLER_ARG: only used with OTEL_TRACES_SAMPLER=traceidratio or parentbased_traceidratio',
    ]);
    expect(
      problems({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
        OTEL_TRACES_SAMPLER_ARG: '0.25',
      }),
    ).toEqual([]);
  });
});
