import { describe, expect, it } from 'vitest';
import { personal, shared, text } from '../../src/core/messages/message.js';
import { replyRoute } from '../../src/core/messages/reply-route.js';

const forMe = personal([text('vain sinulle')]);
const forAll = shared([text('kaikille')]);
const acknowledged = { ...forMe, acknowledgement: true };

describe('where a reply goes, the same rule on every platform', () => {
  it('answers where it was asked in a direct conversation, and for everyone anywhere', () => {
    expect(replyRoute(forMe, { kind: 'personal' }, { ephemeralReplies: false })).toBe('here');
    expect(replyRoute(forAll, { kind: 'channel' }, { ephemeralReplies: false })).toBe('here');
    expect(replyRoute(forAll, { kind: 'group' }, { ephemeralReplies: true })).toBe('here');
  });

  it('shows a reply for one person in a channel to them alone where the platform can', () => {
    expect(replyRoute(forMe, { kind: 'channel' }, { ephemeralReplies: true })).toBe('ephemeral');
    expect(replyRoute(acknowledged, { kind: 'channel' }, { ephemeralReplies: true })).toBe('ephemeral');
  });

  it('sends it to their direct conversation where the platform cannot, and leaves out a mere acknowledgement', () => {
    expect(replyRoute(forMe, { kind: 'channel' }, { ephemeralReplies: false })).toBe('direct');
    expect(replyRoute(forMe, { kind: 'group' }, { ephemeralReplies: false })).toBe('direct');
    expect(replyRoute(acknowledged, { kind: 'group' }, { ephemeralReplies: false })).toBe('omit');
  });
});
