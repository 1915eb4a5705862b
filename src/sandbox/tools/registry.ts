/** The AI's tools (DESIGN "The AI's tools"): adding one is one file and one line here. */
import type { ToolDefinition } from '../tool-definition.js';
import { createRecord } from './create-record.js';
import { getRecord } from './get-record.js';
import { performAction } from './perform-action.js';
import { requestApproval } from './request-approval.js';
import { searchRecords } from './search-records.js';
import { updateRecord } from './update-record.js';

export const TOOL_REGISTRY: Record<string, ToolDefinition> = {
  search_records: searchRecords as ToolDefinition,
  get_record: getRecord as ToolDefinition,
  create_record: createRecord as ToolDefinition,
  update_record: updateRecord as ToolDefinition,
  perform_action: performAction as ToolDefinition,
  request_approval: requestApproval as ToolDefinition,
};

export const TOOL_NAMES = Object.keys(TOOL_REGISTRY);
