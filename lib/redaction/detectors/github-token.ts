import { regexDetector, SECRET } from '../detector';

// GitHub personal, OAuth, user-to-server, server-to-server and refresh tokens (ghp_, gho_, ghu_, ghs_, ghr_) and
// fine-grained personal access tokens (github_pat_).
export const githubTokenDetector = regexDetector({
  name: 'github_token',
  label: SECRET,
  patterns: [/(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})/g],
  hints: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
});
