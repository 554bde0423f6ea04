// Retrieved documents from the JSON forms conventions use: [{id, score, content|document|text, metadata}].
import { asNumber, asString, isRecord, parseJson } from './read-attributes';
import type { RetrievalDocument } from './types';

export function documentsFromJson(text: string | undefined): RetrievalDocument[] | undefined {
  const parsed = parseJson(text);
  const list = Array.isArray(parsed) ? parsed : isRecord(parsed) && Array.isArray(parsed.documents) ? parsed.documents : undefined;
  if (!list) return undefined;
  const docs: RetrievalDocument[] = [];
  for (const d of list) {
    if (!isRecord(d)) continue;
    const id = asString(d.id);
    const score = asNumber(d.score);
    const content = asString(d.content) ?? asString(d.document) ?? asString(d.text) ?? asString(d.pageContent);
    const metadata = d.metadata === undefined ? undefined : JSON.stringify(d.metadata);
    docs.push({ ...(id !== undefined && { id }), ...(score !== undefined && { score }), ...(content !== undefined && { content }), ...(metadata !== undefined && { metadata }) });
  }
  return docs;
}
