/**
 * Modal submissions. The question app opens no modal of its own yet; the reminders module registers its
 * modal's view_submission here through its own register function (see src/slack/listeners/index.ts).
 */
import type { App } from '@slack/bolt';
import type { RegisteredNames, SlackDeps } from '../slack-deps.js';

export function registerViews(_app: App, _deps: SlackDeps): Partial<RegisteredNames> {
  return { views: [] };
}
