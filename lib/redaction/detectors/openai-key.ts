import { regexDetector, SECRET } from '../detector';

// OpenAI API keys: legacy sk-<48 characters>, and sk-proj-, sk-svcacct-, sk-admin- keys. A key is random, so it has
// digits or capitals; a slug such as "sk-learn-tutorial-for-beginners" has neither and is left alone.
export const openAiKeyDetector = regexDetector({
  name: 'openai_key',
  label: SECRET,
  patterns: [/(?<![A-Za-z0-9_-])sk-(?!ant-)(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}/g],
  hints: ['sk-'],
  accept: (key) => /[0-9A-Z]/.test(key.replace(/^sk-(?:proj-|svcacct-|admin-|None-)?/, '')),
});
