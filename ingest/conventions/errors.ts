// Errors are the same in every convention: span status ERROR, `error.type`, and the `exception` event.
import { EVENT, type SpanView } from './span-view';
import { readString } from './values';

const STATUS_ERROR = 2;

export interface SpanError {
  readonly errorType?: string;
  readonly errorMessage?: string;
}

/**
 * An exception event on a span that did not fail was handled (a retry, a fallback): it is not the span's error.
 * `error.type` on its own does mark a failure, as the GenAI conventions define it.
 */
export function errorOf(view: SpanView): SpanError {
  const failed = view.span.statusCode === STATUS_ERROR;
  const declaredType = view.str('error.type');
  if (!failed && declaredType === undefined) return {};
  const exception = view.hasEvent(EVENT.exception) ? view.firstEvent('exception') : undefined;
  const errorType = declaredType ?? (exception ? readString(exception.attributes, 'exception.type') : undefined);
  const errorMessage = (view.span.statusMessage.length > 0 ? view.span.statusMessage : undefined)
    ?? (exception ? readString(exception.attributes, 'exception.message') : undefined);
  return { ...(errorType !== undefined && { errorType }), ...(errorMessage !== undefined && { errorMessage }) };
}
