import { regexDetector, SECRET } from '../detector';

// AWS access key ids: long-term (AKIA), temporary (ASIA) and the rarer ABIA/ACCA, 20 upper-case characters in all.
export const awsAccessKeyIdDetector = regexDetector({
  name: 'aws_access_key_id',
  label: SECRET,
  patterns: [/(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g],
  hints: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
});
