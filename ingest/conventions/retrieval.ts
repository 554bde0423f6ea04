// Retrieved documents from the JSON forms conventions use: GenAI `gen_ai.retrieval.documents` ([{id, score}]),
// Langfuse retriever output ([{id, score, content, metadata}]), and `{documents: [...]}` wrappers.
import type { RetrievalDocument } from './types';
import { asNumber, asString, isRecord } from './values';

export function documentsFrom(value: unknown): RetrievalDocument[] | undefined {
  const list = Array.isArray(value) ? value : isRecord(value) && Array.isArray(value.documents) ? value.documents : undefined;
  if (!list) return undefined;
  let docs: RetrievalDocument[] | undefined;
  for (const d of list) {
    if (!isRecord(d)) continue;
    const id = asString(d.id);
    const score = asNumber(d.score);
    const content = asString(d.content) ?? asString(d.document) ?? asString(d.text) ?? asString(d.page_content) ?? asString(d.pageContent);
    const metadata = d.metadata === undefined || d.metadata === null ? undefined : JSON.stringify(d.metadata);
    (docs ??= []).push({
      ...(id !== undefined && { id }),
      ...(score !== undefined && { score }),
      ...(content !== undefined && { content }),
      ...(metadata !== undefined && { metadata }),
    });
  }
  return docs;
}
