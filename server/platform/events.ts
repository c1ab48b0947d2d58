/**
 * Facts a module announces without knowing who listens: how a lower module tells one created after
 * it that something happened (billing: an order was paid) without a port that calls forward into a
 * module that does not exist yet. The subscriptions are made in a flow (`server/flows/`) once both
 * modules exist, so the flow is the one place that knows both. `publish` awaits each subscriber in
 * turn, as a direct call would; a fact nobody subscribed to is dropped.
 */
export type DomainEvents<E extends Record<string, object>> = {
  publish<K extends keyof E>(name: K, payload: E[K]): Promise<void>;
  subscribe<K extends keyof E>(name: K, handler: (payload: E[K]) => Promise<void>): void;
};

export function createDomainEvents<E extends Record<string, object>>(): DomainEvents<E> {
  const handlers = new Map<keyof E, ((payload: never) => Promise<void>)[]>();
  return {
    async publish(name, payload) {
      for (const handler of handlers.get(name) ?? []) await (handler as (p: typeof payload) => Promise<void>)(payload);
    },
    subscribe(name, handler) {
      handlers.set(name, [...(handlers.get(name) ?? []), handler as (payload: never) => Promise<void>]);
    },
  };
}
