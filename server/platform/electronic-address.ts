// The electronic address rules live in contracts/ because the registration form applies them too
// (it asks for a Peppol id only where nothing else gives an address); the server reads them here.
export * from '../../contracts/electronic-address.js';
