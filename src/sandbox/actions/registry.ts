/** The actions perform_action knows: adding one is one file and one line here. */
import type { ActionName } from '../../access/policy.js';
import type { ActionDefinition } from './action-definition.js';
import { deleteRecord } from './delete-record.js';
import { logCall } from './log-call.js';
import { massUpdate } from './mass-update.js';
import { sendEmail } from './send-email.js';
import { updateStage } from './update-stage.js';

export const ACTION_REGISTRY: Record<ActionName, ActionDefinition> = {
  update_stage: updateStage as ActionDefinition,
  send_email: sendEmail as ActionDefinition,
  delete_record: deleteRecord as ActionDefinition,
  mass_update: massUpdate as ActionDefinition,
  log_call: logCall as ActionDefinition,
};
