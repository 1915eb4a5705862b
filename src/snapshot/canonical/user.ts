import type { ObjectDef } from '../../core/snapshot-files.js';
import { audit, bool, email, id, ref, str } from './fields.js';

export const User: ObjectDef = {
  label: 'User',
  fields: {
    Id: id(),
    Username: str('Username', 80, { required: true, unique: true }),
    FirstName: str('First Name', 40),
    LastName: str('Last Name', 80, { required: true }),
    Email: { ...email(), required: true },
    Title: str('Title', 80),
    Department: str('Department', 80),
    UserRoleId: ref('Role ID', 'UserRole'),
    ProfileId: { type: 'reference', label: 'Profile ID', referenceTo: ['Profile'], required: true },
    ManagerId: ref('Manager ID', 'User'),
    IsActive: bool('Active'),
    ...audit(),
  },
};

export const UserRole: ObjectDef = {
  label: 'Role',
  fields: {
    Id: id(),
    Name: str('Name', 80, { required: true }),
    ParentRoleId: ref('Parent Role ID', 'UserRole'),
  },
};
