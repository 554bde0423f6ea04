// Code-review agent, triggered by a pull-request webhook: fetch the diff, read surrounding files and search the code
// base, post comments, then write a summary. Reasoning models (o3-mini) spend hidden tokens here, and each round
// resends the growing conversation: these are the most expensive traces in the demo. A session is one pull request;
// every new push is another turn.
import { model, type ModelId } from '../../catalog/models';
import type { TenantId } from '../../catalog/tenants';
import { diffHunk, fileExcerpt, filePath, identifier, pullRequestTitle, reviewComment, reviewSummary, searchHits } from '../../text/code';
import { runAgent, type PlannedToolCall } from '../agent-loop';
import { gap, stepIds, type BuildContext } from '../build-context';
import { textMessage } from '../llm-call';
import type { ToolDefinition, WorkflowStep } from '../types';
import { chooseModel, requestStep, sessionRng, type FeatureBuild, type SessionState } from './shared';

const MODELS: Partial<Record<TenantId, ReadonlyArray<readonly [ModelId, number]>>> = {
  acme: [['o3-mini', 50], ['claude-sonnet-4', 50]],
  globex: [['o3-mini', 60], ['gpt-4o', 40]],
  initech: [['claude-sonnet-4', 70], ['o3-mini', 30]],
  umbrella: [['gpt-4o', 100]],
  hooli: [['o3-mini', 50], ['claude-sonnet-4', 50]],
};

const TOOLS: readonly ToolDefinition[] = [
  { name: 'fetch_diff', description: 'Fetch the unified diff of a pull request.', parameters: { type: 'object', properties: { repo: { type: 'string' }, pr: { type: 'integer' } } } },
  { name: 'read_file', description: 'Read a file at the head commit of the pull request.', parameters: { type: 'object', properties: { path: { type: 'string' } } } },
  { name: 'search_code', description: 'Search the repository for a symbol or string.', parameters: { type: 'object', properties: { query: { type: 'string' } } } },
  { name: 'post_comment', description: 'Post a review comment on a line of the diff.', parameters: { type: 'object', properties: { path: { type: 'string' }, line: { type: 'integer' }, body: { type: 'string' } } } },
];

const SYSTEM = [
  'You are a senior engineer reviewing a pull request. Fetch the diff first, read files when the diff lacks context,',
  'and search the code base before claiming something is unused. Report only real problems: correctness, security,',
  'performance, missing tests. Post each finding as a line comment, then reply with a short overall summary.',
].join(' ');

export function buildCodeReview(ctx: BuildContext, session: SessionState | undefined): FeatureBuild {
  const { rng } = ctx;
  const prRng = session ? sessionRng(session) : rng;
  const repo = `${ctx.tenant.id}/${prRng.pick(['platform', 'billing-service', 'web-app', 'sdk'])}`;
  const pr = prRng.int(100, 9999);
  const title = pullRequestTitle(prRng);
  const paths = Array.from({ length: rng.int(1, 3) }, () => filePath(rng));

  const rounds: PlannedToolCall[][] = [[{
    name: 'fetch_diff', arguments: { repo, pr }, durationMs: rng.logNormal(380, 0.4),
    result: paths.map((p) => diffHunk(rng, p, rng.int(500, 1100))).join('\n'),
  }]];
  const readRound: PlannedToolCall[] = rng.sample(paths, rng.int(1, 2)).map((p) => ({
    name: 'read_file', arguments: { path: p }, durationMs: rng.logNormal(150, 0.4), result: fileExcerpt(rng, p, rng.int(600, 1200)),
  }));
  if (rng.chance(0.6)) {
    const symbol = identifier(rng);
    readRound.push({ name: 'search_code', arguments: { query: symbol }, durationMs: rng.logNormal(520, 0.5), result: searchHits(rng, symbol) });
  }
  rounds.push(readRound);
  const comments = Array.from({ length: rng.int(1, 3) }, () => {
    const path = rng.pick(paths);
    const line = rng.int(12, 480);
    return { path, line, body: reviewComment(rng, path, line) };
  });
  rounds.push(comments.map((comment) => ({
    name: 'post_comment', arguments: comment, durationMs: rng.logNormal(300, 0.3),
    result: JSON.stringify({ id: rng.int(1_000_000, 9_999_999), url: `https://github.example.com/${repo}/pull/${pr}#discussion_r${rng.int(1e8, 9e8)}` }),
  })));

  const modelId = chooseModel(rng, MODELS, ctx.tenant.id, 'gpt-4o');
  const workflowStart = gap(ctx, 8);
  const agent = runAgent(ctx, {
    name: 'reviewer', description: 'Reviews pull requests and posts line comments.', model: model(modelId), system: SYSTEM,
    conversation: [textMessage('user', `Review pull request #${pr} in ${repo}: "${title}". Push ${(session?.turns ?? 0) + 1}.`)],
    tools: TOOLS, rounds, finalAnswer: reviewSummary(rng, comments.map((c) => c.body)), startMs: workflowStart + gap(ctx, 3), streaming: false,
    hiddenPromptTokens: 900, evaluationRate: 0.02, temperature: modelId === 'o3-mini' ? 1 : 0.1,
  });
  const workflow: WorkflowStep = {
    kind: 'workflow', ...stepIds(ctx), startMs: workflowStart, durationMs: agent.endMs + gap(ctx, 4) - workflowStart,
    children: [agent.step], ...(agent.error ? { error: agent.error } : {}), name: 'code-review',
    input: JSON.stringify({ repo, pr, title }), output: agent.step.output,
  };
  const root = requestStep(ctx, {
    method: 'POST', route: '/webhooks/github', input: JSON.stringify({ action: 'synchronize', repo, pr }), output: '',
    children: [workflow], endMs: workflow.startMs + workflow.durationMs, error: agent.error,
  });
  return { root, remember: [] };
}
