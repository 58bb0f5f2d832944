/** Starts a scheduler with an hour's interval and nothing else: the process must still exit (timers are unref'd). */
import { pino } from 'pino';
import { createReminderScheduler } from '../../../src/reminders/reminder-scheduler.js';

createReminderScheduler({ intervalMs: 3_600_000, logger: pino({ level: 'silent' }), runPass: async () => {} }).start();
process.stdout.write('started\n');
