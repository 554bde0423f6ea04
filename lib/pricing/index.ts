// Cost at ingest: exact decimal prices for LLM spans from project overrides and the built-in catalog.
export { priceSpan } from './price-span';
export { estimateTokens, estimatorLabel, countTokens, tokenizerForModel } from './estimate-tokens';
export type { EstimateTokensInput, TokenEstimate, TokenizerName } from './estimate-tokens';
export { priceOverrideSchema, priceOverridePricesSchema, COST_KINDS } from './types';
export type { CostKind, PriceOverride, PriceOverrideInput, PricedCost, PriceSpanInput, PriceStatus, UnpricedReason } from './types';
export { CATALOG_VERSION } from './catalog';
export { addDecimals, costOfTokens, fitsCostColumn, formatDecimal, parseDecimal, sumDecimals, tryParseDecimal, ZERO_DECIMAL } from './decimal';
export type { Decimal } from './decimal';
