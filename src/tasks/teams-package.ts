/**
 * Builds the Microsoft Teams app package (`npm run teams:package`).
 *
 * Reads manifests/teams/manifest.json, fills in the {{MICROSOFT_APP_ID}} and {{KEINO_DOMAIN}}
 * placeholders from the environment, validates the result against Microsoft's published JSON
 * schema (shipped in @microsoft/app-manifest), checks each language file the manifest's
 * localizationInfo names (sv.json, en.json; the manifest itself is Finnish) against Microsoft's
 * localisation schema and against the manifest (every string it shows translated, nothing else),
 * and writes teams-app.zip with manifest.json, the language files, color.png and outline.png at
 * the root of the archive: the file an admin uploads to Teams.
 *
 *   MICROSOFT_APP_ID=<guid> KEINO_DOMAIN=keino.example.fi npm run teams:package [-- <out.zip>]
 *
 * The pure functions are exported for the tests; the CLI part runs only when this file is the
 * entry point.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import JSZip from 'jszip';

/** The manifest schema version Keino targets; manifests/teams/manifest.json must declare it. */
export const TEAMS_MANIFEST_VERSION = '1.22';
export const TEAMS_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const TEAMS_LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;

/** The placeholders the template may contain, each filled from the environment variable of the same name. */
export const PLACEHOLDERS = ['MICROSOFT_APP_ID', 'KEINO_DOMAIN'] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];
export type ManifestVars = Record<PlaceholderName, string>;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type TeamsManifest = { [key: string]: JsonValue };

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TEAMS_MANIFEST_DIR = path.join(REPO_ROOT, 'manifests', 'teams');
export const DEFAULT_PACKAGE_PATH = path.join(REPO_ROOT, 'teams-app.zip');

const PLACEHOLDER_PATTERN = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
const GUID_PATTERN = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const HOST_PATTERN = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(:\d{1,5})?$/;

/**
 * Fills the {{NAME}} placeholders in every string of the manifest template. The substitution
 * works on the parsed JSON, so a value can never break the JSON structure. Throws when the
 * template uses a placeholder that `vars` does not provide.
 */
export function renderManifest(template: string | TeamsManifest, vars: Partial<Record<string, string>>): TeamsManifest {
  const parsed: JsonValue = typeof template === 'string' ? (JSON.parse(template) as JsonValue) : template;
  const missing = new Set<string>();
  const fill = (value: JsonValue): JsonValue => {
    if (typeof value === 'string') {
      return value.replace(PLACEHOLDER_PATTERN, (whole, name: string) => {
        const replacement = vars[name];
        if (replacement === undefined || replacement === '') {
          missing.add(name);
          return whole;
        }
        return replacement;
      });
    }
    if (Array.isArray(value)) return value.map(fill);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fill(inner)]));
    }
    return value;
  };
  const rendered = fill(parsed);
  if (missing.size > 0) {
    throw new Error(`no value for placeholder(s) ${[...missing].map((name) => `{{${name}}}`).join(', ')}`);
  }
  if (rendered === null || typeof rendered !== 'object' || Array.isArray(rendered)) {
    throw new Error('the Teams manifest must be a JSON object');
  }
  return rendered;
}

const validators = new Map<string, ValidateFunction>();

/** One of Microsoft's JSON schemas for the targeted manifest version, as shipped in @microsoft/app-manifest. */
export function loadTeamsSchema(version: string = TEAMS_MANIFEST_VERSION, name = 'MicrosoftTeams.schema.json'): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const file = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/${name}`);
  // Some published schema versions carry \a and \v escapes that are not valid JSON; Microsoft's
  // own loader rewrites them the same way.
  const text = readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  return JSON.parse(text) as Record<string, unknown>;
}

function teamsValidator(name = 'MicrosoftTeams.schema.json'): ValidateFunction {
  const cached = validators.get(name);
  if (cached) return cached;
  // The Teams schemas declare JSON Schema draft-04 but use no keyword whose meaning differs from
  // draft-07 (no `id`, no boolean exclusiveMinimum/Maximum), so Ajv's default (draft-07) engine
  // validates them exactly; only the draft-04 meta-schema reference has to go.
  const { $schema: _draft, ...schema } = loadTeamsSchema(TEAMS_MANIFEST_VERSION, name);
  // The localisation schema's key patterns (`…activityTypes\[\b…\b]…`) are ECMAScript regular
  // expressions without the `u` flag, under which a lone `]` is an error; Ajv adds `u` unless told not to.
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  // ajv-formats is CommonJS: under NodeNext the default import is its module.exports, whose `default` is the plugin itself.
  const addFormats = addFormatsModule.default;
  addFormats(ajv);
  const validator = ajv.compile(schema);
  validators.set(name, validator);
  return validator;
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(manifest)' : error.instancePath;
  const params = error.params as Record<string, unknown>;
  let detail = '';
  if ('additionalProperty' in params) detail = ` "${String(params.additionalProperty)}"`;
  else if ('allowedValue' in params) detail = ` ${JSON.stringify(params.allowedValue)}`;
  return `${where} ${error.message ?? 'is invalid'}${detail}`;
}

/**
 * Validates a rendered manifest against Microsoft's schema (and that it declares the schema
 * version Keino targets). Returns a list of human-readable errors; empty means valid.
 */
export function validateManifest(manifest: unknown): string[] {
  const errors: string[] = [];
  const validate = teamsValidator();
  if (!validate(manifest)) {
    errors.push(...(validate.errors ?? []).map(describeError));
  }
  if (manifest !== null && typeof manifest === 'object' && !Array.isArray(manifest)) {
    const declared = (manifest as Record<string, unknown>).$schema;
    if (declared !== undefined && declared !== TEAMS_SCHEMA_URL) {
      errors.push(`/$schema must be ${TEAMS_SCHEMA_URL}`);
    }
    const text = JSON.stringify(manifest);
    const leftover = text.match(PLACEHOLDER_PATTERN);
    if (leftover) errors.push(`unfilled placeholder(s) ${[...new Set(leftover)].join(', ')}`);
  }
  return [...new Set(errors)];
}

/** Teams' limits for the strings a language file translates (the manifest schema's maxLength of each). */
const STRING_LIMITS: [RegExp, number][] = [
  [/^name\.short$/, 30],
  [/^name\.full$/, 100],
  [/^description\.short$/, 80],
  [/^description\.full$/, 4000],
  [/\.title$/, 32],
  [/\.description$/, 128],
];

/**
 * The strings of the manifest that Teams shows and a language file translates, by the key the
 * localisation schema gives them ("bots[0].commandLists[1].commands[2].title" …).
 */
export function localizableStrings(manifest: TeamsManifest): Map<string, string> {
  const strings = new Map<string, string>();
  const add = (key: string, value: JsonValue | undefined) => {
    if (typeof value === 'string') strings.set(key, value);
  };
  const field = (value: JsonValue | undefined, name: string): JsonValue | undefined =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? value[name] : undefined;
  const list = (value: JsonValue | undefined): JsonValue[] => (Array.isArray(value) ? value : []);
  add('name.short', field(manifest.name, 'short'));
  add('name.full', field(manifest.name, 'full'));
  add('description.short', field(manifest.description, 'short'));
  add('description.full', field(manifest.description, 'full'));
  for (const [listIndex, commandList] of list(field(list(manifest.bots)[0], 'commandLists')).entries()) {
    for (const [index, command] of list(field(commandList, 'commands')).entries()) {
      const at = `bots[0].commandLists[${listIndex}].commands[${index}]`;
      add(`${at}.title`, field(command, 'title'));
      add(`${at}.description`, field(command, 'description'));
    }
  }
  for (const [index, command] of list(field(list(manifest.composeExtensions)[0], 'commands')).entries()) {
    const at = `composeExtensions[0].commands[${index}]`;
    add(`${at}.title`, field(command, 'title'));
    add(`${at}.description`, field(command, 'description'));
    add(`${at}.taskInfo.title`, field(field(command, 'taskInfo'), 'title'));
    for (const [parameterIndex, parameter] of list(field(command, 'parameters')).entries()) {
      add(`${at}.parameters[${parameterIndex}].title`, field(parameter, 'title'));
      add(`${at}.parameters[${parameterIndex}].description`, field(parameter, 'description'));
    }
  }
  return strings;
}

/** The language files the manifest's localizationInfo names, as {languageTag, file}. */
export function languageFilesOf(manifest: TeamsManifest): { languageTag: string; file: string }[] {
  const info = manifest.localizationInfo;
  if (info === null || typeof info !== 'object' || Array.isArray(info) || !Array.isArray(info.additionalLanguages)) return [];
  return info.additionalLanguages.flatMap((entry) =>
    entry !== null && typeof entry === 'object' && !Array.isArray(entry) && typeof entry.languageTag === 'string' && typeof entry.file === 'string'
      ? [{ languageTag: entry.languageTag, file: entry.file }]
      : [],
  );
}

/**
 * Validates one language file against Microsoft's localisation schema and against the manifest:
 * it declares the schema of the manifest's version, translates every string the manifest shows
 * (and names none that is not there), within Teams' length limits. Empty means valid.
 */
export function validateLocalization(manifest: TeamsManifest, file: unknown): string[] {
  const errors: string[] = [];
  const validate = teamsValidator('MicrosoftTeams.Localization.schema.json');
  if (!validate(file)) errors.push(...(validate.errors ?? []).map(describeError));
  if (file === null || typeof file !== 'object' || Array.isArray(file)) return errors;
  const translated = file as Record<string, unknown>;
  if (translated.$schema !== TEAMS_LOCALIZATION_SCHEMA_URL) errors.push(`/$schema must be ${TEAMS_LOCALIZATION_SCHEMA_URL}`);
  const expected = localizableStrings(manifest);
  for (const key of expected.keys()) {
    if (typeof translated[key] !== 'string' || (translated[key] as string).trim() === '') errors.push(`${key} is not translated`);
  }
  for (const [key, value] of Object.entries(translated)) {
    if (key === '$schema') continue;
    if (!expected.has(key)) errors.push(`${key} is not a string of the manifest`);
    const limit = STRING_LIMITS.find(([pattern]) => pattern.test(key))?.[1];
    if (limit !== undefined && typeof value === 'string' && value.length > limit) errors.push(`${key} is longer than ${limit} characters`);
  }
  return errors;
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const ICON_SIZES = { color: 192, outline: 32 } as const;

export interface PackageInput {
  manifest: TeamsManifest;
  /** The files the manifest refers to, by their relative path (color.png, outline.png, sv.json, en.json). */
  files: Record<string, Uint8Array>;
}

/**
 * Zips the manifest, its icons and its language files (at the root of the archive, as Teams
 * expects). Checks that every icon the manifest names is present and has the pixel size Teams
 * requires, and that every language file is present and valid (validateLocalization).
 */
export async function buildPackage({ manifest, files }: PackageInput): Promise<Uint8Array> {
  const icons = manifest.icons;
  if (icons === null || typeof icons !== 'object' || Array.isArray(icons)) {
    throw new Error('the manifest has no icons');
  }
  const zip = new JSZip();
  // A fixed timestamp makes the package byte-for-byte reproducible.
  const date = new Date(Date.UTC(2024, 0, 1));
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  for (const [kind, size] of Object.entries(ICON_SIZES)) {
    const name = icons[kind];
    if (typeof name !== 'string') throw new Error(`the manifest names no ${kind} icon`);
    const bytes = files[name];
    if (!bytes) throw new Error(`icon ${name} is missing`);
    const actual = pngSize(bytes);
    if (!actual) throw new Error(`icon ${name} is not a PNG`);
    if (actual.width !== size || actual.height !== size) {
      throw new Error(`icon ${name} is ${actual.width}×${actual.height}, Teams wants ${size}×${size}`);
    }
    zip.file(name, bytes, { date });
  }
  for (const { languageTag, file } of languageFilesOf(manifest)) {
    const bytes = files[file];
    if (!bytes) throw new Error(`language file ${file} (${languageTag}) is missing`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
    } catch {
      throw new Error(`language file ${file} is not JSON`);
    }
    const problems = validateLocalization(manifest, parsed);
    if (problems.length > 0) throw new Error(`language file ${file} (${languageTag}) is not valid: ${problems.join('; ')}`);
    zip.file(file, bytes, { date });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Reads the template, the icons and the language files it names from manifests/teams. */
export function readTeamsSources(dir: string = TEAMS_MANIFEST_DIR): { template: string; files: Record<string, Uint8Array> } {
  const template = readFileSync(path.join(dir, 'manifest.json'), 'utf8');
  const languageFiles = languageFilesOf(JSON.parse(template) as TeamsManifest).map(({ file }) => path.basename(file));
  return {
    template,
    files: Object.fromEntries(['color.png', 'outline.png', ...languageFiles].map((name) => [name, readFileSync(path.join(dir, name))])),
  };
}

/** Reads and checks the placeholder values from the environment; throws a one-line message. */
export function varsFromEnv(env: NodeJS.ProcessEnv): ManifestVars {
  const appId = env.MICROSOFT_APP_ID?.trim();
  if (!appId) throw new Error("MICROSOFT_APP_ID is not set (the Azure Bot's Microsoft App ID, a GUID)");
  if (!GUID_PATTERN.test(appId)) throw new Error(`MICROSOFT_APP_ID must be a GUID, got "${appId}"`);
  const domain = env.KEINO_DOMAIN?.trim();
  if (!domain) throw new Error("KEINO_DOMAIN is not set (the public host name of Keino's server, e.g. keino.example.fi)");
  if (!HOST_PATTERN.test(domain)) {
    throw new Error(`KEINO_DOMAIN must be a bare host name without https:// or a path, got "${domain}"`);
  }
  return { MICROSOFT_APP_ID: appId, KEINO_DOMAIN: domain };
}

async function main(argv: string[]): Promise<void> {
  const out = path.resolve(argv[0] ?? DEFAULT_PACKAGE_PATH);
  const vars = varsFromEnv(process.env);
  const { template, files } = readTeamsSources();
  const manifest = renderManifest(template, vars);
  const errors = validateManifest(manifest);
  if (errors.length > 0) {
    throw new Error(`the Teams manifest does not validate against ${TEAMS_SCHEMA_URL}:\n  ${errors.join('\n  ')}`);
  }
  const zip = await buildPackage({ manifest, files });
  await writeFile(out, zip);
  console.log(`teams:package: wrote ${out} (${zip.byteLength} bytes) for app ${vars.MICROSOFT_APP_ID} on ${vars.KEINO_DOMAIN}`);
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`teams:package: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
