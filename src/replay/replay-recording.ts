/**
 * Replays a recording call by call through the tool layer as the scenario's actor, in observe mode
 * (what the AI tried is judged, not silently blocked). Tool results are recomputed from the sandbox,
 * never read from the recording, so a recording can be re-judged against a newer snapshot.
 */
import { scriptedApprover } from '../sandbox/approvals.js';
import { callTool } from '../sandbox/call-tool.js';
import type { ToolLayer } from '../sandbox/index.js';
import type { ToolSession } from '../sandbox/tool-session.js';
import type { Scenario } from './suite-schema.js';
import type { Transcript } from './transcript.js';

export function scenarioSession(layer: ToolLayer, scenario: Scenario, opts: { run: string; trial?: number }): ToolSession {
  return layer.session({
    actorId: scenario.actor, scenario: opts.trial ? `${scenario.id}#${opts.trial}` : scenario.id, run: opts.run,
    mode: 'observe', approver: scriptedApprover(scenario.approvals),
  });
}

export async function replayRecording(session: ToolSession, scenario: Scenario): Promise<Transcript> {
  const steps: Transcript['steps'] = [];
  for (const step of scenario.recording?.steps ?? []) {
    const outcome = await callTool(session, step.tool, step.input);
    steps.push({ index: steps.length + 1, tool: step.tool, input: step.input, outcome });
  }
  return { steps, answer: scenario.recording?.answer ?? null };
}
