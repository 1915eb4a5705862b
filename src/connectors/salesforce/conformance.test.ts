/**
 * The connector against a second, independent fake org written from Salesforce's documentation rather
 * than from our own fake server: SOAP login, describes with the full set of attributes Salesforce
 * sends, REST pages of 7 records, Bulk 2.0 jobs that take several polls, result pages split at
 * arbitrary sizes behind opaque base64 locators ("null" on the last), every value quoted as the Bulk
 * API prints it, org-wide defaults on the Organization record (no EntityDefinition), Sforce-Limit-Info
 * on every answer, one REQUEST_LIMIT_EXCEEDED and one 500 on the way. Whatever the fake does, the
 * snapshot must pass the contract check and hold the source rows exactly.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contractCheck } from '../csv/test-helpers.js';
import { pullSalesforce } from './pull-salesforce.js';
import { csvRows, readJson, tempOut } from './test-support/pull-harness.js';

type Row = Record<string, string>; // Salesforce's printed values; '' = null
interface Field { name: string; type: string; [k: string]: unknown }
interface Obj { name: string; label: string; fields: Field[]; rows: Row[]; queryable?: boolean; refused?: string[] }

/** A describe field with every attribute a real DescribeSObjectResult field carries. */
function field(name: string, type: string, extra: Record<string, unknown> = {}): Field {
  return {
    aggregatable: true, aiPredictionField: false, autoNumber: false, byteLength: 0, calculated: false, calculatedFormula: null,
    cascadeDelete: false, caseSensitive: false, compoundFieldName: null, controllerName: null, createable: true, custom: name.endsWith('__c') || name.endsWith('__s'),
    defaultValue: null, defaultValueFormula: null, defaultedOnCreate: false, dependentPicklist: false, deprecatedAndHidden: false, digits: 0,
    displayLocationInDecimal: false, encrypted: false, externalId: false, extraTypeInfo: null, filterable: true, filteredLookupInfo: null,
    formulaTreatNullNumberAsZero: false, groupable: true, highScaleNumber: false, htmlFormatted: false, idLookup: name === 'Id', inlineHelpText: null,
    label: name.replace(/__c$/, '').replace(/Id$/, ''), length: 0, mask: null, maskType: null, name, nameField: name === 'Name', namePointing: false,
    nillable: true, permissionable: true, picklistValues: [], polymorphicForeignKey: false, precision: 0, queryByDistance: false,
    referenceTargetField: null, referenceTo: [], relationshipName: null, relationshipOrder: null, restrictedDelete: false, restrictedPicklist: false,
    scale: 0, searchPrefilterable: false, soapType: `xsd:${type}`, sortable: true, type, unique: false, updateable: true, writeRequiresMasterRead: false,
    ...extra,
  };
}
const sys = (name: string, type: string, extra: Record<string, unknown> = {}) => field(name, type, { createable: false, updateable: false, nillable: false, defaultedOnCreate: true, permissionable: false, ...extra });
const pick = (values: [string, boolean, boolean?][]) => values.map(([value, active, dflt]) => ({ active, defaultValue: dflt ?? false, label: value, validFor: null, value }));

const OWNER = '005000000000001AAA';
const accounts: Row[] = Array.from({ length: 23 }, (_, i) => ({
  Id: `001000000000${String(i + 100).padStart(3, '0')}AAA`, Name: i === 3 ? 'Quote "Q" Co, Ltd' : `Account ${i}`, Type: i % 2 ? 'Customer' : '',
  AnnualRevenue: i % 3 ? String(1500000 + i * 250.5) : '', NumberOfEmployees: i % 4 ? String(10 * i) : '', Active__c: i % 2 ? 'true' : 'false',
  BillingStreet: i === 5 ? '1 Main St\nSuite 200' : `${i} Market St`, BillingCity: 'Springfield', BillingPostalCode: i % 5 ? '01101' : '', BillingCountry: 'United States',
  Site__Latitude__s: i % 2 ? '37.7749' : '', Site__Longitude__s: i % 2 ? '-122.4194' : '',
  Description: i === 7 ? 'Line one\nline "two", with comma' : i === 8 ? ' leading space' : '', OwnerId: OWNER,
  CreatedDate: `2025-0${(i % 9) + 1}-15T08:04:25.000Z`, LastModifiedDate: `2026-01-${String((i % 28) + 1).padStart(2, '0')}T19:35:38.000Z`,
  Secret__c: 'hidden',
}));
const opportunities: Row[] = Array.from({ length: 301 }, (_, i) => ({
  Id: `006000000000${String(i + 100).padStart(3, '0')}AAA`, Name: i % 50 === 0 ? `Deal, "big" #${i}` : `Deal ${i}`, AccountId: accounts[i % accounts.length].Id,
  StageName: ['Prospecting', 'Closed Won', 'Negotiation'][i % 3], Amount: i % 7 ? String(i * 1000 + 0.5) : '', Probability: String((i % 10) * 10),
  CloseDate: `2026-0${(i % 9) + 1}-0${(i % 9) + 1}`, IsPrivate: i % 11 ? 'false' : 'true', Notes__c: i % 13 === 0 ? 'multi\r\nline' : '', OwnerId: OWNER,
  LastModifiedDate: `2026-02-${String((i % 28) + 1).padStart(2, '0')}T01:02:03.000Z`,
}));

const ORG: Obj[] = [
  {
    name: 'Account', label: 'Account', rows: accounts, refused: ['Secret__c'],
    fields: [
      sys('Id', 'id', { length: 18, permissionable: false }),
      field('Name', 'string', { length: 255, nillable: false }),
      field('Type', 'picklist', { length: 255, picklistValues: pick([['Customer', true], ['Partner', true], ['Old', false]]) }),
      field('AnnualRevenue', 'currency', { precision: 18, scale: 0 }),
      field('NumberOfEmployees', 'int', { digits: 8 }),
      field('Active__c', 'boolean', { nillable: false, defaultedOnCreate: true, defaultValue: false }),
      field('BillingStreet', 'textarea', { length: 255, compoundFieldName: 'BillingAddress' }),
      field('BillingCity', 'string', { length: 40, compoundFieldName: 'BillingAddress' }),
      field('BillingPostalCode', 'string', { length: 20, compoundFieldName: 'BillingAddress' }),
      field('BillingCountry', 'string', { length: 80, compoundFieldName: 'BillingAddress' }),
      field('BillingAddress', 'address', { createable: false, updateable: false }),
      field('Site__Latitude__s', 'double', { precision: 9, scale: 6, compoundFieldName: 'Site__c' }),
      field('Site__Longitude__s', 'double', { precision: 9, scale: 6, compoundFieldName: 'Site__c' }),
      field('Site__c', 'location', { createable: false }),
      field('Logo__c', 'base64', { length: 32000 }),
      field('Description', 'textarea', { length: 32000 }),
      field('OwnerId', 'reference', { referenceTo: ['User'], nillable: false, defaultedOnCreate: true, permissionable: false, relationshipName: 'Owner' }),
      sys('CreatedDate', 'datetime'),
      sys('LastModifiedDate', 'datetime'),
      field('Secret__c', 'string', { length: 40 }),
    ],
  },
  {
    name: 'Opportunity', label: 'Opportunity', rows: opportunities,
    fields: [
      sys('Id', 'id', { length: 18, permissionable: false }),
      field('Name', 'string', { length: 120, nillable: false }),
      field('AccountId', 'reference', { referenceTo: ['Account'], relationshipName: 'Account' }),
      field('StageName', 'picklist', { length: 255, nillable: false, picklistValues: pick([['Prospecting', true, true], ['Negotiation', true], ['Closed Won', true], ['Dead', false]]) }),
      field('Amount', 'currency', { precision: 18, scale: 2 }),
      field('Probability', 'percent', { precision: 3, scale: 0 }),
      field('CloseDate', 'date', { nillable: false }),
      field('IsPrivate', 'boolean', { nillable: false, defaultedOnCreate: true }),
      field('Notes__c', 'textarea', { length: 1000 }),
      field('OwnerId', 'reference', { referenceTo: ['User'], nillable: false, defaultedOnCreate: true, permissionable: false }),
      sys('LastModifiedDate', 'datetime'),
    ],
  },
  setup('User', ['Id', 'Name', 'Email', 'Username', 'UserRoleId', 'ProfileId', 'IsActive'], [
    { Id: OWNER, Name: 'Ada Admin', Email: 'ada@example.com', Username: 'ada@example.com', UserRoleId: '00E000000000001AAA', ProfileId: '00e000000000001AAA', IsActive: 'true' },
    { Id: '005000000000002AAA', Name: 'Bo Rep', Email: 'bo@example.com', Username: 'bo@example.com', UserRoleId: '', ProfileId: '00e000000000002AAA', IsActive: 'false' },
  ]),
  setup('UserRole', ['Id', 'Name', 'ParentRoleId'], [{ Id: '00E000000000001AAA', Name: 'CEO', ParentRoleId: '' }]),
  setup('Profile', ['Id', 'Name', 'PermissionsViewAllData', 'PermissionsModifyAllData'], [
    { Id: '00e000000000001AAA', Name: 'System Administrator', PermissionsViewAllData: 'true', PermissionsModifyAllData: 'true' },
    { Id: '00e000000000002AAA', Name: 'Standard User', PermissionsViewAllData: 'false', PermissionsModifyAllData: 'false' },
  ]),
  setup('PermissionSet', ['Id', 'Name', 'Label', 'IsOwnedByProfile', 'ProfileId', 'PermissionsViewAllData', 'PermissionsModifyAllData'], [
    { Id: '0PS000000000001AAA', Name: 'X00e000000000001AAA', Label: 'Admin', IsOwnedByProfile: 'true', ProfileId: '00e000000000001AAA', PermissionsViewAllData: 'true', PermissionsModifyAllData: 'true' },
    { Id: '0PS000000000002AAA', Name: 'X00e000000000002AAA', Label: 'Std', IsOwnedByProfile: 'true', ProfileId: '00e000000000002AAA', PermissionsViewAllData: 'false', PermissionsModifyAllData: 'false' },
    { Id: '0PS000000000003AAA', Name: 'Revenue_View', Label: 'Revenue View', IsOwnedByProfile: 'false', ProfileId: '', PermissionsViewAllData: 'false', PermissionsModifyAllData: 'false' },
  ]),
  setup('PermissionSetAssignment', ['Id', 'AssigneeId', 'PermissionSetId'], [
    { Id: '0Pa000000000001AAA', AssigneeId: OWNER, PermissionSetId: '0PS000000000001AAA' },
    { Id: '0Pa000000000002AAA', AssigneeId: '005000000000002AAA', PermissionSetId: '0PS000000000002AAA' },
    { Id: '0Pa000000000003AAA', AssigneeId: '005000000000002AAA', PermissionSetId: '0PS000000000003AAA' },
  ]),
  setup('ObjectPermissions', ['Id', 'ParentId', 'SobjectType', 'PermissionsCreate', 'PermissionsRead', 'PermissionsEdit', 'PermissionsDelete', 'PermissionsViewAllRecords', 'PermissionsModifyAllRecords'], [
    { Id: '110000000000001AAA', ParentId: '0PS000000000001AAA', SobjectType: 'Account', PermissionsCreate: 'true', PermissionsRead: 'true', PermissionsEdit: 'true', PermissionsDelete: 'true', PermissionsViewAllRecords: 'true', PermissionsModifyAllRecords: 'true' },
    { Id: '110000000000002AAA', ParentId: '0PS000000000002AAA', SobjectType: 'Account', PermissionsCreate: 'false', PermissionsRead: 'true', PermissionsEdit: 'false', PermissionsDelete: 'false', PermissionsViewAllRecords: 'false', PermissionsModifyAllRecords: 'false' },
    { Id: '110000000000003AAA', ParentId: '0PS000000000002AAA', SobjectType: 'Opportunity', PermissionsCreate: 'true', PermissionsRead: 'true', PermissionsEdit: 'true', PermissionsDelete: 'false', PermissionsViewAllRecords: 'false', PermissionsModifyAllRecords: 'false' },
  ]),
  setup('FieldPermissions', ['Id', 'ParentId', 'SobjectType', 'Field', 'PermissionsRead', 'PermissionsEdit'], [
    ...['Type', 'AnnualRevenue', 'NumberOfEmployees', 'Active__c', 'BillingStreet', 'BillingCity', 'BillingPostalCode', 'BillingCountry', 'Site__Latitude__s', 'Site__Longitude__s', 'Description', 'Name', 'Secret__c']
      .map((f, i) => ({ Id: `01k00000000${String(i + 100).padStart(4, '0')}AAA`, ParentId: '0PS000000000002AAA', SobjectType: 'Account', Field: `Account.${f}`, PermissionsRead: f === 'AnnualRevenue' ? 'false' : 'true', PermissionsEdit: 'false' }))
      .filter((r) => r.PermissionsRead === 'true'),
    { Id: '01k000000000900AAA', ParentId: '0PS000000000003AAA', SobjectType: 'Account', Field: 'Account.AnnualRevenue', PermissionsRead: 'true', PermissionsEdit: 'false' },
  ]),
  setup('Organization', ['Id', 'Name', 'DefaultAccountAccess', 'DefaultContactAccess', 'DefaultOpportunityAccess', 'DefaultLeadAccess', 'DefaultCaseAccess'], [
    { Id: '00D000000000001AAA', Name: 'Conformance Org', DefaultAccountAccess: 'None', DefaultContactAccess: 'ControlledByParent', DefaultOpportunityAccess: 'Read', DefaultLeadAccess: 'ReadEditTransfer', DefaultCaseAccess: 'Edit' },
  ]),
  setup('OpportunityStage', ['Id', 'ApiName', 'IsActive', 'IsClosed', 'IsWon', 'DefaultProbability', 'ForecastCategoryName'], [
    { Id: '01J000000000001AAA', ApiName: 'Prospecting', IsActive: 'true', IsClosed: 'false', IsWon: 'false', DefaultProbability: '10', ForecastCategoryName: 'Pipeline' },
    { Id: '01J000000000002AAA', ApiName: 'Closed Won', IsActive: 'true', IsClosed: 'true', IsWon: 'true', DefaultProbability: '100', ForecastCategoryName: 'Closed' },
  ]),
  { name: 'AccountChangeEvent', label: 'Account Change Event', rows: [], fields: [], queryable: false },
];

function setup(name: string, columns: string[], rows: Row[]): Obj {
  const type = (c: string) => (c === 'Id' ? 'id' : /^(Is|Permissions)/.test(c) ? 'boolean' : c === 'DefaultProbability' ? 'percent' : /Id$/.test(c) ? 'reference' : 'string');
  return { name, label: name, rows, fields: columns.map((c) => field(c, type(c), { permissionable: false })) };
}

interface Options {
  /** Answer `SELECT COUNT()` with MALFORMED_QUERY (a server without aggregates). */
  noCount?: boolean;
  /** Send result pages in CRLF whatever the job asked for. */
  crlfAlways?: boolean;
  /** Result pages whose header row spells the columns in upper case. */
  upperHeader?: boolean;
  /** A job that selects this field ends Failed, as a query the org cannot run. */
  failJobOn?: string;
  /** REST page size. */
  restPage?: number;
  extraObjects?: Obj[];
}

const PAGE_SIZES = [37, 1, 64, 5, 120, 2];

class DocumentedOrg {
  readonly requests: { method: string; path: string; body: string }[] = [];
  readonly jobs = new Map<string, { obj: Obj; cols: string[]; polls: number; lineEnding: string; pages: Map<string, number> }>();
  private server?: Server;
  private apiCalls = 0;
  url = '';
  private readonly token = '00D000000000001!AQ0AQ.fake.session';
  private readonly objects: Obj[];

  constructor(readonly opts: Options = {}) {
    this.objects = [...ORG, ...(opts.extraObjects ?? [])];
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const c of req) body += c;
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push({ method: req.method ?? '', path: url.pathname + url.search, body });
    const reply = (status: number, type: string, text: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(text);
    };
    const errors = (status: number, errorCode: string, message: string, headers: Record<string, string> = {}) =>
      reply(status, 'application/json;charset=UTF-8', JSON.stringify([{ message, errorCode }]), headers);

    if (req.method === 'POST' && url.pathname === '/services/Soap/u/62.0') {
      const ok = body.includes('<username>int@example.com</username>') && body.includes('<password>s3cretTOKEN</password>');
      if (!ok) return reply(500, 'text/xml', '<soapenv:Envelope><soapenv:Body><soapenv:Fault><faultcode>sf:INVALID_LOGIN</faultcode><faultstring>INVALID_LOGIN: Invalid username, password, security token; or user locked out.</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>');
      return reply(200, 'text/xml;charset=UTF-8', `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:partner.soap.sforce.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><loginResponse><result><metadataServerUrl>${this.url}/services/Soap/m/62.0/00D000000000001</metadataServerUrl><passwordExpired>false</passwordExpired><sandbox>false</sandbox><serverUrl>${this.url}/services/Soap/u/62.0/00D000000000001</serverUrl><sessionId>${this.token}</sessionId><userId>${OWNER}</userId><userInfo><accessibilityMode>false</accessibilityMode><organizationId>00D000000000001AAA</organizationId><organizationName>Conformance Org</organizationName><userEmail>int@example.com</userEmail><userName>int@example.com</userName></userInfo></result></loginResponse></soapenv:Body></soapenv:Envelope>`);
    }
    if (req.headers.authorization !== `Bearer ${this.token}`) return errors(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
    const n = ++this.apiCalls;
    const limit = { 'Sforce-Limit-Info': `api-usage=${1000 + n}/5000` };
    if (n === 4) return errors(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.', limit);
    const m = /^\/services\/data\/v62\.0(\/.*)$/.exec(url.pathname);
    if (!m) return errors(404, 'NOT_FOUND', 'The requested resource does not exist', limit);
    const path = m[1];
    const json = (value: unknown, headers: Record<string, string> = {}) => reply(200, 'application/json;charset=UTF-8', JSON.stringify(value), { ...limit, ...headers });
    let mm: RegExpExecArray | null;
    if (req.method === 'GET' && path === '/sobjects') {
      return json({ encoding: 'UTF-8', maxBatchSize: 200, sobjects: this.objects.map((o) => ({ activateable: false, createable: true, custom: false, customSetting: false, deletable: true, feedEnabled: false, keyPrefix: null, label: o.label, labelPlural: `${o.label}s`, layoutable: true, mergeable: false, mruEnabled: true, name: o.name, queryable: o.queryable !== false, replicateable: true, retrieveable: true, searchable: true, triggerable: true, undeletable: true, updateable: true, urls: { sobject: `/services/data/v62.0/sobjects/${o.name}` } })) });
    }
    if (req.method === 'GET' && (mm = /^\/sobjects\/(\w+)\/describe\/?$/.exec(path))) {
      const o = this.objects.find((x) => x.name === mm?.[1]);
      if (!o) return errors(404, 'NOT_FOUND', 'The requested resource does not exist', limit);
      return json({ actionOverrides: [], childRelationships: [], createable: true, custom: false, fields: o.fields, label: o.label, name: o.name, queryable: o.queryable !== false, recordTypeInfos: [], urls: {} });
    }
    if (req.method === 'GET' && path === '/query') return this.query(url.searchParams.get('q') ?? '', json, (c, msg) => errors(400, c, msg, limit));
    if (req.method === 'GET' && (mm = /^\/query\/(01g\w+)-(\d+)$/.exec(path))) {
      const cursor = this.cursors.get(mm[1]);
      if (!cursor) return errors(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator', limit);
      return json(this.restPage(cursor, Number(mm[2]), mm[1]));
    }
    if (req.method === 'POST' && path === '/jobs/query') {
      const spec = JSON.parse(body) as Record<string, string>;
      const sel = this.parse(spec.query);
      if ('error' in sel) return errors(400, 'INVALIDJOB', sel.error, limit);
      if (sel.count) return errors(400, 'INVALIDJOB', 'Aggregate queries are not supported by the Bulk API', limit);
      const id = `7500000000000${String(this.jobs.size + 10).padStart(2, '0')}AAA`;
      this.jobs.set(id, { obj: sel.obj, cols: sel.cols, polls: 0, lineEnding: spec.lineEnding ?? 'LF', pages: new Map() });
      return json({ id, operation: spec.operation, object: sel.obj.name, createdById: OWNER, createdDate: '2026-07-01T00:00:00.000+0000', systemModstamp: '2026-07-01T00:00:00.000+0000', state: 'UploadComplete', concurrencyMode: 'Parallel', contentType: 'CSV', apiVersion: 62.0, lineEnding: spec.lineEnding ?? 'LF', columnDelimiter: spec.columnDelimiter ?? 'COMMA' });
    }
    if (req.method === 'GET' && (mm = /^\/jobs\/query\/(\w+)$/.exec(path))) {
      const job = this.jobs.get(mm[1]);
      if (!job) return errors(404, 'NOT_FOUND', 'no such job', limit);
      job.polls++;
      const failed = !!this.opts.failJobOn && job.cols.includes(this.opts.failJobOn);
      const state = job.polls < 2 ? 'UploadComplete' : job.polls < 4 ? 'InProgress' : failed ? 'Failed' : 'JobComplete';
      const errorMessage = failed ? `No such column '${this.opts.failJobOn}' on entity '${job.obj.name}'.` : undefined;
      return json({ id: mm[1], operation: 'query', object: job.obj.name, state, ...(errorMessage ? { errorMessage } : {}), concurrencyMode: 'Parallel', contentType: 'CSV', apiVersion: 62.0, jobType: 'V2Query', lineEnding: job.lineEnding, columnDelimiter: 'COMMA', numberRecordsProcessed: state === 'JobComplete' ? job.obj.rows.length : 0, retries: 0, totalProcessingTime: 0 });
    }
    if (req.method === 'GET' && (mm = /^\/jobs\/query\/(\w+)\/results$/.exec(path))) {
      const job = this.jobs.get(mm[1]);
      if (!job) return errors(404, 'NOT_FOUND', 'no such job', limit);
      if (job.polls < 4) return errors(412, 'JOB_NOT_COMPLETE', 'can only download query results of successfully completed bulk job', limit);
      const locator = url.searchParams.get('locator');
      const start = locator === null ? 0 : job.pages.get(locator);
      if (start === undefined) return errors(400, 'INVALID_LOCATOR', 'bad locator', limit);
      // One transient failure on the second page.
      if (start > 0 && !job.pages.has('failed-once')) {
        job.pages.set('failed-once', 0);
        return errors(500, 'UNKNOWN_EXCEPTION', 'An unexpected error occurred. Please include this ErrorId if you contact support: 1234-5678', limit);
      }
      const max = Number(url.searchParams.get('maxRecords') ?? Infinity);
      const size = Math.min(max, PAGE_SIZES[job.pages.size % PAGE_SIZES.length]);
      const rows = job.obj.rows.slice(start, start + size);
      const eol = this.opts.crlfAlways || job.lineEnding === 'CRLF' ? '\r\n' : '\n';
      const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
      const text = [job.cols.map((c) => quote(this.opts.upperHeader ? c.toUpperCase() : c)).join(','), ...rows.map((r) => job.cols.map((c) => (r[c] === '' ? '' : quote(r[c]))).join(','))].join(eol) + eol;
      let next = 'null';
      if (start + size < job.obj.rows.length) {
        next = Buffer.from(`${mm[1]}:${start + size}:${Math.random()}`).toString('base64').replace(/=+$/, '');
        job.pages.set(next, start + size);
      }
      return reply(200, 'text/csv', text, { ...limit, 'SFORCE-LOCATOR': next, 'sforce-numberofrecords': String(rows.length) });
    }
    return errors(405, 'METHOD_NOT_ALLOWED', `HTTP Method '${req.method}' not allowed`, limit);
  }

  private readonly cursors = new Map<string, { obj: Obj; cols: string[]; rows: Row[] }>();

  private parse(q: string): { obj: Obj; cols: string[]; rows: Row[]; count: boolean } | { error: string } {
    const m = /^SELECT\s+(.+?)\s+FROM\s+(\w+)(?:\s+WHERE\s+(\w+)\s+IN\s+\((.*)\))?\s*$/i.exec(q.trim());
    if (!m) return { error: `unexpected token: ${q}` };
    const obj = this.objects.find((o) => o.name.toLowerCase() === m[2].toLowerCase() && o.queryable !== false);
    if (!obj) return { error: `sObject type '${m[2]}' is not supported.` };
    const count = /^COUNT\(\)$/i.test(m[1].trim());
    const cols = count ? [] : m[1].split(',').map((s) => s.trim());
    const known = new Set(obj.fields.filter((f) => f.type !== 'address' && f.type !== 'location').map((f) => f.name));
    for (const c of cols) {
      if (!known.has(c) || obj.refused?.includes(c)) return { error: `\n${q.slice(0, 40)}\n       ^\nERROR at Row:1:Column:8\nNo such column '${c}' on entity '${obj.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.` };
    }
    let rows = obj.rows;
    if (m[3]) {
      const values = [...m[4].matchAll(/'([^']*)'/g)].map((x) => x[1]);
      rows = rows.filter((r) => values.includes(r[m[3]]));
    }
    return { obj, cols, rows, count };
  }

  private query(q: string, json: (v: unknown) => void, fail: (code: string, msg: string) => void): void {
    const sel = this.parse(q);
    if ('error' in sel) return fail(/No such column/.test(sel.error) ? 'INVALID_FIELD' : /not supported/.test(sel.error) ? 'INVALID_TYPE' : 'MALFORMED_QUERY', sel.error);
    if (sel.count) {
      if (this.opts.noCount) return fail('MALFORMED_QUERY', 'unexpected token: COUNT');
      return json({ totalSize: sel.rows.length, done: true, records: [] });
    }
    const id = `01g${String(this.cursors.size + 1).padStart(15, '0')}`;
    this.cursors.set(id, sel);
    return json(this.restPage(sel, 0, id));
  }

  /** A REST page: values typed as JSON, datetimes as +0000, nulls as null. */
  private restPage(sel: { obj: Obj; cols: string[]; rows: Row[] }, offset: number, cursor: string): unknown {
    const size = this.opts.restPage ?? 7;
    const page = sel.rows.slice(offset, offset + size);
    const types = new Map(sel.obj.fields.map((f) => [f.name, f.type]));
    const value = (v: string, type: string | undefined): unknown => {
      if (v === '') return null;
      if (type === 'boolean') return v === 'true';
      if (['currency', 'double', 'int', 'percent', 'long'].includes(type ?? '')) return Number(v);
      if (type === 'datetime') return v.replace(/Z$/, '+0000');
      return v;
    };
    const done = offset + size >= sel.rows.length;
    return {
      totalSize: sel.rows.length, done,
      ...(done ? {} : { nextRecordsUrl: `/services/data/v62.0/query/${cursor}-${offset + size}` }),
      records: page.map((r) => ({ attributes: { type: sel.obj.name, url: `/services/data/v62.0/sobjects/${sel.obj.name}/${r.Id}` }, ...Object.fromEntries(sel.cols.map((c) => [c, value(r[c], types.get(c))])) })),
    };
  }
}

let org: DocumentedOrg | undefined;
afterEach(async () => {
  await org?.stop();
  org = undefined;
});

async function startOrg(opts: Options = {}): Promise<DocumentedOrg> {
  org = new DocumentedOrg(opts);
  await org.start();
  return org;
}

const loginEnv = (o: DocumentedOrg) => ({ SF_LOGIN_URL: o.url, SF_USERNAME: 'int@example.com', SF_PASSWORD: 's3cret', SF_SECURITY_TOKEN: 'TOKEN' });

/** The pulled file's rows by Id, each as {column: value}, against the source rows on the same columns. */
function expectSameRows(file: string, source: Row[]): string[] {
  const [header, ...rows] = csvRows(file);
  expect(rows.length).toBe(source.length);
  const byId = new Map(rows.map((r) => [r[header.indexOf('Id')], Object.fromEntries(header.map((c, i) => [c, r[i]]))]));
  for (const s of source) expect(byId.get(s.Id), s.Id).toEqual(Object.fromEntries(header.map((c) => [c, s[c]])));
  return header;
}

describe('pull salesforce against a fake org written from the Salesforce documentation', () => {
  it('captures data, schema and access exactly, through SOAP login, REST pages and multi-poll Bulk jobs', async () => {
    const o = await startOrg();
    const r = await pullSalesforce({ out: tempOut('crm-conf-'), env: loginEnv(o), objects: ['Account', 'Opportunity'], bulkThreshold: 100, pollMs: 1, backoffMs: 1 });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const { out } = r.value;
    expect(r.value.objects.Account).toMatchObject({ rows: 23, via: 'rest' });
    expect(r.value.objects.Opportunity).toMatchObject({ rows: 301, via: 'bulk' });
    const check = contractCheck(out);
    if (check !== undefined) expect(check).toMatch(/^ok:/);

    // Rows, exactly: compound fields as their components, base64 and refused fields left out.
    const accountCols = expectSameRows(join(out, 'data/Account.csv'), accounts);
    expect(accountCols).toEqual(['Id', 'Name', 'Type', 'AnnualRevenue', 'NumberOfEmployees', 'Active__c', 'BillingStreet', 'BillingCity', 'BillingPostalCode', 'BillingCountry', 'Site__Latitude__s', 'Site__Longitude__s', 'Description', 'OwnerId', 'CreatedDate', 'LastModifiedDate']);
    expectSameRows(join(out, 'data/Opportunity.csv'), opportunities);

    const manifest = readJson(join(out, 'snapshot.json'));
    expect(manifest.source.skippedFields.Account).toMatchObject({ Logo__c: expect.stringMatching(/binary/), Secret__c: expect.stringMatching(/INVALID_FIELD/) });
    expect(manifest.source.apiUsage).toMatchObject({ limit: 5000 });

    const schema = readJson(join(out, 'schema.json'));
    expect(schema.objects.Account.fields.Type).toEqual({ type: 'picklist', label: 'Type', maxLength: 255, values: ['Customer', 'Partner'] });
    expect(schema.objects.Account.fields.Name).toMatchObject({ type: 'string', required: true });
    expect(schema.objects.Account.fields.Active__c.required).toBeUndefined(); // defaulted on create
    expect(schema.objects.Account.fields.NumberOfEmployees.type).toBe('number');
    expect(schema.objects.Account.fields.BillingAddress).toBeUndefined();
    expect(schema.objects.Opportunity.fields.StageName).toMatchObject({ type: 'picklist', required: true, values: ['Prospecting', 'Negotiation', 'Closed Won'] });
    expect(schema.objects.Opportunity.fields.StageName.valueMeta).toMatchObject({ Prospecting: { default: true, probability: 10 }, 'Closed Won': { won: true, closed: true } });
    expect(schema.objects.Opportunity.fields.AccountId).toMatchObject({ type: 'reference', referenceTo: ['Account'] });
    expect(schema.objects.Opportunity.fields.Probability.type).toBe('percent');

    const access = readJson(join(out, 'access.json'));
    expect(access.orgDefaults).toEqual({ Account: 'Private', Opportunity: 'Read' });
    expect(access.roles).toEqual([{ id: '00E000000000001AAA', name: 'CEO', parentId: null }]);
    expect(access.users.map((u: { id: string; active: boolean; roleId: string | null }) => [u.id, u.active, u.roleId])).toEqual([[OWNER, true, '00E000000000001AAA'], ['005000000000002AAA', false, null]]);
    const std = access.profiles.find((p: { name: string }) => p.name === 'Standard User');
    expect(std.objects.Account).toEqual({ create: false, read: true, edit: false, delete: false });
    expect(std.fields['Account.AnnualRevenue']).toEqual({ read: false, edit: false });
    expect(access.permissionSets).toEqual([expect.objectContaining({ id: '0PS000000000003AAA', name: 'Revenue View', fields: { 'Account.AnnualRevenue': { read: true, edit: false } } })]);
    expect(access.assignments).toEqual([{ userId: '005000000000002AAA', permissionSetId: '0PS000000000003AAA' }]);

    // Bulk: the documented job body, several polls, every page through its opaque locator.
    const jobs = o.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/jobs/query'));
    expect(jobs.map((j) => JSON.parse(j.body))).toEqual([{ operation: 'query', query: expect.stringMatching(/^SELECT Id, Name, .* FROM Opportunity$/), contentType: 'CSV', columnDelimiter: 'COMMA', lineEnding: 'LF' }]);
    expect(o.requests.filter((q) => /\/jobs\/query\/\w+$/.test(q.path)).length).toBe(4);
    expect(o.requests.filter((q) => /\/results\?locator=/.test(q.path)).length).toBeGreaterThan(5);
    // Read-only: nothing but GETs, the query job and the login.
    expect(o.requests.filter((q) => q.method !== 'GET' && !/\/jobs\/query$|\/services\/Soap\/u\/62\.0$/.test(q.path))).toEqual([]);
  });

  it('falls back to the first REST page when COUNT() is refused, and reads any page size jsforce is given', async () => {
    const many: Row[] = Array.from({ length: 10_050 }, (_, i) => ({ Id: `a00${String(i).padStart(12, '0')}AAA`, Name: `Item ${i}` }));
    const item: Obj = { name: 'Item__c', label: 'Item', rows: many, fields: [sys('Id', 'id'), field('Name', 'string', { length: 80 })] };
    const o = await startOrg({ noCount: true, restPage: 20_000, extraObjects: [item] });
    const r = await pullSalesforce({ out: tempOut('crm-conf-'), env: loginEnv(o), objects: ['Item__c', 'Account'], bulkThreshold: 50_000, pollMs: 1, backoffMs: 1 });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.objects.Item__c).toMatchObject({ rows: 10_050, via: 'rest' });
    expectSameRows(join(r.value.out, 'data/Item__c.csv'), many);
    expectSameRows(join(r.value.out, 'data/Account.csv'), accounts);
    const check = contractCheck(r.value.out);
    if (check !== undefined) expect(check).toMatch(/^ok:/);
  });

  it('writes one line ending even when Bulk pages come in CRLF', async () => {
    const o = await startOrg({ crlfAlways: true });
    const r = await pullSalesforce({ out: tempOut('crm-conf-'), env: loginEnv(o), objects: ['Opportunity'], bulkThreshold: 1, pollMs: 1, backoffMs: 1 });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expectSameRows(join(r.value.out, 'data/Opportunity.csv'), opportunities);
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(join(r.value.out, 'data/Opportunity.csv'), 'utf8');
    // The only CRs left are the ones inside values (Notes__c holds a CRLF of its own).
    expect(text.split('\r\n').length - 1).toBe(opportunities.filter((x) => x.Notes__c.includes('\r\n')).length);
    const check = contractCheck(r.value.out);
    if (check !== undefined) expect(check).toMatch(/^ok:/);
  });

  it('drops a field a Bulk job failed on, and takes the header row whatever its case', async () => {
    const o = await startOrg({ failJobOn: 'Notes__c', upperHeader: true });
    const r = await pullSalesforce({ out: tempOut('crm-conf-'), env: loginEnv(o), objects: ['Opportunity'], bulkThreshold: 1, pollMs: 1, backoffMs: 1 });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.objects.Opportunity).toMatchObject({ rows: 301, via: 'bulk' });
    expect(r.value.objects.Opportunity.skipped).toContain('Notes__c');
    const header = expectSameRows(join(r.value.out, 'data/Opportunity.csv'), opportunities);
    expect(header).toContain('StageName'); // the describe's spelling, not the page's
    expect(o.jobs.size).toBe(2);
  });

  it('says clearly when the login is refused', async () => {
    const o = await startOrg();
    const r = await pullSalesforce({ out: tempOut('crm-conf-'), env: { ...loginEnv(o), SF_PASSWORD: 'nope' }, pollMs: 1, backoffMs: 1 });
    expect(!r.ok && r.problems[0]).toMatchObject({ code: 'login_failed', message: expect.stringMatching(/INVALID_LOGIN/) });
  });
});
