import type { ObjectDef } from '../../core/snapshot-files.js';
import { audit, bool, date, id, owner, pick, ref, str, text } from './fields.js';

export const TASK_STATUS = ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred'];

export const Task: ObjectDef = {
  label: 'Task',
  fields: {
    Id: id(),
    Subject: str('Subject', 255, { required: true }),
    WhoId: ref('Name ID', 'Contact', 'Lead'),
    WhatId: ref('Related To ID', 'Account', 'Opportunity', 'Case'),
    ActivityDate: date('Due Date Only'),
    // `default` is what the org fills in when a new task leaves the field empty (Salesforce's picklist default).
    Status: pick('Status', TASK_STATUS, { required: true, valueMeta: { 'Not Started': { default: true }, Completed: { closed: true } } }),
    Priority: pick('Priority', ['High', 'Normal', 'Low'], { required: true, valueMeta: { Normal: { default: true } } }),
    Type: pick('Type', ['Call', 'Email', 'Meeting', 'Other']),
    Description: text('Description'),
    IsClosed: bool('Closed'),
    OwnerId: owner(),
    ...audit(),
  },
};
