import { conversationKey, type Conversation } from '../../src/core/commands/conversation.js';
import { stripMarkup, type Message } from '../../src/core/messages/message.js';
import type { Platform, ReachableIdentity } from '../../src/core/people/person.js';
import type { PlatformGateway, SentMessage } from '../../src/core/ports/platform-gateway.js';

export interface RecordedSend {
  /** Set for a direct message. */
  identity?: ReachableIdentity;
  conversation: Conversation;
  message: Message;
  messageId: string;
  /** The injected clock's time of the send. */
  at: Date;
  /** The message's text, markup stripped. */
  text: string;
}

type Failure = Error | ((attempt: number) => Error | undefined);

function textOf(message: Message): string {
  return message.blocks
    .map((block) => ('text' in block ? stripMarkup(block.text) : ''))
    .filter(Boolean)
    .join('\n');
}

/**
 * A PlatformGateway (our own port) that records what Keino sends, for tests of the engine and
 * features; failures can be scripted (a 429, a 500, a dead channel). The Slack and Teams
 * adapters are tested against fake platform APIs at the HTTP boundary instead.
 */
export class RecordingGateway implements PlatformGateway {
  readonly sent: RecordedSend[] = [];
  readonly updates: { sent: SentMessage; message: Message; at: Date }[] = [];
  /** Every call, failed ones included, with the clock's time. */
  readonly attempts: Date[] = [];
  private readonly scripted: Failure[] = [];
  private always?: Failure;
  private counter = 0;

  constructor(
    readonly platform: Platform,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The next sends fail with these, one each, in order. */
  failNext(...failures: Failure[]): this {
    this.scripted.push(...failures);
    return this;
  }

  /** Every send fails with this (until cleared with undefined). */
  failAlways(failure: Failure | undefined): this {
    this.always = failure;
    return this;
  }

  async sendToPerson(identity: ReachableIdentity, message: Message): Promise<SentMessage> {
    const conversation: Conversation = { platform: this.platform, tenantId: identity.tenantId, channelId: `D-${identity.userId}`, kind: 'personal' };
    return this.deliver(conversation, message, identity);
  }

  async sendToConversation(conversation: Conversation, message: Message): Promise<SentMessage> {
    return this.deliver(conversation, message);
  }

  async updateMessage(sent: SentMessage, message: Message): Promise<void> {
    this.updates.push({ sent, message, at: this.clock() });
  }

  /** Sends to one conversation ("slack:T1:C1"). */
  to(conversation: Conversation): RecordedSend[] {
    return this.sent.filter((send) => conversationKey(send.conversation) === conversationKey(conversation));
  }

  private async deliver(conversation: Conversation, message: Message, identity?: ReachableIdentity): Promise<SentMessage> {
    this.attempts.push(this.clock());
    const attempt = this.attempts.length;
    const failure = this.scripted.shift() ?? this.always;
    const error = typeof failure === 'function' ? failure(attempt) : failure;
    if (error) throw error;
    const messageId = `${this.platform}-${++this.counter}`;
    this.sent.push({ identity, conversation, message, messageId, at: this.clock(), text: textOf(message) });
    return { platform: this.platform, conversation, messageId };
  }
}
