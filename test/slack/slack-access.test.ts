import { afterEach, describe, expect, it } from 'vitest';
import { createSlackApp } from '../../src/slack/create-app.js';
import { SlackAccessError } from '../../src/slack/slack-access-error.js';
import { type SlackStandIn, startSlackStandIn } from '../support/slack-stand-in.js';
import { SIGNING_SECRET, testDeps } from './harness.js';

const deps = testDeps;

describe('tokens Slack refuses stop the start, naming the variable', () => {
  let standIn: SlackStandIn | undefined;
  afterEach(async () => standIn?.close());

  it('SLACK_BOT_TOKEN refused by auth.test', async () => {
    standIn = await startSlackStandIn();
    standIn.on('auth.test', () => ({ body: { ok: false, error: 'invalid_auth' } }));
    const slack = createSlackApp(
      {
        botToken: 'xoxb-revoked',
        mode: { kind: 'http', signingSecret: SIGNING_SECRET },
        port: 0,
        slackApiUrl: standIn.apiUrl,
      },
      await deps(),
    );
    const started = slack.start();
    await expect(started).rejects.toThrow(SlackAccessError);
    await expect(started).rejects.toThrow(/SLACK_BOT_TOKEN was refused by Slack \(invalid_auth\)/);
  });

  it('SLACK_APP_TOKEN refused by apps.connections.open; the health port is released', async () => {
    standIn = await startSlackStandIn();
    standIn.on('apps.connections.open', () => ({ body: { ok: false, error: 'invalid_auth' } }));
    const slack = createSlackApp(
      {
        botToken: 'xoxb-fine',
        mode: { kind: 'socket', appToken: 'xapp-1-revoked', signingSecret: undefined },
        port: 0,
        slackApiUrl: standIn.apiUrl,
      },
      await deps(),
    );
    await expect(slack.start()).rejects.toThrow(/SLACK_APP_TOKEN was refused by Slack \(invalid_auth\)/);
  });

  it('Slack unreachable: says which URL did not answer', async () => {
    standIn = await startSlackStandIn();
    const apiUrl = standIn.apiUrl;
    await standIn.close();
    standIn = undefined;
    const slack = createSlackApp(
      { botToken: 'xoxb-fine', mode: { kind: 'http', signingSecret: SIGNING_SECRET }, port: 0, slackApiUrl: apiUrl },
      await deps(),
    );
    await expect(slack.start()).rejects.toThrow(`SLACK_BOT_TOKEN could not be checked: Slack's Web API at ${apiUrl}`);
  });
});
