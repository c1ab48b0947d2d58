import { isIP } from 'node:net';

// The network side of the configuration: which proxies are believed (TRUST_PROXY) and whether a
// listen address (HOST) is reachable from other machines.

/** Fastify's trustProxy: a boolean, a hop count, or the addresses/CIDR ranges of trusted proxies. */
export type TrustProxy = boolean | number | string[];

/** TRUST_PROXY's text as a TrustProxy; undefined when it is none of the accepted forms. */
export function parseTrustProxy(value: string): TrustProxy | undefined {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    // 0 hops trusts no proxy: the same as false.
    return hops > 0 && hops <= 100 ? hops : hops === 0 ? false : undefined;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  const valid = entries.every((entry) => {
    const [address, prefix, ...rest] = entry.split('/');
    if (rest.length || !address) return false;
    const family = isIP(address);
    if (!family) return false;
    if (prefix === undefined) return true;
    return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
  });
  return valid && entries.length ? entries : undefined;
}

/**
 * TRUST_PROXY as Fastify's `trustProxy`. A hop count becomes "trust the nearest n addresses" (the
 * socket's peer is hop 0), as Express does it: Fastify itself trusts no hop for a bare number.
 */
export function fastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

/** Whether a listen address only takes connections from this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || /^::ffff:127\./.test(h);
}
