// Supplier facts of reading pass 4a (2026-12-05): the top-150 tools that had no fact yet, most-used
// first. Same rules as the other facts files: only the vendor's own page; `read` where its text was read
// (a stored copy found by search, or the page's source in the vendor's own public docs repository),
// `cited` where the page is named precisely but its text was seen only in a copy elsewhere.
import { cited, defineSuppliers, read } from './define';

const NOTEBOOKLM_PRIVACY = 'https://support.google.com/notebooklm/answer/15724963';
const NOTEBOOKLM_SEEN =
  ' Text seen in a mirrored copy of the help article, not on support.google.com itself.';

const FOUNDRY_PRIVACY =
  'https://learn.microsoft.com/en-us/azure/ai-foundry/responsible-ai/openai/data-privacy';
const FOUNDRY_NOTE =
  'Azure Direct Models (Azure OpenAI included): prompts, completions and training data are not used to train foundation models without the customer’s permission. Read from the page’s source in MicrosoftDocs/azure-ai-docs.';

const N8N_PRIVACY = 'https://docs.n8n.io/privacy-security/privacy/';

export const pass4aSuppliers = /* @__PURE__ */ defineSuppliers([
  {
    toolId: 'notebooklm',
    free: cited(
      'no',
      NOTEBOOKLM_PRIVACY,
      'Personal Google accounts: Google says it never uses personal data to train NotebookLM; if the user sends feedback, human reviewers may see queries, uploads and answers.' +
        NOTEBOOKLM_SEEN,
    ),
    team: cited(
      'no',
      NOTEBOOKLM_PRIVACY,
      'Google Workspace (and Workspace for Education) accounts: uploads, queries and answers are neither reviewed by humans nor used to train AI models.' +
        NOTEBOOKLM_SEEN,
    ),
    enterprise: cited(
      'no',
      NOTEBOOKLM_PRIVACY,
      'Google Workspace accounts (NotebookLM Plus/Enterprise through Workspace included): no human review, no use to train AI models.' +
        NOTEBOOKLM_SEEN,
    ),
  },
  {
    toolId: 'azure-ai-foundry',
    team: read('no', FOUNDRY_PRIVACY, FOUNDRY_NOTE),
    enterprise: read('no', FOUNDRY_PRIVACY, FOUNDRY_NOTE),
    dataRegions: read(
      ['customer-chosen Azure geography (standard deployments)'],
      FOUNDRY_PRIVACY,
      'Standard deployments process prompts in the customer’s geography; Global may process in any geography, DataZone within the US or EU zone; stored data stays in the chosen geography.',
    ),
  },
  {
    toolId: 'n8n',
    team: read(
      'no',
      N8N_PRIVACY,
      'n8n Cloud: workflow context sent to the AI assistant’s LLM services is not used or kept to train their models (no credentials or output data are sent). Applies to Cloud workspaces generally.',
    ),
    enterprise: read(
      'no',
      N8N_PRIVACY,
      'n8n Cloud: workflow context sent to the AI assistant’s LLM services is not used or kept to train their models (no credentials or output data are sent). Applies to Cloud workspaces generally.',
    ),
    retention: read(
      'Cloud: AI-assistant data deleted after 30 days; workflows and credentials kept until deleted; most logs within 90 days',
      N8N_PRIVACY,
      'n8n privacy page (Cloud): execution data per the account’s retention rules; backups purged within 90 days of account deletion.',
    ),
    dataRegions: read(
      ['Germany (Azure Germany West Central, Frankfurt)'],
      'https://docs.n8n.io/privacy-security/security/cloud-hosting/',
      'n8n Cloud hosting page: hardware and stored data in Azure’s Germany West Central data centre in Frankfurt.',
    ),
    dpa: read(
      'https://n8n.io/legal/#data',
      N8N_PRIVACY,
      'n8n privacy page: for Cloud, a Data Processing Agreement (with the EU SCCs) is part of the standard Terms of Service.',
    ),
  },
  {
    toolId: 'exa',
    soc2: read(
      true,
      'https://exa.ai/docs/admin/security/overview.md',
      'Exa’s security overview: SOC 2 Type II certified; zero data retention and HIPAA offered on Enterprise plans; reports and DPA in its trust centre.',
    ),
  },
  {
    toolId: 'huggingchat',
    free: read(
      'no',
      'https://huggingface.co/chat/privacy',
      'HuggingChat privacy notice (Oct 2024): conversations stay private and are not shared with anyone, model authors included, for research or model training. Read from PRIVACY.md in huggingface/chat-ui.',
    ),
    retention: read(
      'Conversations stored only so the user can return to them; deletable at any time',
      'https://huggingface.co/chat/privacy',
      'HuggingChat privacy notice (Oct 2024), read from PRIVACY.md in Hugging Face’s chat-ui repository.',
    ),
  },
  {
    toolId: 'firebase-studio',
    free: read(
      'yes',
      'https://developers.google.cn/idx/support/privacy?hl=hi',
      'Gemini privacy notice of Project IDX (renamed Firebase Studio), Hindi edition: prompts, code, output and feedback are collected to improve Google products and machine-learning technology; human reviewers may read them.',
    ),
  },
  {
    toolId: 'ideogram',
    free: cited(
      'yes',
      'https://about.ideogram.ai/legal/privacy',
      'Ideogram’s privacy policy lets it use submitted prompts and generated images to develop, train and improve its models; the clause was seen quoted by a policy tracker, only the page’s opening was read on about.ideogram.ai.',
    ),
  },
  {
    toolId: 'tavily',
    soc2: read(
      true,
      'https://docs.tavily.com/faq/faq',
      'Tavily’s FAQ lists “SOC 2 certified, zero data retention” among the API’s advantages. Read from a mirrored copy of the docs page (roboalchemist/llm-code-docs).',
    ),
    retention: read(
      'Zero data retention (stated as a feature of the API)',
      'https://docs.tavily.com/faq/faq',
      'Tavily’s FAQ names zero data retention among the Search API’s advantages, without plan conditions. Read from a mirrored copy of the docs page.',
    ),
  },
]);
