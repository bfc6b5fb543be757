import { SLACK_LIMITS } from './slack-limits.js';

const SEPARATOR = '::';

/**
 * Slack wants every action_id in a message to be unique, while Keino's buttons name a core
 * action that may appear many times ("command", "groups.join"). The element's position is
 * appended: "groups.join::3".
 */
export function encodeActionId(actionId: string, index: number): string | undefined {
  const encoded = `${actionId}${SEPARATOR}${index}`;
  return encoded.length <= SLACK_LIMITS.actionId ? encoded : undefined;
}

/** The core action id from an encoded one; undefined for action ids Keino did not make. */
export function decodeActionId(encoded: string): string | undefined {
  const match = /^(.+)::\d+$/s.exec(encoded);
  return match?.[1];
}

/** Matches the action ids Keino makes, for the Bolt listener. */
export const KEINO_ACTION_ID = /^.+::\d+$/s;
