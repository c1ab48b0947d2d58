export { programmeRoutes } from './programme.routes.js';
export { createProgrammeService, nextTier, type ProgrammeService } from './programme.service.js';
