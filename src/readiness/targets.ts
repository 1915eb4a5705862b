/**
 * Which objects and fields the audit gates look at. The eval knows what the scenarios actually
 * touched (their declared objects and writes, and the object/field of every judge finding); when
 * there is no eval, or it says nothing, readiness.yaml's default targets stand in, and the report
 * says so.
 */
import type { Targets } from './gate-types.js';
import type { EvalRun } from './run-inputs.js';

const uniq = (xs: string[]) => [...new Set(xs)].sort();

export function resolveTargets(ev: EvalRun | undefined, defaults: { read: string[]; write: string[]; writeObjects: string[] }): Targets {
  const read: string[] = [];
  const fields: string[] = [];
  const writeObjects: string[] = [];
  for (const s of ev?.scenarios ?? []) {
    const objects = [...(s.objects ?? []), ...s.findings.map((f) => f.object).filter((o): o is string => !!o)];
    if (s.pattern === 'read') read.push(...objects);
    else {
      writeObjects.push(...objects);
      fields.push(...(s.writes ?? []).filter((w) => w.includes('.')));
      writeObjects.push(...(s.writes ?? []).map((w) => w.split('.')[0]));
      for (const f of s.findings) if (f.object && f.field) fields.push(`${f.object}.${f.field}`);
    }
  }
  return {
    readObjects: read.length ? uniq(read) : defaults.read,
    writeFields: fields.length ? uniq(fields) : defaults.write,
    // A scenario names what it writes (a Task) but not what that attaches to (the Account or Contact
    // behind WhatId/WhoId), where duplicates do the harm: the defaults always join in.
    writeObjects: uniq([...writeObjects, ...defaults.writeObjects]),
    source: { read: read.length ? 'eval' : 'default', write: fields.length ? 'eval' : 'default' },
  };
}
