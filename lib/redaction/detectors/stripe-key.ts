import { regexDetector, SECRET } from '../detector';

// Stripe secret and restricted keys (sk_live_, sk_test_, rk_live_, rk_test_) and webhook signing secrets (whsec_).
// Publishable keys (pk_) are meant to be public and stay.
export const stripeKeyDetector = regexDetector({
  name: 'stripe_key',
  label: SECRET,
  patterns: [/(?<![A-Za-z0-9_])(?:[sr]k_(?:live|test)_[A-Za-z0-9]{16,}|whsec_[A-Za-z0-9+/=]{24,})/g],
  hints: ['k_live_', 'k_test_', 'whsec_'],
});
