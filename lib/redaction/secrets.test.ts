import { describe, expect, it } from 'vitest';
import { defaultsOnly, redactAlone } from './test-support';

// Secrets are always on: every case runs with the default settings.
describe('secrets', () => {
  it.each([
    ['OpenAI project key', 'key sk-proj-Zx8Qm2Lr5Tn7Vb9Wc1Yd3Fg6Hj0Kk4Pp end', 'key [SECRET_1] end'],
    ['OpenAI legacy key', 'OPENAI_API_KEY=sk-T3BlbkFJa1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8s9', 'OPENAI_API_KEY=[SECRET_1]'],
    ['OpenAI service account key', '"sk-svcacct-AbCdEfGh1234567890IjKlMnOp"', '"[SECRET_1]"'],
    ['Anthropic key', 'x-api-key: sk-ant-api03-AbCd_EfGh-1234567890abcdefghijklmnopQRSTUV', 'x-api-key: [SECRET_1]'],
    ['AWS access key id', 'AKIAIOSFODNN7EXAMPLE is the id', '[SECRET_1] is the id'],
    ['AWS temporary key id', 'id=ASIAY34FZKBOKMUTVV7A;', 'id=[SECRET_1];'],
    ['AWS secret in a credentials file', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws_secret_access_key = [SECRET_1]'],
    ['AWS secret in an env file', 'export AWS_SECRET_ACCESS_KEY="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"', 'export AWS_SECRET_ACCESS_KEY="[SECRET_1]"'],
    ['AWS secret in sts JSON', '{"SecretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}', '{"SecretAccessKey": "[SECRET_1]"}'],
    ['GitHub personal token', 'token ghp_Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8', 'token [SECRET_1]'],
    ['GitHub server token', 'GITHUB_TOKEN=ghs_16C7e42F292c6912E7710c838347Ae178B4a', 'GITHUB_TOKEN=[SECRET_1]'],
    ['GitHub fine-grained token', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP', '[SECRET_1]'],
    ['Slack bot token', 'SLACK_BOT_TOKEN=xoxb-1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx', 'SLACK_BOT_TOKEN=[SECRET_1]'],
    ['Slack app token', 'xapp-1-A0123456789-1234567890123-abcdef0123456789', '[SECRET_1]'],
    ['Slack webhook', 'post to https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX now', 'post to [SECRET_1] now'],
    ['JWT', 'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', 'jwt [SECRET_1]'],
    ['RSA private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nq83+/=\n-----END RSA PRIVATE KEY----- done', '[SECRET_1] done'],
    ['OpenSSH private key', 'k: -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=\n-----END OPENSSH PRIVATE KEY-----', 'k: [SECRET_1]'],
    ['PGP private key block', '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF\n-----END PGP PRIVATE KEY BLOCK-----', '[SECRET_1]'],
    ['private key cut short by the SDK', 'key: -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 'key: [SECRET_1]'],
    ['Bearer token', 'Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0', 'Authorization: Bearer [SECRET_1]'],
    ['Bearer JWT', 'authorization: bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNH', 'authorization: bearer [SECRET_1]'],
    ['Basic credentials', 'Authorization: Basic dXNlcjpwYXNzd29yZA==', 'Authorization: Basic [SECRET_1]'],
    ['password in a URL', 'DATABASE_URL=postgres://app:s3cr3t-Pa55@db.internal:5432/prod', 'DATABASE_URL=postgres://app:[SECRET_1]@db.internal:5432/prod'],
    ['Stripe secret key', 'stripe sk_live_51H8abcdEFGHijklMNOPqrst', 'stripe [SECRET_1]'],
    ['Stripe webhook secret', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLSZx', '[SECRET_1]'],
    ['Google API key', 'GEMINI_API_KEY=AIzaSyD-1234567890abcdefghijklmnopqrstu', 'GEMINI_API_KEY=[SECRET_1]'],
    ['Hugging Face token', 'HF_TOKEN=hf_AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh', 'HF_TOKEN=[SECRET_1]'],
  ])('%s', (_name, input, expected) => {
    const out = redactAlone(input, defaultsOnly);
    expect(out.text).toBe(expected);
    expect(out.counts).toEqual({ secret: 1 });
  });

  it.each([
    'pip install scikit-learn; see task-management-system-design-doc',
    'sk-learn-tutorial-for-beginners-part-two',
    'AKIA is a prefix, AKIAIOSFODNN7 is too short to be a key id',
    'the bearer of responsibility-for-all-decisions-made',
    'Basic authentication is described in RFC 7617',
    'eyJhbGciOiJIUzI1NiJ9 alone is only a header',
    'ghp_short and hf_hub_download and hf_abcdefghijklmnopqrstuvwxyzabcdefgh',
    'pk_live_51H8abcdEFGHijklMNOPqrst is a publishable key',
    'https://example.com/path?user=a:b and ssh://git@github.com:22/org/repo',
    '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----',
    'the secret access key is stored in the vault, never in code',
    'commit 9fceb02d0ae598e95dc970b74767f19372d61af8 and uuid 123e4567-e89b-12d3-a456-426614174000',
  ])('leaves look-alikes alone: %s', (input) => {
    expect(redactAlone(input, defaultsOnly)).toEqual({ text: input, counts: {} });
  });

  it('finds a key right after a JSON escape, where a naive word boundary would miss it', () => {
    const json = JSON.stringify({ content: 'my key:\nsk-proj-Zx8Qm2Lr5Tn7Vb9Wc1Yd3Fg6Hj0Kk4Pp\tand\tghp_Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8' });
    const out = redactAlone(json, defaultsOnly);
    expect(JSON.parse(out.text)).toEqual({ content: 'my key:\n[SECRET_1]\tand\t[SECRET_2]' });
  });

  it('redacts a PEM block inside JSON without swallowing the rest of the document', () => {
    const json = JSON.stringify({ pem: '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg\n-----END EC PRIVATE KEY-----', next: 'kept' });
    expect(JSON.parse(redactAlone(json, defaultsOnly).text)).toEqual({ pem: '[SECRET_1]', next: 'kept' });
    const cut = '{"pem":"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADAN","next":"kept"}';
    expect(redactAlone(cut, defaultsOnly).text).toBe('{"pem":"[SECRET_1]","next":"kept"}');
  });

  it('reads the JSON-escaped slashes some serialisers write', () => {
    const json = '{"url":"https:\\/\\/hooks.slack.com\\/services\\/T000\\/B000\\/XXXXXXXX","db":"postgres:\\/\\/u:hunter2x@db\\/x"}';
    expect(JSON.parse(redactAlone(json, defaultsOnly).text)).toEqual({ url: '[SECRET_1]', db: 'postgres://u:[SECRET_2]@db/x' });
  });
});
