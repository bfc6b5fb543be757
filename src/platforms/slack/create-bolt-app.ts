import express from 'express';
import { App, ExpressReceiver, type webApi, type Logger as BoltLogger } from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import type { Logger } from '../../core/ports/logger.js';
import { verifySlackRequests, type ReplayGuard } from './request-verification.js';
import { SLACK_EVENTS_PATH } from './slack-route.js';

/** How long an unacknowledged request is kept open before Bolt answers it 404 itself. */
const CLICK_ACK_LIMIT_MS = 30_000;

/** A few quick retries for network errors and 5xx answers; 429 is handled by the callers. */
export const DEFAULT_RETRY_CONFIG = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000 } as const;

export function webClientOptions(config: SlackConfig, logger: BoltLogger): webApi.WebClientOptions {
  return {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/` } : {}),
    retryConfig: { ...DEFAULT_RETRY_CONFIG, ...config.retryConfig },
    // Keino decides what a 429 means: the scheduler retries later, a person's answer waits for that call only.
    rejectRateLimitedCalls: true,
    timeout: 15_000,
    logger,
  };
}

export interface BoltSetup {
  bolt: App;
  /** The Express router with POST /slack/events (HTTP mode only). */
  router?: express.Router;
  socketMode: boolean;
}

/**
 * Bolt over HTTP (its ExpressReceiver's router, behind Keino's own signature and timestamp
 * check) or over Socket Mode when an app-level token is set. Initialised here, so a wrong bot
 * token stops the start with a clear message.
 */
export async function createBoltApp(config: SlackConfig, logger: Logger, slackLogger: BoltLogger, replays?: ReplayGuard): Promise<BoltSetup> {
  const clientOptions = webClientOptions(config, slackLogger);
  const common = {
    token: config.botToken,
    logger: slackLogger,
    clientOptions,
    extendedErrorHandler: true,
    deferInitialization: true,
    convoStore: false as const,
  };
  let setup: BoltSetup;
  if (config.appToken) {
    setup = { bolt: new App({ ...common, socketMode: true, appToken: config.appToken }), socketMode: true };
  } else {
    const router = express.Router();
    router.post(SLACK_EVENTS_PATH, ...verifySlackRequests({ signingSecret: config.signingSecret, logger, replays }));
    const receiver = new ExpressReceiver({
      signingSecret: config.signingSecret,
      router,
      endpoints: SLACK_EVENTS_PATH,
      logger: slackLogger,
      processBeforeResponse: false,
      // A click is acknowledged once its action is kept (block-actions.ts), even on a server so
      // busy that this takes over Slack's 3 s: then Bolt's own 404 at 3 s would only hide that.
      unhandledRequestTimeoutMillis: CLICK_ACK_LIMIT_MS,
      processEventErrorHandler: async ({ error, response }) => {
        // Bolt got as far as the listeners with everything it could read: what it threw on is a
        // payload it could not make sense of (no user, an event that is a string …), so 400, not
        // a 500 that Slack would retry. Listeners' own failures go to the error hook instead.
        if (response.headersSent) return false;
        const unauthorised = (error as { code?: string }).code === 'slack_bolt_authorization_error';
        logger.warn(
          { err: error },
          unauthorised ? 'Slack request for a workspace Keino is not installed in' : 'refused a signed Slack request that Bolt could not read',
        );
        response.writeHead(unauthorised ? 401 : 400);
        response.end();
        return true;
      },
    });
    setup = { bolt: new App({ ...common, receiver }), router: receiver.router, socketMode: false };
  }
  try {
    await setup.bolt.init();
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    throw new Error(`Slack did not accept SLACK_BOT_TOKEN${code ? ` (${code})` : ''}: ${(error as Error).message}`, { cause: error });
  }
  return setup;
}
