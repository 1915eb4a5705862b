/**
 * Salesforce Data Loader CSV exports: SRC is a folder of `<Object>.csv` files (or one such file) with
 * a header row of API names. Names already are the canonical ones, so mapping is only case repair;
 * values are kept exactly as exported (the loader reads Salesforce's date and boolean formats).
 */
import type { Profile } from '../profile.js';
import { standardFieldDef, standardFieldName, standardObjectName } from '../standard-fields.js';

export const salesforce: Profile = {
  id: 'salesforce',
  description: 'Salesforce Data Loader CSV export: a folder of <Object>.csv files (or one .csv file)',
  reader: 'csv',
  objectForFile(fileName) {
    const m = /^(.+)\.csv$/i.exec(fileName);
    return m ? standardObjectName(m[1]) : undefined;
  },
  fieldName: (object, column) => standardFieldName(object, column),
  fieldDef: (object, field) => standardFieldDef(object, field),
};
