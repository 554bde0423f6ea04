import { regexDetector, SECRET } from '../detector';

// Hugging Face access tokens: hf_ followed by 34 random letters. Mixed case is required so that identifiers such as
// hf_hubdownloadhelperfunctionsforcaching stay.
export const huggingFaceTokenDetector = regexDetector({
  name: 'huggingface_token',
  label: SECRET,
  patterns: [/(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{30,}(?![A-Za-z0-9_])/g],
  hints: ['hf_'],
  accept: (token) => /[a-z]/.test(token.slice(3)) && /[A-Z]/.test(token),
});
