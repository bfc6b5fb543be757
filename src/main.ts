import { buildKeinoApp, type KeinoApp } from './app/keino-app.js';
import { ConfigError, hasChatCredentials, loadConfig, type KeinoConfig } from './config.js';
import { createLogger } from './logger.js';
import { ConsoleAdapter } from './platforms/console/console-adapter.js';
import { ConsoleGateway } from './platforms/console/console-gateway.js';
import { startServer } from './server/start-server.js';
import { loadStarterFaqIfEmpty } from './faq/starter-faq.js';
import { syncCommandHelp } from './core/faq/command-help.js';
import { findTask, tasks } from './tasks/task-registry.js';
import { sealingGateway } from './core/security/platform-edge.js';

/**
 * npm start          → the server when Slack or Teams credentials are set, the console otherwise
 * npm run serve      → always the server
 * npm run keino -- X → the one-off task X (migrate, import …)
 */
async function main(argv: string[]): Promise<number> {
  let config: KeinoConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const [first] = argv;
  const mode = first === undefined ? (hasChatCredentials(config) ? 'serve' : 'console') : first === 'serve' ? 'serve' : 'task';
  // The console's own output is the conversation: keep logs to warnings there.
  const logger = createLogger(mode === 'serve' ? config.logLevel : (process.env.LOG_LEVEL ?? 'warn'));

  if (first === 'help' || first === '--help') {
    process.stdout.write(`npm start | npm run serve | npm run keino -- <task>\nTasks:\n${describeTasks()}\n`);
    return 0;
  }

  let found: ReturnType<typeof findTask>;
  if (mode === 'task') {
    found = findTask(argv);
    if (!found) {
      process.stderr.write(`Unknown task "${argv.join(' ')}". Tasks:\n${describeTasks()}\n`);
      return 2;
    }
  }

  let app: KeinoApp;
  try {
    app = await buildKeinoApp(config, { logger });
  } catch (error) {
    process.stderr.write(`Keino cannot start: could not open its database: ${oneLine(error)}\n`);
    return 1;
  }
  // A new installation answers from the starter FAQ until the admins import their own; Keino's
  // own command help is in the FAQ as entries, kept in step with the commands at every start.
  if (mode !== 'task') {
    logger.info(
      { morphology: app.core.services.faq.lexicon.morphology?.name ?? 'none (apt-get install libvoikko1 voikko-fi adds it)' },
      'FAQ search: Finnish morphology',
    );
    await loadStarterFaqIfEmpty(app.core.services.faq);
    await syncCommandHelp(app.core.services.faq, app.core.registry.commands);
  }

  if (mode === 'console') {
    const consoleAdapter = new ConsoleAdapter(app.core.edge, { input: process.stdin, output: process.stdout });
    // Reminders and nudges due while the console is open appear in it.
    app.core.services.gateways.register(sealingGateway(new ConsoleGateway((message) => consoleAdapter.notify(message)), app.core.services.seal));
    await app.scheduler.start();
    await consoleAdapter.run();
    await app.close();
    return 0;
  }
  if (mode === 'task') {
    try {
      await found!.task.run(app, found!.args, process.stdout);
      return 0;
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      return 1;
    } finally {
      await app.close();
    }
  }
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(app);
    // The gateways are registered now: scheduled work can go out.
    await app.scheduler.start();
  } catch (error) {
    // One clear line, and the process ends (main's caller exits): never a half-started server.
    process.stderr.write(`Keino cannot start: ${oneLine(error)}\n`);
    await withDeadline(app.close(), 2_000).catch(() => undefined);
    return 1;
  }
  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await app.scheduler.stop();
    await server.close();
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  return -1; // keep running
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

function withDeadline(promise: Promise<unknown>, milliseconds: number): Promise<unknown> {
  return Promise.race([promise, new Promise((resolve) => setTimeout(resolve, milliseconds).unref())]);
}

function describeTasks(): string {
  return tasks.map((task) => `  ${task.usage.padEnd(36)} ${task.description}`).join('\n');
}

main(process.argv.slice(2)).then(
  (code) => {
    // A failed start exits at once, whatever handles (a database pool, a socket) are still open.
    if (code > 0) process.exit(code);
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Keino stopped: ${oneLine(error)}\n`);
    process.exit(1);
  },
);
