/**
 * manifest.yml against the code: the slash commands and bot events it declares are exactly the ones the
 * listeners register, interactivity is on when actions are registered, and its bot scopes are exactly
 * what the Web API methods called in src/ (plus the events and commands) need.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { botScopes, COMMAND_SCOPE, EVENT_SCOPES, METHOD_SCOPES, PLANNED_SCOPES } from '../../src/slack/api-scopes.js';
import { mergeNames } from '../../src/slack/create-app.js';
import { OAUTH_REDIRECT_PATH } from '../../src/slack/create-receiver.js';
import { LISTENERS } from '../../src/slack/listeners/index.js';
import { testDeps } from './harness.js';

interface Manifest {
  display_information: { name: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: { command: string; description: string; usage_hint?: string }[];
  };
  oauth_config: { redirect_urls?: string[]; scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string; message_menu_options_url?: string };
    socket_mode_enabled: boolean;
    org_deploy_enabled?: boolean;
  };
}

const manifestText = await readFile(new URL('../../manifest.yml', import.meta.url), 'utf8');
const manifest = parse(manifestText) as Manifest;

async function registeredNames() {
  const app = new App({ token: 'xoxb-x', signingSecret: 'x', tokenVerificationEnabled: false });
  const deps = await testDeps();
  return mergeNames(LISTENERS.map((register) => register(app, deps)));
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
}

/** Web API methods the code calls: client.chat.postMessage(…), apiCall('chat.postMessage', …). */
async function calledMethods(): Promise<Set<string>> {
  const found = new Set<string>();
  for (const file of await sourceFiles(new URL('../../src', import.meta.url).pathname)) {
    const text = await readFile(file, 'utf8');
    for (const m of text.matchAll(/\bclient\.(\w+)\.(\w+)\(/g)) found.add(`${m[1]}.${m[2]}`);
    for (const m of text.matchAll(/\bclient\.(\w+)\.(\w+)\.(\w+)\(/g)) found.add(`${m[1]}.${m[2]}.${m[3]}`);
    for (const m of text.matchAll(/\bapiCall\(\s*['"]([\w.]+)['"]/g)) if (m[1]) found.add(m[1]);
  }
  return found;
}

const names = await registeredNames();

describe('manifest.yml', () => {
  it('declares exactly the slash commands the listeners register, each described with a usage hint', () => {
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual([...names.commands].sort());
    for (const c of manifest.features.slash_commands) {
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.usage_hint?.length).toBeGreaterThan(0);
    }
  });

  it('subscribes to exactly the bot events the listeners handle', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...names.events].sort());
  });

  it('turns interactivity on for the registered actions, and the Home and Messages tabs on', () => {
    expect(names.actions.length).toBeGreaterThan(0);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('says where the select options URL goes when a listener serves external select options', () => {
    expect(names.options.length).toBeGreaterThan(0);
    // Socket Mode (the manifest's default) needs no URL; the HTTP-mode instructions must name it.
    const url = manifest.settings.interactivity.message_menu_options_url;
    if (manifest.settings.socket_mode_enabled)
      expect(manifestText).toMatch(/#.*interactivity\.message_menu_options_url/);
    else expect(url).toMatch(/^https:\/\/.+\/slack\/events$/);
  });

  it('grants exactly the bot scopes the called methods, events and commands need', async () => {
    const called = await calledMethods();
    expect(called.has('chat.postMessage')).toBe(true); // the scan works
    const unknown = [...called].filter((m) => METHOD_SCOPES[m] === undefined);
    expect(unknown, 'add these methods to src/slack/api-scopes.ts').toEqual([]);
    const needed = new Set([
      ...[...called].flatMap((m) => METHOD_SCOPES[m] ?? []),
      ...manifest.settings.event_subscriptions.bot_events.flatMap((e) => EVENT_SCOPES[e] ?? ['(unknown event)']),
      ...(names.commands.length > 0 ? [COMMAND_SCOPE] : []),
    ]);
    const granted = new Set(manifest.oauth_config.scopes.bot);
    expect(
      [...needed].filter((s) => !granted.has(s)),
      'missing from manifest.yml',
    ).toEqual([]);
    const extra = [...granted].filter((s) => !needed.has(s) && PLANNED_SCOPES[s] === undefined);
    expect(extra, 'granted but not needed').toEqual([]);
    // A planned scope becomes a needed one once the code calls for it: then drop it from PLANNED_SCOPES.
    expect(
      Object.keys(PLANNED_SCOPES).filter((s) => needed.has(s)),
      'no longer planned',
    ).toEqual([]);
  });

  it('gives the OAuth redirect URL (a placeholder host) and asks in the install flow for exactly its scopes', () => {
    expect(manifest.oauth_config.redirect_urls).toEqual([
      expect.stringMatching(/^https:\/\/[^/]+\/slack\/oauth_redirect$/),
    ]);
    expect(manifest.oauth_config.redirect_urls?.[0]?.endsWith(OAUTH_REDIRECT_PATH)).toBe(true);
    expect(botScopes()).toEqual([...manifest.oauth_config.scopes.bot].sort());
    // Org-wide installs work in code but stay off until an operator turns them on (README).
    expect(manifest.settings.org_deploy_enabled).toBe(false);
  });

  it('keeps within the schema limits this project relies on', () => {
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.features.bot_user.display_name.length).toBeLessThanOrEqual(80);
    for (const c of manifest.features.slash_commands) {
      expect(c.command).toMatch(/^\/.{1,31}$/);
      expect(c.usage_hint?.length ?? 0).toBeLessThanOrEqual(1000);
    }
  });
});
