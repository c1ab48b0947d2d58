import { beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime();
  await rt.services.accounts.ensureFirstAdmin({ email: 'admin@example.test', password: 'Admin-password-123!' });
});

describe('HTTP platform', () => {
  it('answers malformed JSON with a translated 400', async () => {
    const res = await rt.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', 'accept-language': 'nl-NL,nl;q=0.9' },
      payload: '{"email":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: { code: 'invalid_json', message: 'De inhoud van het verzoek is geen geldige JSON.' },
    });
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const res = await rt.app.inject({ method: 'GET', url: '/api/does-not-exist' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('route_not_found');
  });

  it('answers an oversized body with 413 and no stack trace', async () => {
    const res = await rt.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@example.test', password: 'x'.repeat(400_000) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('reports field problems of a bad body, translated', async () => {
    const res = await rt.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { email: 'not-an-address', password: '' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields.email).toBe('Enter a valid e-mail address.');
    expect(body.error.fields.password).toBe('This field is required.');
  });

  it('serves health, readiness and the OpenAPI 3.1 document', async () => {
    expect((await rt.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await rt.app.inject('/readyz')).json()).toMatchObject({ status: 'ready' });
    const doc = (await rt.app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/registrations', '/api/staff/cases']),
    );
    expect((await rt.app.inject('/api/docs/')).statusCode).toBe(200);
  });

  it('sets security headers with a strict CSP and a request id', async () => {
    const res = await rt.app.inject('/api/meta');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('logs in with an HttpOnly SameSite=Lax cookie and refuses a cross-site write with that cookie', async () => {
    const login = await rt.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'admin@example.test', password: 'Admin-password-123!' },
    });
    expect(login.statusCode).toBe(200);
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/pp_session=[\w-]{40,}/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const cookie = setCookie.split(';')[0]!;

    const me = await rt.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json().user).toMatchObject({ email: 'admin@example.test', role: 'admin' });

    const forged = await rt.app.inject({
      method: 'PUT',
      url: '/api/auth/locale',
      headers: { cookie, origin: 'https://evil.example' },
      payload: { locale: 'nl' },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('csrf_rejected');
    const noOrigin = await rt.app.inject({
      method: 'PUT',
      url: '/api/auth/locale',
      headers: { cookie },
      payload: { locale: 'nl' },
    });
    expect(noOrigin.statusCode).toBe(403);

    const own = await rt.app.inject({
      method: 'PUT',
      url: '/api/auth/locale',
      headers: { cookie, origin: ORIGIN },
      payload: { locale: 'nl' },
    });
    expect(own.statusCode).toBe(200);

    const logout = await rt.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, origin: ORIGIN },
    });
    expect(logout.statusCode).toBe(200);
    const after = await rt.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(after.json().user).toBeNull();
  });

  it('locks an account after repeated failed log-ins, with the same answer for unknown addresses', async () => {
    const attempt = (email: string) =>
      rt.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'wrong-password' } });
    const unknown = await attempt('nobody@example.test');
    const known = await attempt('admin@example.test');
    expect(unknown.statusCode).toBe(401);
    expect(known.json()).toEqual(unknown.json());
    for (let i = 0; i < 9; i++) await attempt('admin@example.test');
    const locked = await rt.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'admin@example.test', password: 'Admin-password-123!' },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('account_locked');
  });
});
