/** get_record {object, id, fields?}: one record, only if the actor may see it, only fields it may read. */
import { z } from 'zod';
import { checkFields, checkObject, checkRecord, project, readable } from '../access-checks.js';
import { defineTool } from '../tool-definition.js';
import { denied, succeeded } from '../tool-session.js';

export const getRecord = defineTool({
  name: 'get_record',
  description: 'Read one CRM record by Id. Returns only the fields you are allowed to read; asking for a field you may not read is refused.',
  input: z.strictObject({
    object: z.string().min(1).describe('API name of the object, e.g. Account'),
    id: z.string().min(1).describe('the record Id'),
    fields: z.array(z.string()).optional().describe('fields to return (default: every field you may read)'),
  }),
  async run(s, actor, input) {
    const objectDenied = checkObject(s, actor, input.object, 'read');
    if (objectDenied) return objectDenied;
    if (input.fields) {
      const fieldDenied = checkFields(s, actor, input.object, input.fields, 'read');
      if (fieldDenied) return fieldDenied;
    }
    const record = await s.sandbox.get(input.object, input.id);
    if (!record) return denied('unknown_record', `no ${input.object} with Id ${input.id} exists`);
    const recordDenied = await checkRecord(s, actor, input.object, record, 'read');
    if (recordDenied) return recordDenied;
    const fields = input.fields ?? readable(s, actor, input.object);
    const values = project(record, ['Id', ...fields.filter((f) => f !== 'Id')]);
    return succeeded(`read ${input.object} ${record.Id}`, { object: input.object, record: values }, { reads: [{ object: input.object, id: String(record.Id), fields: Object.keys(values) }] });
  },
});
