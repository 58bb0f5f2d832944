/**
 * Every listener surface the app wires, in order. A new surface (the reminders module, say) adds its
 * register function here: main.ts and the manifest test pick it up from this list.
 */
import type { RegisterListeners } from '../slack-deps.js';
import { registerActions } from './actions.js';
import { registerChoices } from './choices.js';
import { registerCommands } from './commands.js';
import { registerEvents } from './events.js';
import { registerReminders } from './reminders.js';

export const LISTENERS: RegisterListeners[] = [
  registerCommands,
  registerEvents,
  registerActions,
  registerReminders,
  registerChoices,
];
