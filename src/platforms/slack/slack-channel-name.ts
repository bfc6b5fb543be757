/**
 * A Slack channel name for a group: lower case letters, digits, hyphens and underscores, no spaces
 * or periods, at most 80 characters. Finnish and Swedish letters become their plain forms.
 */
export function slackChannelName(slug: string): string {
  const plain = slug
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return `kr-${plain || 'ryhma'}`.slice(0, 80);
}
