// `npx tsx scripts/demo/cli.ts --days 7 --rate 2 --seed 42 --endpoint http://localhost:4318 --key <key>`
// Sends deterministic demo traffic to a Tokenmeter (or any OTLP/HTTP) endpoint. See --help.
import { parseCliArgs, USAGE } from './cli/args';
import { formatSummary } from './cli/report';
import { EndpointRefusedError, runDemo } from './cli/run';

async function main(): Promise<number> {
  const parsed = parseCliArgs(process.argv.slice(2), process.env);
  if (parsed.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`demo: ${parsed.message}\n\n${USAGE}\n`);
    return 2;
  }
  const options = parsed.options;
  if (!options.apiKey && !options.dryRun) {
    process.stderr.write('demo: no API key; pass --key or set TOKENMETER_API_KEY (or use --dry-run)\n');
    return 2;
  }

  // Ctrl-C ends the live phase cleanly: the spans already created are flushed before exiting.
  let requestStop: () => void = () => {};
  const stopSignal = new Promise<void>((resolve) => { requestStop = resolve; });
  const onSignal = () => {
    process.stderr.write('\ndemo: stopping, flushing what is buffered...\n');
    requestStop();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const started = performance.now();
  try {
    const result = await runDemo(options, { stopSignal });
    process.stdout.write(`${formatSummary(result.tally, { exported: result.exported, failed: result.failed, seconds: (performance.now() - started) / 1000, dryRun: options.dryRun })}\n`);
    if (result.failed > 0) {
      process.stderr.write(`demo: ${result.failed} spans were not accepted\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof EndpointRefusedError) {
      process.stderr.write(`demo: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
    // Everything is flushed and shut down by now; if a library still holds a socket open, do not hang on it.
    setTimeout(() => process.exit(code), 3000).unref();
  },
  (error: unknown) => {
    process.stderr.write(`demo: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
