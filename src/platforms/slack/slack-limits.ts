/**
 * Slack's documented limits for Block Kit and the Web API, in characters or items. The renderer
 * keeps every message within them, so Slack never rejects what Keino sends.
 */
export const SLACK_LIMITS = {
  /** Blocks in one message. */
  messageBlocks: 50,
  /** Blocks in a modal or the App Home tab. */
  viewBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextText: 3000,
  actionsElements: 25,
  actionId: 255,
  blockId: 255,
  buttonText: 75,
  buttonValue: 2000,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  placeholder: 150,
  /** Modal title, submit and close labels. */
  viewTitle: 24,
  privateMetadata: 3000,
  callbackId: 255,
  inputLabel: 2000,
  inputHint: 2000,
  plainTextInput: 3000,
  /** An image block's alt_text and title (https://docs.slack.dev/reference/block-kit/blocks/image-block). */
  imageAltText: 2000,
  /** The notification text of a message (Slack truncates far later; keep previews short). */
  fallbackText: 3000,
  /** A response_url takes at most five posts in 30 minutes. */
  responseUrlPosts: 5,
} as const;
