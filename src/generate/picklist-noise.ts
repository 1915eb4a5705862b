/**
 * Values people type into picklist fields that are not in the picklist (exact match, as
 * schema.json lists them). Each list is checked against the canonical picklists in tests.
 */
export const BAD_PICKLIST = {
  industry: ['Technology & Software', 'Tech', 'Health Care', 'Financial Services', 'IT Services', 'Manufacturing & Industrial'],
  accountType: ['Customer', 'Partner', 'Prospect - Hot', 'Former Customer'],
  leadSource: ['Google Ads', 'Webinar', 'LinkedIn', 'Trade-show', 'Referral', 'Cold Call'],
  salutation: ['Mister', 'Mx', 'Sir', 'Mr', 'Ms'],
  leadStatus: ['Contacted', 'Qualified', 'Open', 'Nurture', 'Unqualified'],
  stage: ['Closed-Won', 'Prospect ing', 'Negotiation', 'Won', 'Closed - Lost', 'Proposal', 'Discovery'],
  opportunityType: ['Renewal', 'Upsell', 'New Business', 'Existing Business'],
  caseStatus: ['Resolved', 'Pending', 'On Hold', 'Open'],
  casePriority: ['Urgent', 'P1', 'Critical', 'Normal'],
  caseOrigin: ['Chat', 'Twitter', 'Walk-in', 'Portal'],
  taskStatus: ['Done', 'Open', 'Cancelled', 'Complete'],
  taskPriority: ['Urgent', 'Medium', 'Critical'],
  taskType: ['Call - Outbound', 'LinkedIn', 'Demo', 'To Do'],
};
