/**
 * zod schemas for the four files of a snapshot directory (DESIGN "Contracts › Snapshot").
 * They are the one source of truth: loaders validate with them, writers build values of their types.
 * Objects are "loose" so that fields other tools add survive a round trip; what the contract names is
 * checked strictly.
 */
import { z } from 'zod';
import { FIELD_TYPES, FINDING_CODES, SHARING_MODELS } from './codes.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const ObjectFileSchema = z.looseObject({
  file: z.string().min(1),
  rows: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256 digest'),
});

export const ManifestSchema = z.looseObject({
  format: z.literal('crmready-snapshot/1'),
  name: z.string().min(1),
  asOf: isoDate,
  capturedAt: z.string().min(1),
  source: z.looseObject({ kind: z.enum(['csv', 'salesforce', 'generator']) }),
  objects: z.record(z.string(), ObjectFileSchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;
export type ObjectFile = z.infer<typeof ObjectFileSchema>;

export const FieldDefSchema = z.looseObject({
  type: z.enum(FIELD_TYPES),
  label: z.string().optional(),
  required: z.boolean().optional(),
  unique: z.boolean().optional(),
  maxLength: z.number().int().positive().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  values: z.array(z.string()).optional(),
  valueMeta: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  referenceTo: z.array(z.string()).optional(),
}).superRefine((f, ctx) => {
  if ((f.type === 'picklist' || f.type === 'multipicklist') && !f.values) {
    ctx.addIssue({ code: 'custom', message: 'a picklist needs its "values"', path: ['values'] });
  }
  if (f.min !== undefined && f.max !== undefined && f.min > f.max) {
    ctx.addIssue({ code: 'custom', message: `min ${f.min} is above max ${f.max}`, path: ['min'] });
  }
});
export type FieldDef = z.infer<typeof FieldDefSchema>;

export const ObjectDefSchema = z.looseObject({
  label: z.string().optional(),
  fields: z.record(z.string(), FieldDefSchema),
});
export type ObjectDef = z.infer<typeof ObjectDefSchema>;

export const SchemaFileSchema = z.looseObject({ objects: z.record(z.string(), ObjectDefSchema) });
export type SnapshotSchema = z.infer<typeof SchemaFileSchema>;

const ObjectPermsSchema = z.looseObject({
  create: z.boolean().default(false),
  read: z.boolean().default(false),
  edit: z.boolean().default(false),
  delete: z.boolean().default(false),
});
const FieldPermsSchema = z.looseObject({ read: z.boolean().default(false), edit: z.boolean().default(false) });
const PermissionHolderSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  objects: z.record(z.string(), ObjectPermsSchema).default({}),
  fields: z.record(z.string(), FieldPermsSchema).default({}),
});

export const AccessFileSchema = z.looseObject({
  orgDefaults: z.record(z.string(), z.enum(SHARING_MODELS)),
  roles: z.array(z.looseObject({ id: z.string().min(1), name: z.string(), parentId: z.string().nullable().optional() })),
  profiles: z.array(PermissionHolderSchema),
  permissionSets: z.array(PermissionHolderSchema).default([]),
  assignments: z.array(z.looseObject({ userId: z.string(), permissionSetId: z.string() })).default([]),
  users: z.array(z.looseObject({
    id: z.string().min(1),
    name: z.string(),
    email: z.string().optional(),
    roleId: z.string().nullable().optional(),
    profileId: z.string(),
    active: z.boolean().default(true),
  })),
});
export type AccessFile = z.infer<typeof AccessFileSchema>;
export type AccessFileInput = z.input<typeof AccessFileSchema>;

export const DefectSchema = z.looseObject({
  object: z.string(),
  id: z.string(),
  field: z.string().optional(),
  code: z.enum(FINDING_CODES),
  of: z.string().optional(),
});
export const DefectsFileSchema = z.looseObject({ defects: z.array(DefectSchema) });
export type Defect = z.infer<typeof DefectSchema>;
export type DefectsFile = z.infer<typeof DefectsFileSchema>;
