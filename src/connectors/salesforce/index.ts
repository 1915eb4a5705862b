/** `crmready pull salesforce` as a library (the CLI calls `pullSalesforce` and prints its problems). */
export { pullSalesforce, type PulledObject, type PullSummary } from './pull-salesforce.js';
export { DEFAULT_API_VERSION, DEFAULT_BULK_THRESHOLD, type PullOptions } from './pull-options.js';
