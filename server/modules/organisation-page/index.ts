export { organisationPageRoutes } from './organisation-page.routes.js';
export { createOrganisationPageService, type OrganisationPageService } from './organisation-page.service.js';
