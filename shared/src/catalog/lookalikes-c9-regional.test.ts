// Traps beside the pages and hosts the ninth regional pass claimed (data/platform-ai-sections-4.ts,
// data/long-tail-c9-regional.ts and the second hosts it gave existing entries): the general sites whose AI page is
// claimed only as a URL prefix, the parents of claimed AI subdomains, sibling paths that merely start the same way,
// and non-AI namesakes of new hosts. Every one must stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const GENERAL_BESIDE_PREFIXES = [
  'https://www.godaddy.com/websites', // GoDaddy's site builder; only /websites/ai-website-builder is claimed
  'https://www.godaddy.com/websites/website-builder',
  'https://www.canva.com/', // only /dream-lab (and Canva's other AI pages) are claimed
  'https://www.canva.com/design/DAF1/edit',
  'https://www.canva.com/dream-lab-tips', // a sibling path, not a whole segment
  'https://www.google.com/shopping', // Google Shopping; only /shopping/tryon is the AI try-on
  'https://www.google.com/search?q=shoes',
  'https://www.wolfram.com/', // Wolfram's site; only the Notebook Assistant + LLM Kit page is claimed
  'https://www.wolfram.com/mathematica/',
  'https://www.extendoffice.com/product/kutools-for-excel.html', // the add-in itself, not its AI assistant page
  'https://pyrfecter.com/', // a Python formatter; only its AI page is claimed
  'https://vimeo.com/features', // Vimeo's feature index; only its AI feature pages are claimed
  'https://vimeo.com/features/video-editor',
  'https://health.amazon.com/', // Amazon's health store; only One Medical's Health AI page is claimed
  'https://health.amazon.com/prime/onemedical/membership',
  'https://www.quora.com/', // Quora's Q&A; only /ai_interviewer is claimed (Poe is its own entry)
  'https://www.quora.com/answer',
  'https://kahoot.com/', // Kahoot!'s quizzes; only the notes-to-flashcards page is claimed
  'https://kahoot.com/kahoot-study/',
  'https://pockit.tools/', // developer utilities; only /ai is claimed
  'https://pockit.tools/blog/css-has-selector-complete-guide/',
  'https://www.telerik.com/', // UI components; only /agent-memory is claimed
  'https://insightsoftware.com/', // financial reporting software; only its AI page is claimed
  'https://www.boldbi.com/', // a BI tool; only /ai-analytics is claimed
  'https://cloud.boldbi.com/',
  'https://www.shopify.com/', // only /magic and /sidekick are claimed
  'https://www.shopify.com/sidekicks', // a sibling path
  'https://workspace.google.com/', // Google Workspace; only the NotebookLM product page is claimed
  'https://workspace.google.com/products/docs',
  'https://github.com/settings/profile', // GitHub's settings; only the Copilot settings page is claimed
  'https://github.com/settings',
  'https://github.com/github', // GitHub's own organisation; only /github-copilot/pro is claimed
  'https://console.cloud.google.com/agent', // a sibling path of the agent platform
  'https://console.cloud.google.com/welcome',
  'https://manage.wix.com/dashboard', // Wix's dashboard; only /ai-assistant is claimed
  // Beside the vendors' AI pages the other pinned lists link.
  'https://www.samsung.com/global/galaxy/', // Samsung's phones; only the Galaxy AI page is claimed
  'https://www.samsung.com/global/galaxy/galaxy-s26/',
  'https://www.oracle.com/', // Oracle's site and cloud; only /artificial-intelligence is claimed
  'https://www.oracle.com/database/',
  'https://azure.microsoft.com/en-us/products/ai-services/', // Azure's AI services index; only named services are claimed
  'https://azure.microsoft.com/en-us/products/virtual-machines/',
  'https://unity.com/products/unity-engine', // the game engine; only /products/ai is claimed
  'https://coda.io/', // the doc editor; only /product/ai is claimed
  'https://www.figma.com/figjam/', // the whiteboard; only /figjam/ai is claimed
  'https://www.canva.com/magic-designer', // a sibling path
  'https://clipchamp.com/zh-hans/features/', // the video editor's feature index
  'https://photoaid.com/en/tools/', // PhotoAid's other photo tools
  'https://www.langboat.com/', // Langboat's company site; only the Mengzi GPT portal page is claimed
  'https://www.kujiale.cn/', // a home-design SaaS; only its AI activity page is claimed
  'https://www.realibox.com/', // a 3D platform; only /product/ai is claimed
  'https://mastergo.com/', // a UI design tool; only /upcoming-ai is claimed
  'https://modao.cc/', // a prototyping tool; only /feature/ai is claimed
  'https://modao.cc/feature/prototype.html',
  'https://699pic.com/', // a stock-image site; ai.699pic.com is claimed
  'https://forms.app/zh/', // a form builder; only the AI survey page is claimed
  'https://studycorgi.com/', // essay samples; only the ChatGPT detector page is claimed
  'https://bettersheets.co/', // Google Sheets courses; only the formula generator is claimed
  'https://helloandy.net/', // the tools' index site
  'https://filtpod.com/', // only /engage-ai is claimed
  'https://aws.amazon.com/bedrock/', // Bedrock's overview page stays unclaimed (its console and API hosts are claimed)
  'https://aws.amazon.com/bedrock/agentscape', // a sibling path
  'https://cloud.google.com/', // Google Cloud; only the Vertex AI and Agent Builder pages are claimed
  'https://cloud.google.com/products/compute',
  'https://www.ibm.com/products/', // IBM's product index; only watsonx.ai's page is claimed
  'https://www.microsoft.com/en-us/edge/features/', // Edge's feature index
  'https://www.microsoft.com/en-us/security/business/', // Microsoft Security; only Security Copilot's page is claimed
  'https://azure.microsoft.com/en-us/products/ai-services/ai-speech-to-text', // a sibling path
  'https://kagi.com/welcome', // Kagi's welcome page; only /welcome/assistant is claimed
  'https://io.net/', // io.net's GPU cloud; only /intelligence is claimed
  'https://io.net/intelligence-report', // a sibling path
  'https://framer.com/features/', // Framer's feature index
  'https://www.servicenow.com/products/', // ServiceNow's product index
  'https://pan.baidu.com/', // Baidu Netdisk; only its AI assistant and AI photo pages are claimed
  'https://pan.baidu.com/s/1abc',
  'https://biaobiaoxing.com/', // only the AI bid-writing page is claimed
  'https://vsbclub.com/', // aiagent.vsbclub.com is claimed
  'https://jam.dev/', // Jam's bug reporter; only /jamgpt is claimed
  'https://gaituya.com/', // an image-tool site; only /aiimg is claimed
  'https://www.salesforce.com/einstein', // a sibling of /einsteincopilot, not claimed
  'https://sourcegraph.com/search', // Sourcegraph's code search; only /cody and /amp are claimed
  'https://imiaoban.com/', // a diagram tool; only its AI drawing page is claimed
  'https://github.com/features', // GitHub's feature index; only the Copilot page is claimed
  'https://github.com/features/actions',
  'https://workspace.google.com/solutions/', // only /solutions/ai is claimed
  'https://qualcomm.com/', // Qualcomm; aihub.qualcomm.com is claimed
  'https://www.qualcomm.com/snapdragon',
];

const PARENTS_OF_AI_SUBDOMAINS = [
  'https://www.privacy.com/', // virtual cards; agents.privacy.com is claimed
  'https://privacy.com/',
  'https://www.startpage.com/', // the private search engine; vanish.startpage.com is claimed
  'https://startpage.com/',
];

const NAMESAKES = [
  'https://www.dedao.cn/', // Dedao's e-book and course app; only ai.dedao.cn is claimed
  'https://mix.audio/', // MixAudio's site; only agent.mix.audio is claimed
  'https://unmute.com/', // not Kyutai's unmute.sh
  'https://unmute.sh.example.com/',
  'https://notunmute.sh/',
];

describe('ninth regional pass: look-alikes stay unclassified', () => {
  it('classifies none of the general sites, parents and namesakes', () => {
    expectNoneClassified([...GENERAL_BESIDE_PREFIXES, ...PARENTS_OF_AI_SUBDOMAINS, ...NAMESAKES]);
  });

  it('still finds the AI pages beside them', () => {
    const expected: Record<string, string> = {
      'https://www.godaddy.com/websites/ai-website-builder': 'godaddy-ai-website-builder',
      'https://www.canva.com/dream-lab': 'canva-dream-lab',
      'https://www.google.com/shopping/tryon?q=x': 'google-shopping-try-on',
      'https://www.wolfram.com/notebook-assistant-llm-kit/': 'wolfram-notebook-assistant',
      'https://vimeo.com/features/ai-translation': 'vimeo-ai',
      'https://health.amazon.com/prime/onemedical/membership/health-ai/': 'one-medical-health-ai',
      'https://agents.privacy.com/': 'privacy-com-agents',
      'https://vanish.startpage.com/': 'startpage-vanish',
      'https://unmute.sh/': 'kyutai-unmute',
      'https://ai.dedao.cn/': 'dedao-learning-assistant',
      'https://agent.mix.audio/': 'mixaudio-agent',
      // Second hosts added to existing entries.
      'https://www.shopify.com/sidekick': 'shopify-magic',
      'https://workspace.google.com/products/notebooklm': 'notebooklm',
      'https://github.com/github-copilot/pro': 'github-copilot',
      'https://github.com/settings/copilot/features': 'github-copilot',
      'https://console.cloud.google.com/agent-platform/studio/settings/api-keys': 'vertex-ai',
      'https://www.samsung.com/global/galaxy/galaxy-ai/': 'samsung-galaxy-ai',
      'https://www.oracle.com/artificial-intelligence/': 'oracle-ai-agents',
      'https://azure.microsoft.com/products/ai-services/content-safety': 'azure-ai-content-safety',
      'https://ai.699pic.com/front/ai/assistant': '699pic-ai',
      'https://modao.cc/feature/ai.html': 'modao-ai',
      'https://manage.wix.com/ai-assistant?flow=main-partner-studio': 'wix-ai-assistant',
      'https://aws.amazon.com/bedrock/agents/': 'amazon-bedrock',
      'https://cloud.google.com/vertex-ai': 'vertex-ai',
      'https://www.ibm.com/products/watsonx-ai': 'ibm-watsonx',
      'https://kagi.com/welcome/assistant': 'kagi-assistant',
      'https://io.net/intelligence': 'io-intelligence',
      'https://www.servicenow.com/products/ai-agents/': 'servicenow-ai-agents',
      'https://yingdao.com/ai-power': 'yingdao-ai-power',
      'https://pan.baidu.com/aipan/welcome': 'baidu-netdisk-yunyiduo',
      'https://sourcegraph.com/amp': 'sourcegraph-amp',
      'https://github.com/features/copilot': 'github-copilot',
      'https://workspace.google.com/solutions/ai/': 'google-workspace-ai',
      'https://aihub.qualcomm.com/models': 'qualcomm-ai-hub',
      'https://www.salesforce.com/einsteincopilot': 'salesforce-agentforce',
      'https://imiaoban.com/work/AIht': 'imiaoban-ai',
    };
    expectEachClassifiedAs(expected);
  });
});
