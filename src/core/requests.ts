import type { ActionOutcome } from './commands/command.js';
import type { Conversation } from './commands/conversation.js';
import type { MessageRef } from './commands/message-ref.js';
import type { FaqHit } from './faq/faq-lookup.js';
import type { SharedFile } from './files/shared-file.js';
import type { Message, Reply } from './messages/message.js';
import type { PlatformIdentity, PlatformProfile } from './people/person.js';

/** What the platforms bring to the core (text, clicks, forms, files) and what the core answers. */

/** Who is acting: the platform identity, and how to learn more about them on first contact. */
export interface Caller {
  identity: PlatformIdentity;
  /** The profile on first contact: complete in-process (console, tasks); in Slack and Teams only what the request carries. */
  loadProfile: () => Promise<PlatformProfile>;
  /**
   * Set by Slack and Teams, whose profile lookup is a rate-limited platform call: someone new is
   * registered from loadProfile at once and the full profile (e-mail, language, time zone) is
   * fetched by a paced job, from the conversation `seenIn` where they were met.
   */
  profileLater?: { seenIn?: string };
}

export interface TextRequest {
  caller: Caller;
  conversation: Conversation;
  text: string;
  /** "command": a slash command, where all text is a command. "message": a chat message or console line, where text that is no command is a question. */
  source: 'command' | 'message';
}

export interface ActionRequest {
  caller: Caller;
  conversation: Conversation;
  actionId: string;
  value: string;
  source?: MessageRef;
}

export interface FormRequest {
  caller: Caller;
  conversation: Conversation;
  formId: string;
  values: Record<string, string>;
  context?: string;
}

export interface FileRequest {
  caller: Caller;
  conversation: Conversation;
  file: SharedFile;
}

/** Someone typing in a compose box to find an FAQ entry (nothing is recorded). */
export interface FaqSearchRequest {
  caller: Caller;
  conversation: Conversation;
  text: string;
  limit?: number;
}

/** The hits, or the polite answer when the search was refused (too many requests, the database away). */
export type FaqSearchResult = { hits: FaqHit[] } | { refused: Reply };

/** A question taken from a message someone pointed at ("Ask Keino" on a message). */
export interface AskAboutRequest {
  caller: Caller;
  conversation: Conversation;
  question: string;
}

/** The core as the platforms call it (KeinoCore implements it; the platform edge wraps it). */
export interface CoreRequests {
  handleText(request: TextRequest): Promise<Reply>;
  handleAction(request: ActionRequest): Promise<ActionOutcome>;
  handleForm(request: FormRequest): Promise<Reply>;
  handleFile(request: FileRequest): Promise<Reply>;
  searchFaq(request: FaqSearchRequest): Promise<FaqSearchResult>;
  askAbout(request: AskAboutRequest): Promise<Reply>;
  /** The form that sends a message's text to the experts ("Send to experts" on a message). */
  expertRequest(request: AskAboutRequest): Promise<Reply>;
  home(caller: Caller, conversation: Conversation): Promise<Message>;
  /** The polite answer to a request refused before anyone was looked up. */
  refusal(error: unknown): Reply;
}
