import { regexDetector, SECRET } from '../detector';

// Slack bot, user, app-level, configuration and refresh tokens: xoxb-, xoxp-, xoxa-, xoxo-, xoxs-, xoxr-, xoxe-, xapp-.
export const slackTokenDetector = regexDetector({
  name: 'slack_token',
  label: SECRET,
  patterns: [/(?<![A-Za-z0-9_-])(?:xox[abposre]|xapp)-[A-Za-z0-9-]{10,}/g],
  hints: ['xox', 'xapp-'],
});
