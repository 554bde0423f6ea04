import { regexDetector, SECRET } from '../detector';

// Slack incoming-webhook and workflow URLs: anyone holding one can post into the channel. " ?" before each slash
// accepts the escaped form https:\/\/hooks.slack.com\/services\/... (see text-view.ts).
export const slackWebhookDetector = regexDetector({
  name: 'slack_webhook',
  label: SECRET,
  patterns: [/https: ?\/ ?\/hooks\.slack\.com(?: ?\/[A-Za-z0-9_-]+){2,6}/g],
  hints: ['hooks.slack.com'],
  canonical: (url) => url.replace(/ /g, ''),
});
