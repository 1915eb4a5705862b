// A promptfoo provider that runs a crmready scenario: the recording through the tool layer (replay)
// or Claude through the same tool layer (live, when ANTHROPIC_API_KEY is set), then every crmready
// judge. The output is the AI's final answer; the metadata carries the verdict and the findings the
// crmready assertions read.
import { modeOf, runSuite } from './crmready.mjs';

export default class CrmreadyProvider {
  constructor(options = {}) {
    this.config = options.config ?? {};
    this.label = options.label;
  }

  id() {
    return `crmready:${modeOf(this.config)}`;
  }

  async callApi(_prompt, context) {
    const { suite, scenario } = context?.vars ?? {};
    if (!suite || !scenario) return { error: 'crmready provider: the test needs vars.suite (a suite file) and vars.scenario (a scenario id)' };
    let done;
    try {
      done = await runSuite(suite, this.config);
    } catch (e) {
      return { error: `crmready: ${e.message}` };
    }
    const { run, mode, model, judges } = done;
    const result = run.results.find((r) => r.id === scenario);
    if (!result) {
      const skipped = run.skipped.find((s) => s.id === scenario);
      return { error: skipped ? `crmready skipped ${scenario}: ${skipped.reason}` : `crmready: no scenario ${scenario} in ${suite}${run.stopped ? ` (the run stopped: ${run.stopped})` : ''}` };
    }
    const trial = run.trials.find((t) => t.scenario === scenario);
    const usage = result.usage;
    return {
      output: trial?.transcript.answer ?? '',
      ...(usage ? { tokenUsage: { prompt: usage.inputTokens, completion: usage.outputTokens, total: usage.inputTokens + usage.outputTokens }, cost: usage.costUsd, latencyMs: usage.latencyMs } : {}),
      metadata: {
        crmready: {
          mode, ...(model ? { model } : {}), suite: result.suite, scenario: result.id, pattern: result.pattern, verdict: result.verdict,
          expectedFlags: result.expectedFlags, raisedFlags: result.raisedFlags, findings: result.findings, judges,
          steps: (trial?.transcript.steps ?? []).map((s) => ({ tool: s.tool, input: s.input, status: s.outcome.status, code: s.outcome.code })),
          ...(result.error ? { error: result.error } : {}),
        },
      },
    };
  }
}
