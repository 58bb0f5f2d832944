/** Bolt's InstallationStore over the installation service (the OAuth callback writes, authorize reads). */
import type { InstallationStore } from '@slack/bolt';
import type { InstallationService } from './create-installation-service.js';
import { withoutRefreshTokens } from './create-installation-service.js';
import { workspaceOfQuery } from './installation-key.js';

export function createInstallationStore(service: InstallationService): InstallationStore {
  return {
    async storeInstallation(installation) {
      await service.install(installation);
    },
    fetchInstallation: async (query) => withoutRefreshTokens(await service.fetch(query)),
    async deleteInstallation(query) {
      await service.removeBot(workspaceOfQuery(query), 'deleted');
    },
  };
}
