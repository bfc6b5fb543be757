import type { App } from '@slack/bolt';
import { renderHomeView } from './block-kit-renderer.js';
import type { SlackDeps } from './slack-deps.js';
import { slackCaller, slackConversation } from './slack-people.js';

/** The home view remembers the person's direct-message channel, so its buttons know where they are. */
export interface HomeMetadata {
  channel_id: string;
}

/** Publishes the person's App Home: who they are, their language, then each feature's section. */
export async function publishHome(deps: SlackDeps, teamId: string, userId: string, channelId?: string): Promise<void> {
  const channel = channelId ?? (await deps.messenger.openDirect(userId));
  const caller = slackCaller(teamId, userId);
  const home = await deps.core.home(caller, slackConversation(teamId, channel, { channelType: 'im' }));
  const metadata: HomeMetadata = { channel_id: channel };
  await deps.messenger.publishHome(userId, renderHomeView(home, JSON.stringify(metadata)));
}

export function homeChannel(privateMetadata: string | undefined): string | undefined {
  try {
    const parsed = JSON.parse(privateMetadata || '{}') as Partial<HomeMetadata>;
    return typeof parsed.channel_id === 'string' ? parsed.channel_id : undefined;
  } catch {
    return undefined;
  }
}

export function registerAppHome(bolt: App, deps: SlackDeps): void {
  bolt.event('app_home_opened', async ({ event, body }) => {
    if (event.tab !== 'home') return;
    const teamId = body.team_id ?? body.authorizations?.[0]?.team_id;
    await publishHome(deps, teamId, event.user, event.channel || undefined);
  });
}
