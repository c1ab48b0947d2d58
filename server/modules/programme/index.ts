export { programmeRoutes } from './programme.routes.js';
export { createProgrammeService, type ProgrammeService } from './programme.service.js';
