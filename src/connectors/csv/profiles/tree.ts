/**
 * Salesforce `sf data tree export` JSON: SRC is a plan (`*-plan*.json`, an array of {sobject, files}),
 * a folder holding one, or a single `data-<Object>.json`. Records carry API names and no Ids; the tree
 * reader assigns Ids and resolves `@Ref` references, this profile only names things.
 */
import type { Profile } from '../profile.js';
import { standardFieldDef, standardFieldName, standardObjectName } from '../standard-fields.js';

export const tree: Profile = {
  id: 'tree',
  description: 'Salesforce `sf data tree` JSON: a plan file (*-plan*.json), a folder holding one, or one data-<Object>.json',
  reader: 'tree',
  // `data-Contact-large.json` → Contact: `-` cannot occur in an API name, so it ends the object part.
  objectForFile(fileName) {
    const m = /^(?:data-)?([^-.]+)(?:-[^.]*)?\.json$/i.exec(fileName);
    return m && !/plan/i.test(fileName) ? standardObjectName(m[1]) : undefined;
  },
  fieldName: (object, column) => standardFieldName(object, column),
  fieldDef: (object, field) => standardFieldDef(object, field),
};
