/** The sample org behind the tool layer, for tests: its snapshot, the default policy, and who is who. */
import { join } from 'node:path';
import { loadPolicy, type Policy } from '../access/policy.js';
import { PACKAGE_ROOT, SAMPLE_ORG } from '../cli/paths.js';
import { orThrow } from '../core/problem.js';
import { loadSnapshot, type LoadedSnapshot } from '../snapshot/load-snapshot.js';
import { openToolLayer, type ToolLayer } from '../sandbox/index.js';

/** fixtures/acme users by what they are (access.json): role, profile and permission sets. */
export const ACME_USERS = {
  ceo: '0055g0000000001AAA', // CEO role, Sales Manager profile
  admin: '0055g0000000002AAA', // CEO role, System Administrator (View/Modify All Data)
  vpSales: '0055g0000000003AAA',
  serviceManager: '0055g0000000004AAA',
  salesManagerNA: '0055g0000000005AAA',
  repNA: '0055g0000000006AAA', // + Sensitive Contact Data
  repNA2: '0055g0000000007AAA', // + Opportunity Delete
  salesManagerEMEA: '0055g000000000AAAQ',
  repEMEA: '0055g000000000BAAQ',
  repAPAC: '0055g000000000FAAQ',
  agent: '0055g000000000HAAQ', // Service Agent + Sensitive Contact Data + Revenue Visibility
  agent2: '0055g000000000IAAQ', // Service Agent, nothing extra
  inactiveRep: '0055g000000000KAAQ',
} as const;

export const ACME_POLICY_FILE = join(PACKAGE_ROOT, 'evals/policy.yaml');
export const acmePolicy = (): Policy => orThrow(loadPolicy(ACME_POLICY_FILE));

export async function openAcme(): Promise<{ snap: LoadedSnapshot; layer: ToolLayer; close(): void }> {
  const snap = await loadSnapshot(SAMPLE_ORG);
  const layer = openToolLayer(snap, acmePolicy());
  return { snap, layer, close: () => snap.close() };
}
