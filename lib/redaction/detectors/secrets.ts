import type { Detector } from '../detector';

// API keys and credentials with a recognisable shape: OpenAI and Anthropic keys, AWS access key ids and secret keys
// (by their assignment), GitHub and Slack tokens, Slack webhooks, JWTs and PEM private key blocks.
const SECRET = [
  String.raw`sk-ant-[A-Za-z0-9_-]{20,}`,
  String.raw`sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}`,
  String.raw`(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}`,
  String.raw`(?<=aws_secret_access_key\s{0,3}[=:]\s{0,3}["']?)[A-Za-z0-9/+=]{40}`,
  String.raw`(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}`,
  String.raw`github_pat_[A-Za-z0-9_]{22,255}`,
  String.raw`xox[abposr]-[A-Za-z0-9-]{10,}`,
  String.raw`https://hooks\.slack\.com/services/[A-Za-z0-9/_-]+`,
  String.raw`eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}`,
  String.raw`-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[\s\S]{0,20000}?-----END [A-Z ]{0,40}PRIVATE KEY-----`,
];

export const secretsDetector: Detector = {
  type: 'SECRET',
  countKey: 'secret',
  pattern: new RegExp(`(?<![A-Za-z0-9_-])(?:${SECRET.join('|')})`, 'g'),
  mayContain: (text) =>
    text.includes('sk-') ||
    text.includes('AKIA') ||
    text.includes('ASIA') ||
    text.includes('ABIA') ||
    text.includes('ACCA') ||
    text.includes('aws_secret') ||
    text.includes('gh') ||
    text.includes('github_pat_') ||
    text.includes('xox') ||
    text.includes('hooks.slack') ||
    text.includes('eyJ') ||
    text.includes('PRIVATE KEY'),
};
