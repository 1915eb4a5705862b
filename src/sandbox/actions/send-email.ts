/**
 * send_email {whoId, subject, body}: in a sandbox nothing leaves; the email is recorded as a
 * completed Email Task on the person, as Salesforce logs sent email. Refused for a person who opted
 * out of email or has no address.
 */
import { z } from 'zod';
import { actionRisk } from '../../access/action-risk.js';
import { checkRecord } from '../access-checks.js';
import { denied } from '../tool-session.js';
import { performWrite } from '../write-path.js';
import { defineAction, taskSystemValues } from './action-definition.js';

export const sendEmail = defineAction({
  name: 'send_email',
  description: 'Send an email to a contact or lead.',
  params: z.strictObject({ whoId: z.string().min(1), subject: z.string().min(1), body: z.string().min(1) }),
  async run(s, actor, params) {
    const who = (await s.sandbox.lookup(params.whoId, 'Contact')) ?? (await s.sandbox.lookup(params.whoId, 'Lead'));
    if (!who) return denied('unknown_record', `no Contact or Lead with Id ${params.whoId} exists`);
    const hidden = await checkRecord(s, actor, who.object, who.record, 'read');
    if (hidden) return hidden;
    if (who.record.HasOptedOutOfEmail === true) return denied('opted_out', `${who.object} ${params.whoId} has opted out of email`);
    if (!who.record.Email) return denied('no_email_address', `${who.object} ${params.whoId} has no email address`);
    return performWrite(s, actor, {
      op: 'create', object: 'Task', values: { Subject: `Email: ${params.subject}`, Description: params.body },
      systemValues: taskSystemValues(s, { WhoId: params.whoId, Type: 'Email', Status: 'Completed', ActivityDate: s.sandbox.asOf }),
      risk: actionRisk(s.policy, 'send_email'), approval: { action: 'send_email', params },
    });
  },
});
