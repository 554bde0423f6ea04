import { regexDetector, SECRET } from '../detector';

// Google API keys (Gemini, Maps, Firebase): AIza followed by 35 characters.
export const googleApiKeyDetector = regexDetector({
  name: 'google_api_key',
  label: SECRET,
  patterns: [/(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g],
  hints: ['AIza'],
});
