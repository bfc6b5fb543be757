/** Bot Framework activities from Teams come to this route (the messaging endpoint of the bot registration). */
export const TEAMS_ROUTE = '/api/messages';
