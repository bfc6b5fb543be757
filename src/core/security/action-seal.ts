import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Conversation } from '../commands/conversation.js';
import { KeinoError } from '../errors.js';
import type { Block, Form, Message, Reply } from '../messages/message.js';
import type { PlatformIdentity } from '../people/person.js';

/**
 * What a sealed value is bound to: the conversation the message is in, or the one person who
 * alone sees it (an ephemeral reply, a direct message, a form).
 */
export type Binding = string;

export function conversationBinding(conversation: Pick<Conversation, 'platform' | 'tenantId' | 'channelId'>): Binding {
  return `c|${conversation.platform}|${conversation.tenantId}|${conversation.channelId}`;
}

export function personBinding(identity: PlatformIdentity): Binding {
  return `p|${identity.platform}|${identity.tenantId}|${identity.userId}`;
}

/** How long a button works: long enough for a session announced months ahead; a refreshed message gets new ones. */
export const SEAL_LIFETIME_MS = 180 * 24 * 60 * 60 * 1000;
const VERSION = 'k1';
/** 128 bits of HMAC-SHA256, base64url. */
const MAC_LENGTH = 22;

/**
 * Button values and form contexts leave Keino sealed: what they act on, plus an HMAC over
 * (action, value, binding, expiry) with the server's secret. A click or submission is believed
 * only if its seal verifies for the conversation the platform says it came from (or for the
 * person who alone saw it) and has not expired: a forged, altered, expired or copied value is
 * refused before anything is read or written.
 *
 * Sealed form: "k1.<expiry in base-36 seconds>.<mac>.<value>".
 */
export class ActionSeal {
  private key?: Promise<Buffer>;

  constructor(
    private readonly loadKey: () => Promise<Buffer>,
    private readonly clock: () => Date,
  ) {}

  /** Loads (or on the very first start, creates) the key, so that no request waits for it. */
  async ready(): Promise<void> {
    await this.secret();
  }

  private secret(): Promise<Buffer> {
    this.key ??= this.loadKey();
    this.key.catch(() => (this.key = undefined));
    return this.key;
  }

  async seal(actionId: string, value: string, binding: Binding, expiresAt = new Date(this.clock().getTime() + SEAL_LIFETIME_MS)): Promise<string> {
    const expiry = Math.floor(expiresAt.getTime() / 1000).toString(36);
    return `${VERSION}.${expiry}.${mac(await this.secret(), actionId, value, binding, expiry)}.${value}`;
  }

  /**
   * A keyed hash of a short secret (a one-time link code) for keeping and looking up: without the
   * server's secret, a copy of the database does not let anyone try codes against it.
   */
  async digest(purpose: string, text: string): Promise<string> {
    return createHmac('sha256', await this.secret())
      .update(`${VERSION}\ndigest\n${purpose}\n${text}`)
      .digest('base64url');
  }

  /** The value inside a sealed one, if it verifies for one of the bindings; else a polite KeinoError. */
  async open(actionId: string, sealed: string, bindings: Binding[]): Promise<string> {
    const match = /^k1\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})\.(.*)$/s.exec(sealed);
    if (!match) throw refused();
    const [, expiry = '', given = '', value = ''] = match;
    const key = await this.secret();
    const verified = bindings.some((binding) => sameText(mac(key, actionId, value, binding, expiry), given));
    if (!verified) throw refused();
    if (parseInt(expiry, 36) * 1000 < this.clock().getTime()) throw new KeinoError('action.expired', 'actions.expired');
    return value;
  }

  /** Seals every button and choice of a message for one binding. */
  async sealMessage(message: Message, binding: Binding): Promise<Message> {
    const blocks = await Promise.all(message.blocks.map((block) => this.sealBlock(block, binding)));
    return { ...message, blocks };
  }

  async sealForm(form: Form, binding: Binding): Promise<Form> {
    if (form.context === undefined) return form;
    return { ...form, context: await this.seal(form.formId, form.context, binding) };
  }

  /** A reply to someone: bound to them when only they see it, else to the conversation it is in. */
  async sealReply<R extends Reply>(reply: R, where: { conversation: Conversation; identity: PlatformIdentity }): Promise<R> {
    if (reply.kind === 'form') return (await this.sealForm(reply, personBinding(where.identity))) as R;
    const binding = reply.visibility === 'person' ? personBinding(where.identity) : conversationBinding(where.conversation);
    return (await this.sealMessage(reply, binding)) as R;
  }

  private async sealBlock(block: Block, binding: Binding): Promise<Block> {
    if (block.type === 'buttons') {
      const buttons = await Promise.all(
        block.buttons.map(async (button) => ({ ...button, value: await this.seal(button.actionId, button.value ?? '', binding) })),
      );
      return { ...block, buttons };
    }
    if (block.type === 'choices') {
      const options = await Promise.all(block.options.map(async (option) => ({ ...option, value: await this.seal(block.actionId, option.value, binding) })));
      return { ...block, options };
    }
    return block;
  }
}

function mac(key: Buffer, actionId: string, value: string, binding: Binding, expiry: string): string {
  return createHmac('sha256', key).update(`${VERSION}\n${actionId}\n${binding}\n${expiry}\n${value}`).digest('base64url').slice(0, MAC_LENGTH);
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function refused(): KeinoError {
  return new KeinoError('action.refused', 'actions.refused');
}
