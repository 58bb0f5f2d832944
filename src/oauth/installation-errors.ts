import type { WorkspaceRef } from '../reminders/reminder-types.js';

/** No installation for the workspace (never installed, or uninstalled). */
export class NotInstalledError extends Error {
  readonly code = 'not_installed';
  constructor(readonly workspace: WorkspaceRef) {
    super(`certdesk is not installed in workspace ${describeWorkspace(workspace)}`);
    this.name = 'NotInstalledError';
  }
}

/** Another process held the workspace's token refresh for too long. */
export class RefreshBusyError extends Error {
  readonly code = 'token_refresh_busy';
  constructor(readonly workspace: WorkspaceRef) {
    super(`another process is refreshing the token of ${describeWorkspace(workspace)}; gave up waiting`);
    this.name = 'RefreshBusyError';
  }
}

export function describeWorkspace(ws: WorkspaceRef): string {
  if (ws.team === '') return `organization ${ws.enterprise}`;
  return ws.enterprise ? `${ws.team} (${ws.enterprise})` : ws.team;
}
