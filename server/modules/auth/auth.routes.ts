import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ForgotPasswordInput,
  LoginInput,
  MeResponse,
  SessionUser,
  SetPasswordInput,
  TokenCheckResponse,
  UpdateLocaleInput,
} from '../../../contracts/auth.js';
import { Email, Ok } from '../../../contracts/common.js';
import { currentUser, requireUser } from '../../platform/auth/guards.js';
import type { AuthService, NewSession } from './auth.service.js';

export const SESSION_COOKIE = 'pp_session';

export type AuthRouteOptions = {
  secureCookies: boolean;
  /** Forgot password and resend both go through the flow that also knows pending applications. */
  forgotPassword: (email: string) => Promise<void>;
  /** Rate limit for password endpoints (per IP); tests lower the window. */
  passwordRateLimit: { max: number; timeWindow: number };
};

const ok = { ok: true as const };

export const authRoutes =
  (service: AuthService, options: AuthRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const meta = (request: FastifyRequest) => ({ ip: request.ip, userAgent: request.headers['user-agent'] ?? null });
    const setCookie = (reply: FastifyReply, session: NewSession) =>
      reply.setCookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: options.secureCookies,
        path: '/',
        expires: session.expiresAt,
      });
    const limited = { rateLimit: options.passwordRateLimit };

    app.get('/api/auth/me', { schema: { tags: ['auth'], response: { 200: MeResponse } } }, async (request) => ({
      user: request.user,
    }));

    app.post(
      '/api/auth/login',
      {
        config: limited,
        schema: { tags: ['auth'], body: LoginInput, response: { 200: z.object({ user: SessionUser }) } },
      },
      async (request, reply) => {
        const session = await service.login(request.body.email, request.body.password, meta(request));
        setCookie(reply, session);
        return { user: session.user };
      },
    );

    app.post('/api/auth/logout', { schema: { tags: ['auth'], response: { 200: Ok } } }, async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await service.logout(token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return ok;
    });

    app.post(
      '/api/auth/forgot-password',
      { config: limited, schema: { tags: ['auth'], body: ForgotPasswordInput, response: { 200: Ok } } },
      async (request) => {
        await options.forgotPassword(request.body.email);
        return ok;
      },
    );

    app.post(
      '/api/auth/resend-set-password',
      { config: limited, schema: { tags: ['auth'], body: z.object({ email: Email }), response: { 200: Ok } } },
      async (request) => {
        await options.forgotPassword(request.body.email);
        return ok;
      },
    );

    app.get(
      '/api/auth/token',
      {
        config: limited,
        schema: {
          tags: ['auth'],
          querystring: z.object({ token: z.string().max(200) }),
          response: { 200: TokenCheckResponse },
        },
      },
      async (request) => service.checkLinkToken(request.query.token),
    );

    app.post(
      '/api/auth/set-password',
      {
        config: limited,
        schema: { tags: ['auth'], body: SetPasswordInput, response: { 200: z.object({ user: SessionUser }) } },
      },
      async (request, reply) => {
        const session = await service.setPassword(request.body.token, request.body.password, meta(request));
        setCookie(reply, session);
        return { user: session.user };
      },
    );

    app.put(
      '/api/auth/locale',
      { preHandler: requireUser(), schema: { tags: ['auth'], body: UpdateLocaleInput, response: { 200: Ok } } },
      async (request) => {
        await service.updateLocale(currentUser(request), request.body.locale);
        return ok;
      },
    );
  };
