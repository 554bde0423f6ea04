import { regexDetector, SECRET } from '../detector';

// Anthropic API and admin keys: sk-ant-api03-..., sk-ant-admin01-...
export const anthropicKeyDetector = regexDetector({
  name: 'anthropic_key',
  label: SECRET,
  patterns: [/(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{20,}/g],
  hints: ['sk-ant-'],
});
