/** User.csv and UserRole.csv: the people of users.ts as Data Loader exports them. */
import { profileId } from './access.js';
import { cell } from './csv-file.js';
import { dateTimeString } from './calendar.js';
import type { OrgPeople } from './users.js';

export const USER_HEADER = ['Id', 'Username', 'FirstName', 'LastName', 'Email', 'Title', 'Department', 'UserRoleId', 'ProfileId',
  'ManagerId', 'IsActive', 'CreatedDate', 'LastModifiedDate'];
export const USER_ROLE_HEADER = ['Id', 'Name', 'ParentRoleId'];

export function userRows(people: OrgPeople, asOfDay: number): string {
  const { users, roles } = people;
  let out = '';
  users.forEach((u, i) => {
    const modified = u.active ? Math.max(u.createdDay, asOfDay - 1 - (i % 90)) : Math.min(asOfDay - 1, u.createdDay + 60 + (i % 200));
    out += `${u.id},${u.email},${cell(u.first)},${cell(u.last)},${u.email},${cell(u.title)},${u.department},${roles[u.role].id},${profileId(u.profile)},${u.manager >= 0 ? users[u.manager].id : ''},${u.active},${dateTimeString(u.createdDay, 32_400 + ((i * 977) % 7200))},${dateTimeString(modified, 54_000 + ((i * 613) % 7200))}\n`;
  });
  return out;
}

export function roleRows(people: OrgPeople): string {
  return people.roles.map((r) => `${r.id},${cell(r.name)},${r.parent >= 0 ? people.roles[r.parent].id : ''}\n`).join('');
}
