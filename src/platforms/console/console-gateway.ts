import type { Conversation } from '../../core/commands/conversation.js';
import type { Message } from '../../core/messages/message.js';
import type { PlatformIdentity } from '../../core/people/person.js';
import type { PlatformGateway, SentMessage } from '../../core/ports/platform-gateway.js';

const CONSOLE_CONVERSATION: Conversation = { platform: 'console', tenantId: 'local', channelId: 'console', kind: 'personal' };

/**
 * The console as a platform Keino can send to on its own initiative: reminders and nudges appear
 * in the console's output, rendered like replies (buttons numbered, so they can be picked).
 */
export class ConsoleGateway implements PlatformGateway {
  readonly platform = 'console' as const;
  private sent = 0;

  constructor(private readonly show: (message: Message) => void) {}

  async sendToPerson(_identity: PlatformIdentity, message: Message): Promise<SentMessage> {
    return this.post(CONSOLE_CONVERSATION, message);
  }

  async sendToConversation(conversation: Conversation, message: Message): Promise<SentMessage> {
    return this.post(conversation, message);
  }

  async updateMessage(_sent: SentMessage, message: Message): Promise<void> {
    this.show(message);
  }

  private post(conversation: Conversation, message: Message): SentMessage {
    this.show(message);
    return { platform: 'console', conversation, messageId: `console-${process.pid}-${++this.sent}` };
  }
}
