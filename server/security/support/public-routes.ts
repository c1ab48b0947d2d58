/**
 * Routes without a guard, reviewed one by one. A route that has no `requireUser`/`requireSession`
 * preHandler and is not here fails the test: new routes are guarded unless someone decides otherwise.
 */
export const PUBLIC_ROUTES: Record<string, string> = {
  'GET /api/openapi.json': 'the API description; it names routes and shapes, never data',
  'GET /api/docs': 'the API reference page (static, third party), reads /api/openapi.json',
  'GET /api/docs/': 'the API reference page (static, third party)',
  'GET /api/docs/js/scalar.js': "the API reference page's script (static)",
  'GET /healthz': 'liveness probe for the load balancer; answers no data',
  'GET /readyz': 'readiness probe (database reachable); answers the engine name only',
  'GET /metrics':
    'Prometheus metrics: its own bearer token (METRICS_TOKEN, 401 without), 404 when unset; counts and timings, no personal data',
  'GET /api/meta': 'country, document-kind and reason lists the public registration form needs',
  'GET /api/auth/me': 'answers the session user, or null without a session (the web app asks before log-in)',
  'POST /api/auth/login': 'log-in itself (rate-limited per IP, account lockout)',
  'POST /api/auth/login/two-step': 'second log-in step; the challenge token from the password step is the credential',
  'POST /api/auth/logout': 'ends the caller’s own session, if any',
  'POST /api/auth/forgot-password': 'answers the same for known and unknown addresses (rate-limited)',
  'POST /api/auth/resend-set-password': 'answers the same for known and unknown addresses (rate-limited)',
  'GET /api/auth/token': 'checks a set-password link; the token is the credential',
  'POST /api/auth/set-password': 'sets a password with a single-use link token; the token is the credential',
  'POST /api/registrations': 'the public Business-account application (rate-limited per IP)',
  'GET /api/registrations/status': 'application status page; the status token from the e-mail is the credential',
  'POST /api/registrations/more-info': 'documents asked for by a validator; the link token is the credential',
  'GET /api/billing/test-provider/:sessionId':
    'the built-in TEST MODE payment page (never with PAYMENT_PROVIDER=stripe); the session id is the credential',
  'POST /api/billing/test-provider/:sessionId': 'the TEST MODE payment page’s outcome; signed internally, see webhook',
  'POST /api/billing/webhooks/test':
    "the payment provider's webhook; its signature over the raw body is the credential",
  'POST /api/support/contact': 'the public contact form (rate-limited per IP)',
  'GET /api/faq': 'the public FAQ',
  'GET /api/faq/:key': 'one public FAQ article',
  'GET /api/dev/mailbox': 'development mailbox: not registered in production (config.devMailbox)',
  'GET /api/dev/mailbox/:id': 'development mailbox: not registered in production (config.devMailbox)',
  'GET /api/dev/mailbox/:id/attachments/:index': 'development mailbox: not registered in production',
  'GET /api/dev/clock': 'development clock: not registered in production (config.devTools)',
  'POST /api/dev/clock': 'development clock: not registered in production (config.devTools)',
  'POST /api/dev/daily-run': 'development tool: not registered in production (config.devTools)',
};
