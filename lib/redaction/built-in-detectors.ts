// The built-in detectors by setting, and the order in which they claim text. Where finds would overlap, the earlier
// detector wins and later ones never see that text: secrets first (a key that also looks like a phone number is
// reported as a key), then the most specific shapes before the most generic (an IBAN's digit groups before cards,
// cards and national ids before phone numbers, addresses before phones). Project rules come after secrets and cards,
// which are always on, and before the generic optional detectors, so a project's own id format keeps its own name.
import type { Detector } from './detector';
import { anthropicKeyDetector } from './detectors/anthropic-key';
import { awsAccessKeyIdDetector } from './detectors/aws-access-key-id';
import { awsSecretKeyDetector } from './detectors/aws-secret-key';
import { basicAuthDetector } from './detectors/basic-auth';
import { bearerTokenDetector } from './detectors/bearer-token';
import { caSinDetector } from './detectors/ca-sin';
import { emailDetector } from './detectors/email';
import { esDniDetector } from './detectors/es-dni';
import { githubTokenDetector } from './detectors/github-token';
import { googleApiKeyDetector } from './detectors/google-api-key';
import { huggingFaceTokenDetector } from './detectors/huggingface-token';
import { ibanDetector } from './detectors/iban';
import { inAadhaarDetector } from './detectors/in-aadhaar';
import { ipv4Detector } from './detectors/ipv4';
import { ipv6Detector } from './detectors/ipv6';
import { jwtDetector } from './detectors/jwt';
import { openAiKeyDetector } from './detectors/openai-key';
import { paymentCardDetector } from './detectors/payment-card';
import { phoneDetector } from './detectors/phone';
import { privateKeyBlockDetector } from './detectors/private-key-block';
import { slackTokenDetector } from './detectors/slack-token';
import { slackWebhookDetector } from './detectors/slack-webhook';
import { stripeKeyDetector } from './detectors/stripe-key';
import { ukNinoDetector } from './detectors/uk-nino';
import { urlCredentialsDetector } from './detectors/url-credentials';
import { usSsnDetector } from './detectors/us-ssn';
import type { DetectorName } from './settings';

export const BUILT_IN_DETECTORS: Readonly<Record<DetectorName, readonly Detector[]>> = {
  secret: [
    // Whole blocks and tokens before the key shapes that could match inside them.
    privateKeyBlockDetector,
    jwtDetector,
    anthropicKeyDetector,
    openAiKeyDetector,
    awsAccessKeyIdDetector,
    awsSecretKeyDetector,
    githubTokenDetector,
    slackWebhookDetector,
    slackTokenDetector,
    stripeKeyDetector,
    googleApiKeyDetector,
    huggingFaceTokenDetector,
    urlCredentialsDetector,
    bearerTokenDetector,
    basicAuthDetector,
  ],
  iban: [ibanDetector],
  payment_card: [paymentCardDetector],
  national_id: [usSsnDetector, ukNinoDetector, caSinDetector, esDniDetector, inAadhaarDetector],
  email: [emailDetector],
  // IPv6 first: an IPv4-mapped address (::ffff:192.0.2.1) is one address, not an IPv4 one with a prefix left over.
  ip_address: [ipv6Detector, ipv4Detector],
  phone: [phoneDetector],
};

/** Built-in detectors that run before the project's own rules; the rest run after them. */
export const BEFORE_CUSTOM_RULES: readonly DetectorName[] = ['secret', 'iban', 'payment_card'];
export const AFTER_CUSTOM_RULES: readonly DetectorName[] = ['national_id', 'email', 'ip_address', 'phone'];
