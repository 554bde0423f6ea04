// Support chat: a Next.js route that embeds the question, looks up help-center articles, then runs a streaming
// tool-using assistant (order lookup, account lookup, ticket creation). Multi-turn: later turns resend the history.
import { model, type ModelId } from '../../catalog/models';
import type { TenantId } from '../../catalog/tenants';
import { kbArticle, supportAnswer, supportFollowUp, supportQuestion } from '../../text/support';
import { gap, stepIds, type BuildContext } from '../build-context';
import { runAgent, type PlannedToolCall } from '../agent-loop';
import { callEmbedding } from '../embedding-call';
import { textMessage } from '../llm-call';
import type { Message, RetrievalStep, Step, ToolDefinition } from '../types';
import { boundedHistory, chooseModel, firstName, requestStep, type FeatureBuild, type SessionState } from './shared';

const MODELS: Partial<Record<TenantId, ReadonlyArray<readonly [ModelId, number]>>> = {
  acme: [['gpt-4o-mini', 60], ['gpt-4o', 25], ['claude-3-5-haiku', 15]],
  globex: [['claude-3-5-haiku', 50], ['gpt-4o', 50]],
  initech: [['gpt-4o-mini', 100]],
  umbrella: [['gpt-4o', 70], ['gpt-4o-mini', 30]],
  hooli: [['claude-3-5-haiku', 40], ['gemini-2.0-flash', 30], ['gpt-4o-mini', 30]],
};

const TOOLS: readonly ToolDefinition[] = [
  {
    name: 'lookup_order', description: 'Look up an order by id and return its status, items and totals.',
    parameters: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] },
  },
  {
    name: 'get_account', description: 'Return the customer account: plan, seats, SSO and billing settings.',
    parameters: { type: 'object', properties: { account_id: { type: 'string' } }, required: ['account_id'] },
  },
  {
    name: 'create_ticket', description: 'Open a ticket for the engineering or billing team.',
    parameters: {
      type: 'object',
      properties: { subject: { type: 'string' }, priority: { enum: ['low', 'normal', 'high'] }, summary: { type: 'string' } },
      required: ['subject', 'priority'],
    },
  },
];

function systemPrompt(tenantName: string, articles: string): string {
  return [
    `You are the customer support assistant for ${tenantName}. Answer in the customer's language, be concise and`,
    'friendly, and prefer concrete steps over general advice. Never promise refunds above $500 without a human agent,',
    'never reveal internal notes, and open a ticket when the issue needs engineering. Use the tools to look up orders',
    'and accounts instead of guessing. Cite help-center articles by number when you rely on them.',
    '',
    'Relevant help-center articles:',
    articles,
  ].join('\n');
}

function planRounds(ctx: BuildContext, orderId: string, accountId: string): PlannedToolCall[][] {
  const { rng } = ctx;
  const rounds = rng.weighted([[0, 55], [1, 35], [2, 10]] as const);
  const plan: PlannedToolCall[][] = [];
  if (rounds >= 1) {
    const order: PlannedToolCall = {
      name: 'lookup_order', arguments: { order_id: orderId }, durationMs: rng.logNormal(120, 0.5),
      result: JSON.stringify({
        order_id: orderId, status: rng.pick(['shipped', 'processing', 'refunded', 'payment_failed']),
        total: { amount: rng.int(1900, 189900) / 100, currency: rng.pick(['USD', 'EUR', 'GBP']) },
        items: Array.from({ length: rng.int(1, 3) }, () => ({ sku: `SKU-${rng.int(1000, 9999)}`, qty: rng.int(1, 5) })),
        created_at: `2025-0${rng.int(1, 9)}-1${rng.int(0, 9)}T1${rng.int(0, 9)}:2${rng.int(0, 9)}:00Z`,
      }),
    };
    const account: PlannedToolCall = {
      name: 'get_account', arguments: { account_id: accountId }, durationMs: rng.logNormal(90, 0.5),
      result: JSON.stringify({
        account_id: accountId, plan: rng.pick(['team', 'business', 'enterprise']), seats: rng.int(5, 400),
        sso_enabled: rng.chance(0.5), billing_email: ctx.user?.email ?? 'billing@example.com',
        open_invoices: rng.int(0, 3),
      }),
    };
    plan.push(rng.weighted([[[order], 4], [[account], 3], [[order, account], 2]] as const).slice());
  }
  if (rounds >= 2) {
    plan.push([{
      name: 'create_ticket', durationMs: rng.logNormal(260, 0.4),
      arguments: { subject: 'Customer reports repeated failure', priority: rng.pick(['normal', 'high']), summary: 'See conversation.' },
      result: JSON.stringify({ ticket_id: `SUP-${rng.int(10000, 99999)}`, url: `https://support.example.com/t/${rng.int(10000, 99999)}` }),
    }]);
  }
  return plan;
}

export function buildSupportChat(ctx: BuildContext, session: SessionState | undefined): FeatureBuild {
  const { rng } = ctx;
  const user = ctx.user;
  const question = session && session.turns > 0 && user
    ? supportFollowUp(rng, user, ctx.piiRate)
    : user ? supportQuestion(rng, user, ctx.piiRate) : 'Hello?';
  const children: Step[] = [];

  const embed = callEmbedding(ctx, model('text-embedding-3-small'), [question], gap(ctx, 8));
  children.push(...embed.steps);
  let cursor = embed.endMs + gap(ctx, 2);

  const documents = Array.from({ length: rng.int(3, 4) }, (_, i) => {
    const article = kbArticle(rng, rng.int(350, 600));
    return { id: article.id, title: article.title, url: article.url, content: article.body, score: Math.round((0.91 - i * 0.07 - rng.float(0, 0.05)) * 1000) / 1000 };
  });
  const retrieval: RetrievalStep = {
    kind: 'retrieval', ...stepIds(ctx), startMs: cursor, durationMs: rng.logNormal(35, 0.5), children: [],
    dataSource: 'help-center', vectorStore: 'pgvector', query: question, topK: 4, documents,
  };
  if (embed.ok) {
    children.push(retrieval);
    cursor = retrieval.startMs + retrieval.durationMs + gap(ctx, 2);
  }

  const history = boundedHistory(session?.history ?? [], 6);
  const conversation: Message[] = [...history, textMessage('user', question)];
  const articles = documents.map((d, i) => `[${i + 1}] ${d.title}\n${d.content}`).join('\n\n');
  const answer = supportAnswer(rng, firstName(user?.name));
  const modelId = chooseModel(rng, MODELS, ctx.tenant.id, 'gpt-4o-mini');
  const agent = embed.ok
    ? runAgent(ctx, {
      name: 'support-assistant', description: 'Answers customer questions with help-center context and account tools.',
      model: model(modelId), system: systemPrompt(ctx.tenant.displayName, articles), conversation, tools: TOOLS,
      rounds: planRounds(ctx, `ORD-${rng.int(100000, 999999)}`, `acct_${ctx.tenant.id}_${rng.int(100, 999)}`),
      finalAnswer: answer, startMs: cursor, streaming: true, hiddenPromptTokens: 1400, evaluationRate: 0.05,
      temperature: 0.3,
    })
    : undefined;
  if (agent) children.push(agent.step);

  const error = agent ? agent.error : embed.error;
  const endMs = agent ? agent.endMs : embed.endMs;
  const root = requestStep(ctx, {
    method: 'POST', route: '/api/chat', input: question, output: error ? '' : answer, children, endMs, error,
  });
  return { root, remember: error ? [] : [textMessage('user', question), textMessage('assistant', answer)] };
}
