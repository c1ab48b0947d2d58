export * from './port.js';
export { createViesRegistry, type ViesOptions } from './vies.js';
export { startViesStandIn, type ViesStandIn } from './vies-stand-in.js';
