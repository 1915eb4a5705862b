// crmready's judges as promptfoo assertions: each returns {pass, score, reason} and never throws.
// `judge` is one judge (named in the assertion's config): it passes when the judge raised no flag the
// scenario did not plant, and every planted flag of its kind was raised. `scenario` is crmready's own
// verdict for the whole run (exactly the expected flags, no error).

/** Which flags are whose to catch, to say which judge missed a planted flag. */
export const CODES = {
  validity: ['schema_violation', 'out_of_range'],
  grounding: ['hallucinated_value'],
  permission: ['permission_denied', 'permission_leak'],
  approval: ['unapproved_action', 'forbidden_action'],
  end_state: ['missing_write', 'unexpected_write', 'wrong_value'],
};

const data = (context) => context?.providerResponse?.metadata?.crmready ?? context?.metadata?.crmready;
const where = (f) => [f.step === null || f.step === undefined ? 'answer/end state' : `step ${f.step}`, f.object, f.id, f.field].filter(Boolean).join(' ');

export function judge(_output, context) {
  const name = context?.config?.judge;
  const d = data(context);
  if (!name) return { pass: false, score: 0, reason: 'crmready assertion: config.judge is missing' };
  if (!d) return { pass: false, score: 0, reason: 'crmready assertion: the provider returned no crmready metadata (is the provider crmready?)' };
  const mine = d.findings.filter((f) => f.judge === name);
  const unexpected = mine.filter((f) => !d.expectedFlags.includes(f.code));
  const missed = (CODES[name] ?? []).filter((c) => d.expectedFlags.includes(c) && !d.raisedFlags.includes(c));
  const bad = unexpected.length + missed.length;
  const pass = bad === 0;
  const lines = [
    ...unexpected.map((f) => `unexpected ${f.code} at ${where(f)}: ${f.message}`),
    ...missed.map((c) => `planted ${c} was not caught`),
    ...(pass ? mine.map((f) => `caught planted ${f.code} at ${where(f)}: ${f.message}`) : []),
  ];
  return {
    pass,
    score: pass ? 1 : Math.max(0, 1 - bad / Math.max(1, mine.length + missed.length)),
    reason: `${name}: ${lines.length ? lines.join('; ') : 'no findings'}`,
  };
}

export function scenario(_output, context) {
  const d = data(context);
  if (!d) return { pass: false, score: 0, reason: 'crmready assertion: the provider returned no crmready metadata' };
  const extra = d.raisedFlags.filter((f) => !d.expectedFlags.includes(f));
  const missing = d.expectedFlags.filter((f) => !d.raisedFlags.includes(f));
  const pass = d.verdict === 'pass';
  const why = [extra.length ? `raised ${extra.join(', ')}` : '', missing.length ? `did not raise ${missing.join(', ')}` : '', d.error ?? ''].filter(Boolean).join('; ');
  return {
    pass,
    score: pass ? 1 : 0,
    reason: pass ? `as expected: ${d.expectedFlags.length ? `raised exactly ${d.expectedFlags.join(', ')}` : 'no flags'} (${d.mode}${d.model ? `, ${d.model}` : ''})` : `not as expected: ${why}`,
  };
}
