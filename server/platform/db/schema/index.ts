export * from './billing.js';
export * from './identity.js';
export * from './legacy.js';
export * from './mail.js';
export * from './membership.js';
export * from './products.js';
export * from './support.js';
export * from './verification.js';
