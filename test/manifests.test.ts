import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { askCommand } from '../src/core/faq/faq-commands.js';
import { sessionsCommand } from '../src/core/academy/academy-commands.js';
import { spellingsOf } from '../src/core/commands/registry.js';
import { groupsCommand, joinCommand } from '../src/core/groups/group-commands.js';
import { helpCommand } from '../src/core/help/help-command.js';
import { tasksCommand } from '../src/core/interventions/intervention-commands.js';
import { langCommand, whoamiCommand } from '../src/core/people/account-commands.js';
import { pollCommand } from '../src/core/polls/poll-commands.js';
import { WORKFLOW_STEP } from '../src/platforms/slack/workflow-steps.js';
import {
  buildPackage,
  languageFilesOf,
  localizableStrings,
  readTeamsSources,
  renderManifest,
  TEAMS_LOCALIZATION_SCHEMA_URL,
  validateLocalization,
  validateManifest,
  type TeamsManifest,
} from '../src/tasks/teams-package.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = promisify(execFile);

const APP_ID = '6b65696e-6f00-4b00-8000-000000000001';
const DOMAIN = 'keino.example.fi';
const vars = { MICROSOFT_APP_ID: APP_ID, KEINO_DOMAIN: DOMAIN };

type Json = any;
type Rgba = [r: number, g: number, b: number, a: number];

/** A minimal PNG reader (8-bit RGB/RGBA, no interlace): enough to check the icons' pixels. */
function decodePng(bytes: Uint8Array): { width: number; height: number; colorType: number; pixels: Rgba[] } {
  const buf = Buffer.from(bytes);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = -1;
  const idat: Buffer[] = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('latin1', offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8); // bit depth
      colorType = data[9]!;
      expect(data[12]).toBe(0); // no interlace
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    offset += 12 + length;
  }
  expect([2, 6]).toContain(colorType);
  const channels = colorType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= channels ? out[y * stride + x - channels]! : 0;
      const up = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const upLeft = y > 0 && x >= channels ? out[(y - 1) * stride + x - channels]! : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      out[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  const pixels: Rgba[] = [];
  for (let i = 0; i < out.length; i += channels) {
    pixels.push([out[i]!, out[i + 1]!, out[i + 2]!, channels === 4 ? out[i + 3]! : 255]);
  }
  return { width, height, colorType, pixels };
}

describe('Teams app manifest', () => {
  const { template, files } = readTeamsSources();
  const raw = JSON.parse(template) as Json;

  it('keeps the placeholders in the committed template', () => {
    expect(raw.id).toBe('{{MICROSOFT_APP_ID}}');
    expect(raw.bots[0].botId).toBe('{{MICROSOFT_APP_ID}}');
    expect(raw.validDomains).toContain('{{KEINO_DOMAIN}}');
    // The template itself is not a valid manifest: the placeholders are not GUIDs.
    expect(validateManifest(raw).length).toBeGreaterThan(0);
  });

  it('targets a schema version (1.19 or newer) that ships in @microsoft/app-manifest', () => {
    const version = raw.manifestVersion as string;
    expect(raw.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
    const [major, minor] = version.split('.').map(Number);
    expect(major).toBe(1);
    expect(minor).toBeGreaterThanOrEqual(19);
    const schemaFile = path.join(root, 'node_modules/@microsoft/app-manifest/build/json-schemas/teams', `v${version}`, 'MicrosoftTeams.schema.json');
    expect(existsSync(schemaFile)).toBe(true);
  });

  it('validates against the Microsoft schema once the placeholders are filled', () => {
    const manifest = renderManifest(template, vars);
    expect(validateManifest(manifest)).toEqual([]);
    expect(manifest.id).toBe(APP_ID);
    expect((manifest as Json).bots[0].botId).toBe(APP_ID);
    expect(manifest.validDomains).toEqual([DOMAIN]);
    expect((manifest as Json).developer.privacyUrl).toBe(`https://${DOMAIN}/privacy`);
    expect(JSON.stringify(manifest)).not.toContain('{{');
  });

  it('rejects broken manifests', () => {
    const manifest = renderManifest(template, vars) as Json;

    const noBotId = structuredClone(manifest);
    delete noBotId.bots[0].botId;
    expect(validateManifest(noBotId).join('\n')).toMatch(/botId/);

    const badVersion = { ...structuredClone(manifest), manifestVersion: '1.99' };
    expect(validateManifest(badVersion).join('\n')).toMatch(/manifestVersion/);

    const badId = { ...structuredClone(manifest), id: 'not-a-guid' };
    expect(validateManifest(badId).join('\n')).toMatch(/\/id/);

    const longName = { ...structuredClone(manifest), name: { short: 'K'.repeat(31) } };
    expect(validateManifest(longName).join('\n')).toMatch(/name\/short/);

    const unknownField = { ...structuredClone(manifest), keinoExtra: true };
    expect(validateManifest(unknownField).join('\n')).toMatch(/keinoExtra/);
  });

  it('refuses to render without a value for a placeholder', () => {
    expect(() => renderManifest(template, { KEINO_DOMAIN: DOMAIN })).toThrow(/MICROSOFT_APP_ID/);
    expect(() => renderManifest(template, { MICROSOFT_APP_ID: APP_ID, KEINO_DOMAIN: '' })).toThrow(/KEINO_DOMAIN/);
  });

  /** The commands of each command list, in order: each title must be a spelling Keino understands, in the list's language. */
  const MAIN_COMMANDS = [helpCommand, groupsCommand, joinCommand, sessionsCommand, tasksCommand, askCommand, pollCommand, langCommand, whoamiCommand];

  it('declares a conversational bot in all three scopes with a command list for each, in Finnish', () => {
    const bot = raw.bots[0];
    expect(bot.scopes).toEqual(expect.arrayContaining(['personal', 'team', 'groupChat']));
    expect(bot.supportsFiles).toBe(true);
    expect(bot.isNotificationOnly).toBe(false);
    for (const scope of ['personal', 'team', 'groupChat']) {
      const list = bot.commandLists.find((l: Json) => l.scopes.includes(scope));
      expect(list, scope).toBeDefined();
      // The default language is Finnish: each title is the command's Finnish name.
      expect(list.commands.map((c: Json) => c.title)).toEqual(MAIN_COMMANDS.map((command) => command.alias));
      expect(list.commands.length).toBeLessThanOrEqual(10);
      for (const command of list.commands) {
        // Teams' limits for bot commands: title 32, description 128 characters.
        expect(command.title.length).toBeLessThanOrEqual(32);
        expect(command.description.length).toBeLessThanOrEqual(128);
      }
    }
  });

  describe('in Finnish, Swedish and English', () => {
    const manifest = renderManifest(template, vars);
    const languages = languageFilesOf(manifest);
    const fileOf = (name: string): Json => JSON.parse(Buffer.from(files[name]!).toString('utf8'));

    it('is Finnish by default with Swedish and English files', () => {
      expect((manifest as Json).localizationInfo.defaultLanguageTag).toBe('fi');
      expect(languages).toEqual([
        { languageTag: 'sv', file: 'sv.json' },
        { languageTag: 'en', file: 'en.json' },
      ]);
      expect((manifest as Json).name.full).toMatch(/osaamiskeskus/);
      expect((manifest as Json).description.short).toMatch(/Kehittäjäryhmät/);
    });

    it("validates every language file against Microsoft's localisation schema and the manifest", () => {
      for (const { file } of languages) {
        const translated = fileOf(file);
        expect(translated.$schema).toBe(TEAMS_LOCALIZATION_SCHEMA_URL);
        expect(validateLocalization(manifest, translated), file).toEqual([]);
        // Every string Teams shows is there, translated (not the Finnish one left in place).
        const strings = localizableStrings(manifest);
        expect(
          Object.keys(translated)
            .filter((key) => key !== '$schema')
            .sort(),
        ).toEqual([...strings.keys()].sort());
        for (const [key, finnish] of strings) {
          if (key !== 'name.short') expect(translated[key], `${file} ${key}`).not.toBe(finnish);
        }
      }
    });

    it('gives every command list title as a command Keino understands in that language', () => {
      const spelled = (title: string, command: (typeof MAIN_COMMANDS)[number]) => spellingsOf(command).includes(title.toLowerCase());
      for (const [name, titleOf] of [
        ['fi', (list: number, index: number) => (manifest as Json).bots[0].commandLists[list].commands[index].title],
        ...languages.map(
          ({ file }) => [file, (list: number, index: number) => fileOf(file)[`bots[0].commandLists[${list}].commands[${index}].title`]] as const,
        ),
      ] as const) {
        for (let list = 0; list < 3; list++) {
          MAIN_COMMANDS.forEach((command, index) => {
            expect(spelled(titleOf(list, index), command), `${name} list ${list}: ${titleOf(list, index)} is ${command.name}`).toBe(true);
          });
        }
      }
      expect(fileOf('sv.json')['bots[0].commandLists[0].commands[0].title']).toBe('hjälp');
      expect(fileOf('en.json')['bots[0].commandLists[0].commands[0].title']).toBe('help');
    });

    it('refuses a language file that breaks the schema, misses a string or names one the manifest lacks', () => {
      const sv = fileOf('sv.json');
      const { 'bots[0].commandLists[2].commands[8].description': _gone, ...missing } = sv;
      expect(validateLocalization(manifest, missing).join('\n')).toMatch(/commandLists\[2\]\.commands\[8\]\.description is not translated/);
      expect(validateLocalization(manifest, { ...sv, 'bots[0].commandLists[0].commands[9].title': 'extra' }).join('\n')).toMatch(
        /not a string of the manifest/,
      );
      expect(validateLocalization(manifest, { ...sv, 'name.short': 'K'.repeat(31) }).join('\n')).toMatch(/name\.short/);
      expect(validateLocalization(manifest, { ...sv, 'bots[0].commandLists[0].commands[0].description': 'x'.repeat(129) }).join('\n')).toMatch(/128/);
      // The schema itself: an unknown key and a key shape Microsoft does not define.
      expect(validateLocalization(manifest, { ...sv, keinoExtra: 'x' }).join('\n')).toMatch(/keinoExtra/);
      expect(validateLocalization(manifest, { ...sv, 'bots[1].commandLists[0].commands[0].title': 'x' }).join('\n')).toMatch(/bots\[1\]/);
      expect(validateLocalization(manifest, { ...sv, $schema: TEAMS_LOCALIZATION_SCHEMA_URL.replace('1.22', '1.5') }).join('\n')).toMatch(/\$schema/);
    });

    it('refuses to package without a language file or with a broken one', async () => {
      const { 'sv.json': _sv, ...withoutSwedish } = files;
      await expect(buildPackage({ manifest, files: withoutSwedish })).rejects.toThrow(/sv\.json/);
      const broken = { ...files, 'en.json': Buffer.from(JSON.stringify({ ...fileOf('en.json'), 'name.full': '' })) };
      await expect(buildPackage({ manifest, files: broken })).rejects.toThrow(/en\.json/);
    });
  });

  it('packages manifest.json, the two icons and the language files at the root of the zip', async () => {
    const manifest = renderManifest(template, vars);
    const bytes = await buildPackage({ manifest, files });
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.values(zip.files)
      .filter((entry) => !entry.dir)
      .map((entry) => entry.name)
      .sort();
    expect(names).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png', 'sv.json']);
    expect(await zip.file('sv.json')!.async('uint8array')).toEqual(new Uint8Array(files['sv.json']!));

    const packed = JSON.parse(await zip.file('manifest.json')!.async('string')) as TeamsManifest;
    expect(packed).toEqual(manifest);
    expect(validateManifest(packed)).toEqual([]);

    const color = decodePng(await zip.file('color.png')!.async('uint8array'));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(color.pixels.every(([, , , a]) => a === 255)).toBe(true); // full colour, opaque
    expect(new Set(color.pixels.map((p) => p.join(','))).size).toBeGreaterThan(1);

    const outline = decodePng(await zip.file('outline.png')!.async('uint8array'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(outline.colorType).toBe(6);
    // Only white and transparency, as Teams requires of the outline icon.
    expect(outline.pixels.filter(([r, g, b, a]) => a > 0 && (r !== 255 || g !== 255 || b !== 255))).toEqual([]);
    expect(outline.pixels.some(([, , , a]) => a === 0)).toBe(true);
    expect(outline.pixels.some(([, , , a]) => a === 255)).toBe(true);
  });

  it('refuses icons of the wrong size', async () => {
    const manifest = renderManifest(template, vars);
    const swapped = { ...files, 'color.png': files['outline.png']!, 'outline.png': files['color.png']! };
    await expect(buildPackage({ manifest, files: swapped })).rejects.toThrow(/192/);
  });

  describe('npm run teams:package', () => {
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    const script = path.join(root, 'src/tasks/teams-package.ts');
    const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir() };

    it('fails with a one-line message naming the missing variable', async () => {
      const failure = await run(tsx, [script], { cwd: root, env: { ...baseEnv, KEINO_DOMAIN: DOMAIN } }).then(
        () => undefined,
        (error: { code?: number; stderr?: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stderr?.trim().split('\n')).toHaveLength(1);
      expect(failure?.stderr).toMatch(/MICROSOFT_APP_ID/);

      const noDomain = await run(tsx, [script], { cwd: root, env: { ...baseEnv, MICROSOFT_APP_ID: APP_ID } }).then(
        () => undefined,
        (error: { code?: number; stderr?: string }) => error,
      );
      expect(noDomain?.code).toBe(1);
      expect(noDomain?.stderr).toMatch(/KEINO_DOMAIN/);
    }, 60_000);

    it('writes a valid package when both variables are set', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'keino-teams-'));
      try {
        const out = path.join(dir, 'teams-app.zip');
        await run(tsx, [script, out], { cwd: root, env: { ...baseEnv, MICROSOFT_APP_ID: APP_ID, KEINO_DOMAIN: DOMAIN } });
        const zip = await JSZip.loadAsync(readFileSync(out));
        const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Json;
        expect(manifest.id).toBe(APP_ID);
        expect(manifest.validDomains).toEqual([DOMAIN]);
        expect(manifest.localizationInfo.additionalLanguages.map((entry: Json) => entry.file)).toEqual(['sv.json', 'en.json']);
        expect(JSON.parse(await zip.file('sv.json')!.async('string'))['name.short']).toBe('Keino');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  });
});

describe('Slack app manifest', () => {
  const manifest = parseYaml(readFileSync(path.join(root, 'manifests/slack/manifest.yaml'), 'utf8')) as Json;

  const EXPECTED_BOT_SCOPES = [
    'commands',
    'chat:write',
    'channels:join',
    'im:write',
    'im:history',
    'app_mentions:read',
    'users:read',
    'users:read.email',
    'channels:read',
    'channels:manage',
    'groups:write',
    'files:write',
    'files:read',
  ];

  it('is a version 1 manifest for the Keino bot user', () => {
    expect(manifest._metadata.major_version).toBe(1);
    expect(manifest.display_information.name).toBe('Keino');
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.features.bot_user).toMatchObject({ display_name: 'Keino', always_online: true });
    expect(manifest.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
  });

  it('has the /keino slash command', () => {
    const commands = manifest.features.slash_commands as Json[];
    expect(commands.map((c) => c.command)).toEqual(['/keino']);
    expect(commands[0].description).toBeTruthy();
    expect(commands[0].usage_hint).toBeTruthy();
  });

  it('sends every request to /slack/events', () => {
    const urls: string[] = [];
    const collect = (value: unknown, key?: string): void => {
      if (typeof value === 'string' && (key === 'url' || key === 'request_url')) urls.push(value);
      else if (Array.isArray(value)) for (const item of value) collect(item);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k);
    };
    collect(manifest);
    expect(urls).toHaveLength(3); // slash command, interactivity, event subscriptions
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\/[^/]+\/slack\/events$/);
    }
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('asks for exactly the bot scopes Keino uses', () => {
    const scopes = manifest.oauth_config.scopes.bot as string[];
    expect([...scopes].sort()).toEqual([...EXPECTED_BOT_SCOPES].sort());
    expect(new Set(scopes).size).toBe(scopes.length);
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
  });

  it('subscribes to the events Keino handles, each covered by a scope', () => {
    const events = manifest.settings.event_subscriptions.bot_events as string[];
    expect([...events].sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'app_uninstalled',
      'file_shared',
      'function_executed',
      'message.im',
      'tokens_revoked',
    ]);
    const scopes = manifest.oauth_config.scopes.bot as string[];
    const needs: Record<string, string | undefined> = {
      app_mention: 'app_mentions:read',
      'message.im': 'im:history',
      file_shared: 'files:read',
      app_home_opened: undefined,
      // https://docs.slack.dev/reference/events/function_executed/: "No scopes required".
      function_executed: undefined,
      // "No scopes required" (https://api.slack.com/events/tokens_revoked, https://api.slack.com/events/app_uninstalled).
      app_uninstalled: undefined,
      tokens_revoked: undefined,
    };
    for (const event of events) {
      const scope = needs[event];
      if (scope) expect(scopes, event).toContain(scope);
    }
  });

  it('runs over HTTP by default, not Socket Mode; org-ready, as custom workflow steps require', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    // https://docs.slack.dev/tools/bolt-js/tutorials/custom-steps: "The app must opt-in to org-ready apps".
    expect(manifest.settings.org_deploy_enabled).toBe(true);
    expect(manifest.settings.function_runtime).toBe('remote');
  });

  it('declares each Workflow Builder step Keino listens for, with typed inputs and outputs', () => {
    const functions = manifest.functions as Record<string, Json>;
    expect(Object.keys(functions).sort()).toEqual(Object.values(WORKFLOW_STEP).sort());
    // https://docs.slack.dev/reference/app-manifest: a function's title, description, input_parameters, output_parameters.
    const types = new Set(['string', 'integer', 'number', 'boolean', 'array', 'slack#/types/user_id', 'slack#/types/channel_id']);
    for (const [callbackId, definition] of Object.entries(functions)) {
      expect(definition.title, callbackId).toBeTruthy();
      for (const parameters of [definition.input_parameters, definition.output_parameters]) {
        expect(Object.keys(parameters).length, callbackId).toBeGreaterThan(0);
        for (const [name, parameter] of Object.entries(parameters as Record<string, Json>)) {
          expect(types, `${callbackId}.${name}`).toContain(parameter.type);
          expect(parameter.name).toBe(name);
          expect(parameter.title).toBeTruthy();
          if (parameter.type === 'array') expect(types).toContain(parameter.items.type);
        }
      }
    }
    expect(functions.keino_create_poll.input_parameters.channel.type).toBe('slack#/types/channel_id');
    expect(Object.keys(functions.keino_create_poll.output_parameters)).toEqual(['poll_id', 'message_link']);
    expect(functions.keino_register_for_session.input_parameters.person.type).toBe('slack#/types/user_id');
  });
});

describe('payload fixtures', () => {
  const fixture = (name: string): Json => JSON.parse(readFileSync(path.join(root, 'test/fixtures', name), 'utf8'));

  it('Slack fixtures have the shapes the adapter expects', () => {
    const slash = fixture('slack/slash-command.json');
    expect(Object.values(slash).every((v) => typeof v === 'string')).toBe(true);
    expect(slash).toMatchObject({ command: '/keino', text: 'help', team_id: 'T0KEINO', user_id: 'U0ALICE' });
    expect(fixture('slack/block-actions.json').actions[0]).toMatchObject({ type: 'button' });
    expect(fixture('slack/view-submission.json').view.state.values).toBeTruthy();
    for (const [name, type] of [
      ['event-app-mention', 'app_mention'],
      ['event-message-im', 'message'],
      ['event-app-home-opened', 'app_home_opened'],
      ['event-app-uninstalled', 'app_uninstalled'],
      ['event-tokens-revoked', 'tokens_revoked'],
    ] as const) {
      const envelope = fixture(`slack/${name}.json`);
      expect(envelope.type).toBe('event_callback');
      expect(envelope.event.type).toBe(type);
      expect(envelope.event_id).toMatch(/^Ev/);
    }
    expect(fixture('slack/users-info.json').user.profile.email).toMatch(/@/);
  });

  it('Teams fixtures are msteams activities addressed to the same bot', () => {
    const names = ['message-personal', 'message-channel-mention', 'invoke-adaptive-card-action', 'conversation-update-install'];
    const bots = new Set<string>();
    for (const name of names) {
      const activity = fixture(`teams/${name}.json`);
      expect(activity.channelId).toBe('msteams');
      expect(activity.serviceUrl).toBe('http://127.0.0.1:0/');
      expect(activity.recipient.id).toMatch(/^28:/);
      expect(activity.channelData.tenant.id).toBe(activity.conversation.tenantId);
      bots.add(activity.recipient.id);
    }
    expect(bots.size).toBe(1);
    expect(fixture('teams/invoke-adaptive-card-action.json').value.action.type).toBe('Action.Execute');
    expect(fixture('teams/message-channel-mention.json').entities[0].mentioned.id).toBe([...bots][0]);
  });
});
