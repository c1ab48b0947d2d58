import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './client.js';
import { call } from './typed.js';

// The app's i18n needs a browser; the client only reads the language and two texts from it.
vi.mock('../i18n/i18n.js', () => ({ default: { language: 'en', t: (key: string) => key } }));

describe('the typed client', () => {
  it('answers the data of a successful answer', async () => {
    const data = { items: [1, 2] };
    await expect(call(Promise.resolve({ data, response: new Response(null, { status: 200 }) }))).resolves.toBe(data);
  });

  it('turns the one error shape into the ApiError the UI handles', async () => {
    const error = { error: { code: 'serial_taken', message: 'Taken', fields: { 'items.0.serialNumber': 'Taken' } } };
    const thrown = await call(Promise.resolve({ error, response: new Response(null, { status: 409 }) })).catch(
      (e: unknown) => e,
    );
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({ status: 409, code: 'serial_taken', message: 'Taken' });
    expect((thrown as ApiError).fields).toEqual({ 'items.0.serialNumber': 'Taken' });
  });

  it('reports an answer without the error shape, and a network failure, as ApiErrors too', async () => {
    const plain = await call(
      Promise.resolve({ error: 'Bad gateway', response: new Response(null, { status: 502 }) }),
    ).catch((e: unknown) => e);
    expect(plain).toMatchObject({ status: 502, code: 'http_502' });
    const network = await call(Promise.reject(new TypeError('Failed to fetch'))).catch((e: unknown) => e);
    expect(network).toBeInstanceOf(ApiError);
    expect(network).toMatchObject({ status: 0, code: 'network' });
  });
});
