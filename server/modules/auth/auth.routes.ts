import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ChangePasswordInput,
  ChangePasswordResponse,
  ForgotPasswordInput,
  LoginInput,
  LoginResponse,
  MeResponse,
  SessionUser,
  SetPasswordInput,
  TokenCheckResponse,
  TwoStepConfirmInput,
  TwoStepConfirmResponse,
  TwoStepLoginInput,
  TwoStepSetupResponse,
  UpdateLocaleInput,
} from '../../../contracts/auth.js';
import { Email, IdParam, Ok } from '../../../contracts/common.js';
import { currentUser, requireSession, requireUser } from '../../platform/auth/guards.js';
import type { AuthService, NewSession, TwoStepChallenge } from './auth.service.js';

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
    /** A session gets its cookie; a two-step challenge goes back for the code. */
    const answer = (reply: FastifyReply, result: NewSession | TwoStepChallenge) => {
      if ('challenge' in result) return { twoStep: { challenge: result.challenge } };
      setCookie(reply, result);
      return { user: result.user };
    };

    app.get('/api/auth/me', { schema: { tags: ['auth'], response: { 200: MeResponse } } }, async (request) => ({
      user: request.user,
    }));

    app.post(
      '/api/auth/login',
      {
        config: limited,
        schema: { tags: ['auth'], body: LoginInput, response: { 200: LoginResponse } },
      },
      async (request, reply) =>
        answer(reply, await service.login(request.body.email, request.body.password, meta(request))),
    );

    app.post(
      '/api/auth/login/two-step',
      {
        config: limited,
        schema: { tags: ['auth'], body: TwoStepLoginInput, response: { 200: z.object({ user: SessionUser }) } },
      },
      async (request, reply) => {
        const session = await service.loginTwoStep(request.body.challenge, request.body.code, meta(request));
        setCookie(reply, session);
        return { user: session.user };
      },
    );

    app.post(
      '/api/auth/two-step/setup',
      { preHandler: requireSession(), schema: { tags: ['auth'], response: { 200: TwoStepSetupResponse } } },
      async (request) => service.setupTwoStep(currentUser(request)),
    );

    app.post(
      '/api/auth/two-step/confirm',
      {
        config: limited,
        preHandler: requireSession(),
        schema: { tags: ['auth'], body: TwoStepConfirmInput, response: { 200: TwoStepConfirmResponse } },
      },
      async (request) => service.confirmTwoStep(currentUser(request), request.body.code, meta(request)),
    );

    app.delete(
      '/api/admin/staff/:id/two-step',
      { preHandler: requireUser('admin'), schema: { tags: ['staff'], params: IdParam, response: { 200: Ok } } },
      async (request) => {
        await service.resetTwoStep(currentUser(request), request.params.id, meta(request));
        return ok;
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
        schema: { tags: ['auth'], body: SetPasswordInput, response: { 200: LoginResponse } },
      },
      async (request, reply) =>
        answer(reply, await service.setPassword(request.body.token, request.body.password, meta(request))),
    );

    app.post(
      '/api/auth/password',
      {
        config: limited,
        preHandler: requireSession(),
        schema: { tags: ['auth'], body: ChangePasswordInput, response: { 200: ChangePasswordResponse } },
      },
      async (request) =>
        service.changePassword(
          currentUser(request),
          request.cookies[SESSION_COOKIE] ?? '',
          request.body,
          meta(request),
        ),
    );

    app.put(
      '/api/auth/locale',
      { preHandler: requireSession(), schema: { tags: ['auth'], body: UpdateLocaleInput, response: { 200: Ok } } },
      async (request) => {
        await service.updateLocale(currentUser(request), request.body.locale);
        return ok;
      },
    );
  };
