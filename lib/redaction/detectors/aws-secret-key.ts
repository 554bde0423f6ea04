import { regexDetector, SECRET } from '../detector';

// AWS secret access keys are 40 base64 characters with no prefix of their own, so only the ones written next to
// their name are recognisable: aws_secret_access_key = ..., AWS_SECRET_ACCESS_KEY="...", "SecretAccessKey": "..."
// (credentials files, env files, the JSON of `aws sts`). The name stays, the key is replaced.
export const awsSecretKeyDetector = regexDetector({
  name: 'aws_secret_key',
  label: SECRET,
  patterns: [
    /(?:aws[_-]?secret[_-]?(?:access[_-]?)?key|secret[_-]?access[_-]?key)[\s"'`]{0,6}(?:=>|[:=])[\s"'`]{0,6}(?<value>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/dgi,
  ],
  hints: ['ecret', 'ECRET'],
});
