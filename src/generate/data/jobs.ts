/** Titles and departments, most common first is not assumed: picks are uniform. */
export const DEPARTMENTS: { name: string; titles: string[] }[] = [
  { name: 'Sales', titles: ['VP Sales', 'Sales Director', 'Account Executive', 'Sales Manager', 'Business Development Manager', 'Regional Sales Manager'] },
  { name: 'Marketing', titles: ['CMO', 'Marketing Manager', 'Marketing Director', 'Demand Generation Manager', 'Brand Manager'] },
  { name: 'Finance', titles: ['CFO', 'Finance Director', 'Controller', 'Financial Analyst', 'Procurement Manager', 'Accounts Payable Lead'] },
  { name: 'IT', titles: ['CIO', 'CTO', 'IT Director', 'IT Manager', 'Systems Administrator', 'Solutions Architect'] },
  { name: 'Operations', titles: ['COO', 'Operations Manager', 'Head of Operations', 'Supply Chain Manager', 'Logistics Coordinator'] },
  { name: 'Executive', titles: ['CEO', 'Managing Director', 'President', 'Founder', 'General Manager'] },
  { name: 'Human Resources', titles: ['HR Director', 'HR Manager', 'Talent Acquisition Lead', 'People Partner'] },
  { name: 'Engineering', titles: ['VP Engineering', 'Engineering Manager', 'Lead Engineer', 'Product Manager'] },
  { name: 'Customer Service', titles: ['Customer Service Manager', 'Support Lead', 'Customer Success Manager'] },
  { name: 'Legal', titles: ['General Counsel', 'Legal Counsel', 'Contracts Manager'] },
];
