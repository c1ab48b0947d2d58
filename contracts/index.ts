export * from './accounts.js';
export * from './auth.js';
export * from './common.js';
export * from './legacy.js';
export * from './mailbox.js';
export * from './products.js';
export * from './programme.js';
export * from './registration.js';
