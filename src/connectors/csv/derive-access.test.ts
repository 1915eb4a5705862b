import { describe, expect, it } from 'vitest';
import { AccessFileSchema } from '../../core/snapshot-files.js';
import { deriveAccess, UserTracker } from './derive-access.js';

describe('derived access', () => {
  it('grants full CRUD on every imported object and opens sharing as far as each object allows', () => {
    const a = AccessFileSchema.parse(deriveAccess(['Task', 'Account', 'User'], []));
    expect(a.orgDefaults).toEqual({ Account: 'ReadWrite', Task: 'ControlledByParent', User: 'Read' });
    expect(a.profiles).toHaveLength(1);
    expect(a.profiles[0].name).toBe('Imported (full access)');
    expect(a.profiles[0].objects.Account).toEqual({ create: true, read: true, edit: true, delete: true });
  });
  it('has one placeholder admin when no users were seen', () => {
    const a = deriveAccess(['Account'], []);
    expect(a.users).toHaveLength(1);
    expect(a.users[0]).toMatchObject({ name: 'Imported admin (placeholder)', profileId: a.profiles[0].id });
  });
  it('makes one user per distinct owner/creator, named from User rows when imported', () => {
    const t = new UserTracker();
    t.sawOwner('0051R000009xyzAQAQ');
    t.sawOwner('0051R000009xyzA'); // the same user, 15-char
    t.sawOwner('00G1R000001abcdEAA'); // a queue is not a user
    t.sawOwner('');
    t.sawUserRow({ Id: '0051R000009xyzAQAQ', FirstName: 'Ann', LastName: 'Lee', Email: 'ann@example.com', IsActive: 'false' });
    t.sawOwner('0051R000009abcdQAA');
    const users = deriveAccess(['Account'], t.list()).users;
    expect(users.map((u) => u.id)).toEqual(['0051R000009abcdQAA', '0051R000009xyzAQAQ']);
    expect(users[1]).toMatchObject({ name: 'Ann Lee', email: 'ann@example.com', active: false });
    expect(users[0].name).toBe('Imported user 0051R000009abcdQAA');
  });
});
