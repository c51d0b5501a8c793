// Twenty-eighth session, sixth devtools pass (2026-12-08, helper `devtools6`): AI developer products the catalog still
// missed, beside the earlier developer passes (data/coding.ts, long-tail-coding.ts, long-tail-c5-vibe-coding.ts,
// long-tail-c16-codedata.ts, long-tail-c17-devai.ts, long-tail-c19-devtools.ts, long-tail-c19-llmops.ts,
// long-tail-c22-devtools3.ts, long-tail-c24-devtools4.ts, long-tail-c25-apis.ts, long-tail-c26-mcp.ts,
// long-tail-c27-devtools5.ts), whose rows and queries are not repeated here. The code-review, PR, commit, terminal,
// text-to-SQL and app-builder kinds are well worked by now (almost every vendor host met there was listed already), so
// this pass leaned on the kinds the brief names that the earlier passes searched least: AI data-labelling platforms
// (a gap: Encord, Kili Technology, Unitlab, Voxel51, Label Studio Enterprise, Refuel and Lightly were all missing,
// while Labelbox, SuperAnnotate, V7, CVAT, Roboflow, Datasaur and Dataloop were listed), LLM gateways and routers, an
// LLM guardrail with its own models, LLM evaluation and tracing, a RAG service, and AI documentation and API-test
// generators.
//
// Leads. 35 look-ups, all with the `search` tool (3 in `docs`, 32 in `pages`), counted as they were made. Queries
// worded the way vendors word their own pages: "AI code review" privacy and retention, "your code is not used to
// train", AI-assisted and model-assisted labelling (pre-labelling, auto-annotation, Segment Anything, credits per
// image, LiDAR), vector databases' terms, "LLM-as-a-judge" evaluation terms, prompt-injection detection APIs, "prompt
// to app" credits, text-to-SQL privacy, AI unit-test generation, model routers, prompt registries, LLM observability
// retention, "we forward your prompts" gateway policies, RAG embeddings policies, AI documentation generators, AI red
// teaming, OpenAPI-to-tests, LLM evaluation sub-processors, synthetic training data, JetBrains plugins, AI mobile-app
// testing, Discord-bot builders, and vendor-named queries for Refuel, Encord, Unitlab, HumanSignal and Lightly once
// the labelling gap showed. Every row cites a page with a path on the product's own host (for Encord, Unitlab,
// Voxel51, Virtue AI and Pictograph their docs hosts; for Refuel, Lightly, RAGLink and Shift Left AI a post on the
// vendor's own blog about its own product; for BlockConvey its own glossary entry describing its product) where the
// vendor says the product labels, evaluates, routes, guards, generates or answers with AI, LLMs, named models (SAM,
// Gemini) or models of its own. Hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/ and
// the other helpers' c28 worktrees checked first.
//
// One subdomain is claimed alone: cartographer.aiskillhub.info (Code Cartographer), whose parent was not read; the
// parent is a trap in the test.
//
// Measured with /work/helpers/classify-hosts.mts on the 194 hosts the searches returned (vendors, docs hosts, blogs,
// news, papers, course sites, mirrors and shared hosts alike, in /work/helpers/out/devtools6-hosts.txt): 36 classified
// before (18.6%), 55 after (28.4%; the docs hosts of Encord, Unitlab and Voxel51 count with their entries).
//
// Doubtful rows: Label Studio Enterprise is claimed by HumanSignal's own host (humansignal.com), whose platform page
// and blog describe LLM-powered auto-labelling ("Prompts"); labelstud.io, the open-source project's site, stays a trap
// of lookalikes-c12-lists-a as before (the merge may revisit). Lightly's post describes selecting training data by
// embeddings from models and self-supervised learning rather than generating anything; SentiSight.ai's user guide
// describes training image classification, detection and segmentation models on the platform; both are listed as AI
// developer platforms beside Roboflow and V7. BlockConvey rests on its glossary entry, which says its Prism Evaluations
// score every trace with an LLM judge. Nyuro's and InGate AI's pages describe routing and guarding requests to LLM
// providers (gateways, as the earlier gateway rows were judged). Shift Left AI was left out by c17 as blog-only; its
// own blog post describes its product generating API tests with AI, which these rules accept (as c22 did for
// TESTIO.AI). EvalDog's policy describes a hosted LLM and RAG evaluation tool with model-graded evals run on the user's
// provider keys.
//
// Already listed and left to their entries: CodeReviewr, ThinkReview, Git AutoReview, CodeIntel, Welltested,
// Text2SQL.ai, docs-keeper, Doccier, PromptUI, Prowpt, Applora, App2, AppCafe, ModelMax, Gatekeeper, LLM Gateway,
// BlackRoute, tokentrace, Inference.net, Enkrypt AI, Agenta, Orq, Scale, SuperAnnotate, V7, Roboflow, Datasaur,
// MintMCP, JetBrains AI, LambdaDB, Twig and Callsphere.
//
// Left out. Personal or developer hosts: alexandersucala.com's CodeReview AI (as c26 judged), api.lazy-mac.com (a
// pattern-based prompt shield, as c26 judged). Drafts and placeholders: modelbridgeapi.com ("Draft MVP privacy
// policy"), researcher.center ("This is a placeholder"), prompto.space (`?p=`, "[Add date]"),
// www.humanannotation.com (`?p=`). Pages that do not say the product uses AI: next.vectorpanda.com (trapped by c17),
// decompressed.io (vector storage), techstack.work's "Automated Code Review System", annolab.ai's privacy page,
// labelop.com's privacy page, docs.centure.ai and docs.repello.ai (prompt scanners whose pages name no model of their
// own), router.agents.org.in (a prepaid model-key service whose policy names no AI), evalkit.tech (a BYOK eval
// registry). Human annotation services and workforces, not AI tools: aitaggers.com.au, taskannotation.com,
// www.labelforce.ai, objectways.com, www.welabeldata.com, www.gdsonline.tech, truelabel.ai, www.dataxanno.com.
// Earlier decisions kept: www.devsonline.engineer (c24), opsmeter.io and www.aispendguard.com (c22),
// logfare.logorhythms.dev (c22), www.contenta-software.com (c24), docs.keylabs.ai (c27 newtopb). Shared platforms:
// vercel.app (DocGen, Docster, Agenta's docs copy), pages.dev (Vectorize, DeepRouter, JarvisClaw's docs, a synthetic-
// data guide), github.io (AskDB, rageval, the BDFD wiki), gitbook.io (My AskAI), readme.io (PromptShield),
// storage.googleapis.com (CordAI's terms). Guides, courses, glossaries, papers and news: the large majority of hosts.
// Leads: wolfai.dev (a model-routing runtime on a site not otherwise read), blog.vfrog.ai (a generic auto-annotation
// post), dria.co and www.ertas.ai (synthetic data and fine-tuning glossaries), router.agents.org.in, Repello AI,
// Toloka, BasicAI and Argilla once a page saying AI is read.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C28, defineTools } from './define';

export const longTailC28Devtools6Tools: Tool[] = defineTools(
  'developer-platform',
  [
    // --- AI data labelling and curation ---
    { id: 'encord', name: 'Encord', vendor: 'Encord', domains: ['encord.com'], source: 'https://docs.encord.com/platform-documentation/Annotate/automated-labeling/annotate-sam.md' }, // docs: the Segment Anything Model (SAM 3 for labelling, SAM 2 for tracking) automatically creates labels in the annotation editor
    { id: 'kili-technology', name: 'Kili Technology', vendor: 'Kili Technology', domains: ['kili-technology.com'], source: 'https://kili-technology.com/data-labeling/segment-anything-model-annotation' }, // vendor page: boosting labelling in Kili with Meta's Segment Anything foundation model
    { id: 'unitlab-annotate', name: 'Unitlab Annotate', vendor: 'Unitlab', domains: ['unitlab.ai'], source: 'https://docs.unitlab.ai/ai-models/model-integration' }, // docs: annotate data with built-in and bring-your-own pre-trained AI models; SAM and batch auto-annotation
    { id: 'voxel51-fiftyone', name: 'FiftyOne Enterprise', vendor: 'Voxel51', domains: ['voxel51.com'], source: 'https://docs.voxel51.com/enterprise/verified_auto_labeling.md' }, // docs: Auto-Labeling generates classification, detection and segmentation labels with state-of-the-art models; agentic labelling with a VLM
    { id: 'pictograph', name: 'Pictograph', vendor: 'Pictograph', domains: ['pictograph.io'], source: 'https://pictograph.io/docs/api-reference/auto-annotate' }, // API docs: runs SAM3 (Segment Anything Model 3) on GPUs for AI-generated annotations from point, box or text prompts
    { id: 'refuel', name: 'Refuel', vendor: 'Refuel', domains: ['refuel.ai'], source: 'https://www.refuel.ai/blog-posts/announcing-refuel-llm-2' }, // vendor blog: RefuelLLM-2, large language models built for data labelling, enrichment and cleaning, in Refuel Cloud
    { id: 'label-studio-enterprise', name: 'Label Studio Enterprise', vendor: 'HumanSignal', domains: ['humansignal.com'], source: 'https://humansignal.com/platform/labeling-automation' }, // platform page: prompts and LLMs built into Label Studio Enterprise to accelerate labelling and evaluation
    { id: 'lightly', name: 'Lightly', vendor: 'Lightly', domains: ['lightly.ai'], source: 'https://www.lightly.ai/post/lightlys-data-curation-approach' }, // vendor blog: LightlyOne curates vision data with embeddings from models and self-supervised learning to pick samples to label
    { id: 'sentisight-ai', name: 'SentiSight.ai', vendor: 'SentiSight.ai', domains: ['sentisight.ai'], source: 'https://www.sentisight.ai/user-guide/model-types/' }, // user guide: label images and train computer-vision classification, detection and segmentation models on the platform
    // --- LLM gateways, guardrails, evaluation and RAG ---
    { id: 'nyuro', name: 'Nyuro', vendor: 'Nyuro', domains: ['nyuro.ai'], source: 'https://nyuro.ai/routing' }, // routing page: an OpenAI-compatible router that picks the provider and model for each call by cost, latency or quality
    { id: 'ingate-ai', name: 'InGate AI', vendor: 'InGate AI', domains: ['ingateai.com'], source: 'https://www.ingateai.com/docs/guardrails' }, // docs: a proxy whose middleware redacts PII and flags prompt injection before requests reach the LLM provider
    { id: 'virtue-ai', name: 'Virtue AI', vendor: 'Virtue AI', domains: ['virtueai.com'], source: 'https://docs.virtueai.com/virtueagent/prompt-guard/' }, // docs: Prompt Guard protects AI agents with purpose-built models that understand prompt semantics and block injections
    { id: 'blockconvey', name: 'BlockConvey', vendor: 'BlockConvey', domains: ['blockconvey.com'], source: 'https://blockconvey.com/resources/glossary/llm-as-judge' }, // own glossary: its Prism Evaluations score every LLM trace with an LLM-as-judge; tracing, PII redaction and guardrails
    { id: 'evaldog', name: 'EvalDog', vendor: 'The Testing Academy', domains: ['evaldog.com'], source: 'https://evaldog.com/privacy' }, // privacy: a hosted evaluation tool for LLM and RAG applications, with model-graded evals run on the user's provider keys
    { id: 'raglink', name: 'RAGLink', vendor: 'RAGLink', domains: ['raglink.io'], source: 'https://raglink.io/blog/deep-dive-into-our-privacy-first-ragaas-pipeline' }, // vendor blog: its RAG-as-a-service pipeline chunks and embeds documents and supplies context to an LLM at query time
    // --- AI documentation and test generators ---
    { id: 'gitmd', name: 'GitMD', vendor: 'GitMD', category: 'coding', domains: ['gitmd.org'], source: 'https://www.gitmd.org/privacy' }, // privacy: generates markdown documentation for GitHub repositories by sending the context to Google Gemini AI
    { id: 'code-cartographer', name: 'Code Cartographer', vendor: 'Code Cartographer', category: 'coding', domains: ['cartographer.aiskillhub.info'], source: 'https://cartographer.aiskillhub.info/legal/privacy' }, // privacy (DPDP and GDPR): repository structure and code excerpts are sent to an LLM provider to generate the analysis
    { id: 'shift-left-ai', name: 'Shift Left AI', vendor: 'Shift Left AI', category: 'coding', domains: ['totalshiftleft.ai'], source: 'https://totalshiftleft.ai/blog/how-ai-generates-api-tests-from-openapi' }, // vendor blog: connect an OpenAPI spec and its AI generation pipeline writes a CI-ready API test suite
  ],
  { checked: CHECKED_C28 },
);
