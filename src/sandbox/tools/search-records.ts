/**
 * search_records {object, query?, where?, fields?, limit?}: records the actor may see, matching free
 * text (in fields it may read) and exact field values. Filtering on a field the actor may not read
 * is refused: a filter is a question about its value.
 */
import { z } from 'zod';
import { checkFields, checkObject, project, readable, recordAllowed } from '../access-checks.js';
import { defineTool } from '../tool-definition.js';
import { succeeded } from '../tool-session.js';

const TEXT_TYPES = new Set(['string', 'textarea', 'email', 'phone', 'url', 'picklist', 'multipicklist']);
const PAGE = 200;

export const searchRecords = defineTool({
  name: 'search_records',
  description: 'Find CRM records you may see, by free text and/or exact field values. Returns only the fields you may read.',
  input: z.strictObject({
    object: z.string().min(1),
    query: z.string().optional().describe('free text; every word must appear in a text field'),
    where: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional().describe('exact values, e.g. {"AccountId": "001..."}'),
    fields: z.array(z.string()).optional(),
    limit: z.number().int().min(1).optional().describe('default 20, at most 200'),
  }),
  async run(s, actor, input) {
    const objectDenied = checkObject(s, actor, input.object, 'read');
    if (objectDenied) return objectDenied;
    const fieldDenied = checkFields(s, actor, input.object, [...(input.fields ?? []), ...Object.keys(input.where ?? {})], 'read');
    if (fieldDenied) return fieldDenied;
    const mayRead = readable(s, actor, input.object);
    const defs = s.sandbox.schema.objects[input.object].fields;
    const textFields = mayRead.filter((f) => TEXT_TYPES.has(defs[f].type));
    const fields = input.fields ?? mayRead;
    const limit = Math.min(input.limit ?? 20, 200); // a bigger ask gets the first 200, not an error
    const records: Record<string, unknown>[] = [];
    for (let offset = 0; records.length < limit; offset += PAGE) {
      const ids = await s.sandbox.search(input.object, { query: input.query, where: input.where, textFields, limit: PAGE, offset });
      for (const id of ids) {
        const record = await s.sandbox.get(input.object, id);
        if (!record || !(await recordAllowed(s, actor, input.object, record, 'read')).allowed) continue;
        records.push(project(record, ['Id', ...fields.filter((f) => f !== 'Id')]));
        if (records.length === limit) break;
      }
      if (ids.length < PAGE) break;
    }
    return succeeded(`found ${records.length} ${input.object} record(s)`, { object: input.object, records, count: records.length },
      { reads: records.map((r) => ({ object: input.object, id: String(r.Id), fields: Object.keys(r) })) });
  },
});
