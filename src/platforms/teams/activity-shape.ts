/**
 * The shape an incoming Bot Framework activity must have before the SDK sees it. botbuilder
 * validates loosely and answers 500 (or throws) for a body with a type that is no string, a
 * serviceUrl that is no URL, a conversation without an id …: such a request is the sender's
 * mistake, refused here with 400, and nothing runs.
 */
export function activityProblem(body: unknown): string | undefined {
  if (!isObject(body)) return 'the body is not a JSON object';
  if (typeof body.type !== 'string' || body.type.length === 0) return 'type is missing or not a string';
  if (typeof body.serviceUrl !== 'string' || !/^https?:\/\/[^\s/]+/i.test(body.serviceUrl)) return 'serviceUrl is missing or not an http(s) URL';
  if (!isObject(body.conversation) || typeof body.conversation.id !== 'string' || body.conversation.id.length === 0) return 'conversation.id is missing';
  for (const key of ['from', 'recipient'] as const) {
    if (body[key] !== undefined && (!isObject(body[key]) || typeof body[key].id !== 'string')) return `${key}.id is missing`;
  }
  if ((body.type === 'message' || body.type === 'invoke') && !isObject(body.from)) return 'from is missing';
  for (const key of ['text', 'name', 'locale', 'replyToId', 'channelId'] as const) {
    if (body[key] !== undefined && body[key] !== null && typeof body[key] !== 'string') return `${key} is not a string`;
  }
  for (const key of ['entities', 'attachments', 'membersAdded', 'membersRemoved'] as const) {
    if (body[key] !== undefined && body[key] !== null && !(Array.isArray(body[key]) && body[key].every(isObject))) return `${key} is not a list of objects`;
  }
  if (body.channelData !== undefined && body.channelData !== null && !isObject(body.channelData)) return 'channelData is not an object';
  if (body.type === 'invoke' && body.name === 'adaptiveCard/action') {
    const action = isObject(body.value) ? body.value.action : undefined;
    if (!isObject(action) || typeof action.verb !== 'string' || (action.data !== undefined && !isObject(action.data))) {
      return 'an adaptiveCard/action invoke without an Action.Execute verb and data';
    }
  }
  return undefined;
}

// biome-ignore lint/suspicious/noExplicitAny: untrusted JSON walked field by field, each checked with typeof before use.
function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
