import type { ActionOutcome } from '../commands/command.js';
import type { Conversation } from '../commands/conversation.js';
import type {
  ActionRequest,
  AskAboutRequest,
  Caller,
  CoreRequests,
  FaqSearchRequest,
  FaqSearchResult,
  FileRequest,
  FormRequest,
  TextRequest,
} from '../requests.js';
import type { Message, Reply } from '../messages/message.js';
import type { Logger } from '../ports/logger.js';
import type { PlatformGateway, SentMessage } from '../ports/platform-gateway.js';
import type { ReachableIdentity } from '../people/person.js';
import { conversationBinding, personBinding, type ActionSeal } from './action-seal.js';

/**
 * The core as the platforms see it: every reply leaves with its buttons and form context sealed
 * for where it is shown, and every click or form submission is opened before anyone is looked up,
 * for the conversation the platform says it came from (or the one person who alone saw it). A
 * forged, altered, expired or copied value is answered with one polite sentence and writes
 * nothing. The core's own API stays trusted in-process (jobs, tasks, tests); the adapters
 * (Slack, Teams, console) are given this view of it.
 */
export function atTheEdge<Core extends CoreRequests>(core: Core, seal: ActionSeal, logger: Logger): Core {
  const bindingsOf = (request: { caller: Caller; conversation: Conversation }) => [
    conversationBinding(request.conversation),
    personBinding(request.caller.identity),
  ];
  const sealed = <R extends Reply>(request: { caller: Caller; conversation: Conversation }, reply: R): Promise<R> =>
    seal.sealReply(reply, { conversation: request.conversation, identity: request.caller.identity });

  const edge: Core = Object.create(core);
  return Object.assign(edge, {
    handleText: async (request: TextRequest) => sealed(request, await core.handleText(request)),

    handleAction: async (request: ActionRequest): Promise<ActionOutcome> => {
      let value: string;
      try {
        value = await seal.open(request.actionId, request.value, bindingsOf(request));
      } catch (error) {
        logger.warn(
          { action: request.actionId.slice(0, 60), conversation: request.conversation.channelId },
          'refused a button value Keino did not seal for here',
        );
        return { reply: await core.refusal(error) };
      }
      const outcome = await core.handleAction({ ...request, value });
      return {
        ...(outcome.reply ? { reply: await sealed(request, outcome.reply) } : {}),
        ...(outcome.update ? { update: await sealed(request, outcome.update) } : {}),
      };
    },

    handleForm: async (request: FormRequest): Promise<Reply> => {
      let context: string | undefined;
      try {
        context = request.context === undefined ? undefined : await seal.open(request.formId, request.context, bindingsOf(request));
      } catch (error) {
        logger.warn({ form: request.formId.slice(0, 60), conversation: request.conversation.channelId }, 'refused a form context Keino did not seal for here');
        return core.refusal(error);
      }
      const { context: _sealed, ...rest } = request;
      return sealed(request, await core.handleForm({ ...rest, ...(context !== undefined ? { context } : {}) }));
    },

    handleFile: async (request: FileRequest) => sealed(request, await core.handleFile(request)),

    // A hit's answer is inserted by the person wherever they like: it carries no button to seal.
    searchFaq: async (request: FaqSearchRequest): Promise<FaqSearchResult> => {
      const result = await core.searchFaq(request);
      return 'refused' in result ? { refused: await sealed(request, result.refused) } : result;
    },

    askAbout: async (request: AskAboutRequest) => sealed(request, await core.askAbout(request)),

    expertRequest: async (request: AskAboutRequest) => sealed(request, await core.expertRequest(request)),

    home: async (caller: Caller, conversation: Conversation) => sealed({ caller, conversation }, await core.home(caller, conversation)),
  });
}

/** A platform's gateway whose messages leave sealed: for the person in a direct message, else for the conversation. */
export function sealingGateway(gateway: PlatformGateway, seal: ActionSeal): PlatformGateway {
  const sealedGateway = Object.create(gateway) as PlatformGateway;
  return Object.assign(sealedGateway, {
    sendToPerson: async (identity: ReachableIdentity, message: Message) =>
      gateway.sendToPerson(identity, await seal.sealMessage(message, personBinding(identity))),
    sendToConversation: async (conversation: Conversation, message: Message) =>
      gateway.sendToConversation(conversation, await seal.sealMessage(message, conversationBinding(conversation))),
    updateMessage: async (sent: SentMessage, message: Message) =>
      gateway.updateMessage(sent, await seal.sealMessage(message, conversationBinding(sent.conversation))),
  });
}
