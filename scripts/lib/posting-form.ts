// The fields of the "Submit a posting" issue form, in the form's order: npm run docs writes the form with these
// ids and labels, and npm run intake finds each answer in an issue's body by its label, so the two cannot drift.

/** How GitHub renders a field's answer in the issue body, under `### <label>`. */
export type FormFieldKind = 'line' | 'lines' | 'markdown' | 'checkboxes';

export interface FormField {
  /** The element's id in the form. */
  id: string;
  /** The element's label: the heading its answer appears under. */
  label: string;
  kind: FormFieldKind;
  /** The posting's front-matter field the answer fills (`body` for the description), if it fills one. */
  field?: string;
}

export const POSTING_FORM_FIELDS = [
  { id: 'title', label: 'Title (title)', kind: 'line', field: 'title' },
  { id: 'company', label: 'Company (company)', kind: 'line', field: 'company' },
  // The body of the company's own file, when the company is new: not a field of the posting.
  { id: 'companyDescription', label: 'About the company (when it is new to the board)', kind: 'lines' },
  { id: 'level', label: 'Level (level)', kind: 'line', field: 'level' },
  { id: 'employmentType', label: 'Employment type (employmentType)', kind: 'line', field: 'employmentType' },
  { id: 'workplace', label: 'Workplace (workplace)', kind: 'line', field: 'workplace' },
  {
    id: 'remoteFrom',
    label: 'Where applicants may live (remoteFrom, remote postings)',
    kind: 'line',
    field: 'remoteFrom',
  },
  { id: 'offices', label: 'Offices (offices, hybrid and onsite postings)', kind: 'lines', field: 'offices' },
  { id: 'timezone', label: 'Time zones (timezone, optional)', kind: 'line', field: 'timezone' },
  { id: 'hours', label: 'Working hours (hours, optional)', kind: 'line', field: 'hours' },
  { id: 'salary-min', label: 'Lowest base pay (salary.min)', kind: 'line', field: 'salary.min' },
  { id: 'salary-max', label: 'Highest base pay (salary.max)', kind: 'line', field: 'salary.max' },
  { id: 'salary-currency', label: 'Currency (salary.currency)', kind: 'line', field: 'salary.currency' },
  { id: 'salary-period', label: 'Pay period (salary.period)', kind: 'line', field: 'salary.period' },
  { id: 'equity', label: 'Equity (equity, optional)', kind: 'line', field: 'equity' },
  {
    id: 'visaSponsorship',
    label: 'Visa sponsorship (visaSponsorship, optional)',
    kind: 'line',
    field: 'visaSponsorship',
  },
  { id: 'stack', label: 'Stack (stack)', kind: 'line', field: 'stack' },
  { id: 'interview', label: 'Interview steps (interview, optional)', kind: 'line', field: 'interview' },
  { id: 'posted', label: 'Posted (posted)', kind: 'line', field: 'posted' },
  { id: 'expires', label: 'Closes (expires)', kind: 'line', field: 'expires' },
  { id: 'apply', label: 'Apply link (apply)', kind: 'line', field: 'apply' },
  { id: 'description', label: 'Description', kind: 'markdown', field: 'body' },
  { id: 'checks', label: 'Before you submit', kind: 'checkboxes' },
] as const satisfies readonly FormField[];

export type FormFieldId = (typeof POSTING_FORM_FIELDS)[number]['id'];

/** The label of the form's field `id`. */
export function formLabel(id: FormFieldId): string {
  return POSTING_FORM_FIELDS.find((field) => field.id === id)!.label;
}

/** The boxes the submitter must tick, in order: the form requires each. */
export const POSTING_FORM_CHECKS = [
  "The posting on the company's site states this salary range.",
  'The company above is the one that hires, and I am it or act for it.',
  'The apply link goes to this posting itself, and the role is open.',
] as const;
