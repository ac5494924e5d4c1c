/**
 * The history import as a part of the background of its own (docs/architecture.md, "Loading code on
 * demand"): the start-up script asks for it on the import's first intent, its alarm, or a sign-in.
 */
import { createImportService, type ImportServices } from './import-service';
import { browserNetflixTabs } from './netflix-tabs';

export const importPart = {
  createImports: (services: Omit<ImportServices, 'tabs'>) =>
    createImportService({ ...services, tabs: browserNetflixTabs }),
};

export type ImportPart = typeof importPart;
