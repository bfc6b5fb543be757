/** Every Slack request over HTTP (commands, interactivity, events) comes to this one route. */
export const SLACK_EVENTS_PATH = '/slack/events';
