/** The demo organisation's AI use policy, in two versions: v2 tightens personal data and adds Annex III review. */
export const POLICY_V1 = {
  title: 'Meridian Freight AI use policy',
  body: `# Using AI tools at Meridian Freight

AI tools can save you time. This policy explains which tools you may use and how.

## Approved tools
Use the tools on the **approved list**. Tools under review may be used for public information only.

## Your data, our customers' data
- Never paste passwords, access keys or payment details.
- Do not put customer personal data into a tool unless the approved list says the tool allows it.

## You stay responsible
Check what an AI tool gives you before you use it. You are responsible for the result.

Questions? Write to [the IT service desk](mailto:it-help@meridian-freight.example).
`,
  changeSummary: null,
};

export const POLICY_V2 = {
  title: 'Meridian Freight AI use policy',
  body: `# Using AI tools at Meridian Freight

AI tools can save you time. This policy explains which tools you may use and how.

## Approved tools
Use the tools on the **approved list**. Tools under review may be used for public information only.
Prohibited tools are blocked; ask for approval if you need one.

## Your data, our customers' data
- Never paste passwords, access keys or payment details.
- Do not put customer or employee **personal data** into a tool unless the approved list allows it.
- *Special-category data* (health, union membership, biometrics) never goes into an AI tool.

## Decisions about people
Using AI to select candidates, evaluate colleagues or decide on credit needs a review by
IT and the works council **before** you start (EU AI Act, Annex III). Register such a use so we can review it.

## You stay responsible
Check what an AI tool gives you before you use it. You are responsible for the result.

Questions? Write to [the IT service desk](mailto:it-help@meridian-freight.example).
`,
  changeSummary:
    'Special-category data is now never allowed; using AI for decisions about people needs a review first.',
};
