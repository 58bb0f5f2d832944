/** Questions to show people what they can ask: in help, in unknown answers and on the App Home. */
export const EXAMPLE_QUESTIONS: string[] = [
  'aaism',
  'AWS Certified AI Practitioner',
  'scs c03',
  'aaism vs aaia',
  'compare scs-c03, aaism and caiss',
  'what should a GRC lead take first',
  "I'm an ML engineer, which AI security cert?",
  'can I sit AAISM with only Security+?',
  'what do I need before AAIA',
  'I have CISSP, what can I take?',
  'is MLS-C01 still available',
  'any exam retirements coming up?',
  'which certs test MITRE ATLAS',
  'what do none of these cover?',
  'list ISACA credentials',
];
