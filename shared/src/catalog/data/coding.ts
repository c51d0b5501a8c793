// Coding assistants, AI IDEs and app builders.
import type { Tool } from '../../schemas/tool';
import { awsConsole, defineTools, listed, CHECKED_2, v2flyAt, CHECKED_3, CHECKED_C10, CHECKED_C13 } from './define';

export const codingTools: Tool[] = defineTools('coding', [
  {
    id: 'github-copilot',
    name: 'GitHub Copilot',
    vendor: 'GitHub',
    domains: ['githubcopilot.com', 'copilot-workspace.githubnext.com', 'copilot.github.com'],
    // github.com/github-copilot/pro (Copilot Pro sign-up), github.com/features/copilot (its product page) and
    // github.com/settings/copilot (Copilot settings): listed('stevoisiakai', 'GenAI-Blocklist.txt') lines 1342, 1467 and
    // 1463-1473, and 'GenAI-Blocklist-Extra.txt' line 156, CHECKED_3
    // docs.github.com/en/copilot (Copilot's documentation): GitHub's docs llms.txt (https://docs.github.com/llms.txt; copy
    // at api-evangelist/github@2c26cd6696ffc24a8230d537b848ef9e5c83a4f6 llms/github-llms.txt), CHECKED_C14
    urlPrefixes: ['github.com/copilot', 'github.com/github-copilot/pro', 'github.com/features/copilot', 'github.com/settings/copilot', 'docs.github.com/en/copilot'],
    // copilot-telemetry and origin-tracker (2026-12-05): GitHub's "Copilot allowlist reference" names them as Copilot's
    // telemetry and suggestions services (docs.github.com/en/copilot/reference/copilot-allowlist-reference).
    apiEndpoints: [
      'api.githubcopilot.com',
      'copilot-proxy.githubusercontent.com',
      'copilot-telemetry.githubusercontent.com',
      'origin-tracker.githubusercontent.com',
    ],
    supplier: { enterpriseTier: true },
    source: v2flyAt('github-copilot'),
    checked: CHECKED_3,
  },
  { id: 'github-spark', name: 'GitHub Spark', vendor: 'GitHub', urlPrefixes: ['github.com/spark'], source: 'https://github.com/features/spark', checked: CHECKED_C10 },
  {
    id: 'openai-codex',
    name: 'OpenAI Codex',
    vendor: 'OpenAI',
    urlPrefixes: ['chatgpt.com/codex'],
    supplier: { enterpriseTier: true },
    source: listed('nofluff', 'README.md'),
    checked: CHECKED_3,
  },
  { id: 'claude-code', name: 'Claude Code', vendor: 'Anthropic', urlPrefixes: ['claude.ai/code'], supplier: { enterpriseTier: true }, source: 'https://code.claude.com/docs/fr/web-quickstart.md', checked: CHECKED_C10 },
  { id: 'cursor', name: 'Cursor', vendor: 'Anysphere', domains: ['cursor.com', 'cursor.sh', 'cursorapi.com', 'cursor.so'], supplier: { enterpriseTier: true }, source: v2flyAt('cursor'), checked: CHECKED_3 }, // cursor.so, its first host: listed('lihongzhai')
  { id: 'windsurf', name: 'Windsurf', vendor: 'Cognition', domains: ['windsurf.com', 'windsurf.build', 'codeium.com', 'windsurf.ai'], source: v2flyAt('windsurf'), checked: CHECKED_3 }, // windsurf.ai: listed('hihelloluigi')
  // cognition.com (2026-12-05): Cognition's newer host: its Devin 2.2 and Devin Security Swarm announcements are
  // linked at https://cognition.com/blog/..., listed('zijianni') (README.md).
  { id: 'devin', name: 'Devin', vendor: 'Cognition', category: 'agents', domains: ['devin.ai', 'cognition-labs.com', 'cognition.ai', 'cognition.com'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 }, // cognition-labs.com: listed('eudk')
  { id: 'deepwiki', name: 'DeepWiki', vendor: 'Cognition', domains: ['deepwiki.com', 'deepwiki.org'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'jules', name: 'Jules', vendor: 'Google', domains: ['jules.google.com', 'jules.google'], apiEndpoints: ['jules.googleapis.com'], source: v2flyAt('google-deepmind'), checked: CHECKED_3 }, // jules.googleapis.com (2026-12-05), the Jules API: Google's REST reference https://developers.google.com/jules/api/reference/rest/v1alpha/sessions/create (stored copy read)
  { id: 'antigravity', name: 'Google Antigravity', vendor: 'Google', domains: ['antigravity.google'], apiEndpoints: ['antigravity-pa.googleapis.com', 'antigravity.googleapis.com', 'antigravity-unleash.goog'], source: v2flyAt('google-deepmind'), checked: CHECKED_3 }, // apiEndpoints: v2flyAt('google-deepmind'), CHECKED_3
  // firebase.google.com/studio (2026-12-06): the website listed('promptslab') gives for Firebase Studio (README.md);
  // the rest of firebase.google.com (Firebase itself) stays unclaimed.
  { id: 'firebase-studio', name: 'Firebase Studio', vendor: 'Google', domains: ['studio.firebase.google.com', 'idx.google.com', 'idx.dev', 'firebase.studio'], urlPrefixes: ['firebase.google.com/studio'], source: v2flyAt('google'), checked: CHECKED_2 },
  { id: 'gemini-code-assist', name: 'Gemini Code Assist', vendor: 'Google', domains: ['codeassist.google'], apiEndpoints: ['cloudaicompanion.googleapis.com', 'cloudcode-pa.googleapis.com', 'daily-cloudcode-pa.googleapis.com', 'aicode.googleapis.com', 'aida.googleapis.com'], source: v2flyAt('google-deepmind'), checked: CHECKED_3 }, // daily-cloudcode-pa, and aicode/aida (Gemini in Android Studio): v2flyAt('google-deepmind'), CHECKED_3
  { id: 'jetbrains-ai', name: 'JetBrains AI Assistant', vendor: 'JetBrains', domains: ['jetbrains.ai', 'grazie.ai'], urlPrefixes: ['www.jetbrains.com/ai'], apiEndpoints: ['grazie.aws.intellij.net'], source: v2flyAt('jetbrains-ai'), checked: CHECKED_3 }, // grazie.aws.intellij.net (its AI service backend): v2flyAt('jetbrains-ai'), CHECKED_3
  { id: 'amazon-q-developer', name: 'Amazon Q Developer', vendor: 'Amazon Web Services', urlPrefixes: awsConsole('amazonq'), supplier: { enterpriseTier: true }, source: 'https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/q-on-aws.html', checked: CHECKED_C10 },
  { id: 'kiro', name: 'Kiro', vendor: 'Amazon Web Services', domains: ['kiro.dev'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'tabnine', region: 'middle-east', name: 'Tabnine', vendor: 'Tabnine', domains: ['tabnine.com', 'codota.com'], source: listed('eudk'), checked: CHECKED_2, supplier: { trainsOnInputsByDefault: false, enterpriseTier: true } },
  { id: 'sourcegraph-amp', name: 'Amp', vendor: 'Sourcegraph', domains: ['ampcode.com'], urlPrefixes: ['sourcegraph.com/cody', 'about.sourcegraph.com/cody', 'sourcegraph.com/amp'], source: listed('aifordevelopers'), checked: CHECKED_2 }, // sourcegraph.com/amp: listed('embraceagi', 'docs/Coding_Agents.md'), CHECKED_3
  { id: 'replit', name: 'Replit Agent', vendor: 'Replit', domains: ['replit.com'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'bolt', name: 'Bolt.new', vendor: 'StackBlitz', domains: ['bolt.new'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'lovable', region: 'europe', name: 'Lovable', vendor: 'Lovable', domains: ['lovable.dev', 'lovable.ai'], source: listed('filipecalegario'), checked: CHECKED_2 }, // lovable.ai: listed('aliammari1')
  { id: 'v0', name: 'v0', vendor: 'Vercel', domains: ['v0.dev', 'v0.app'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'trae', region: 'china', name: 'Trae', vendor: 'ByteDance', domains: ['trae.ai', 'marscode.com', 'trae.cn', 'marscode.cn', 'trae.com.cn', 'marscode.com.cn'], source: v2flyAt('bytedance-ai-!cn'), checked: CHECKED_3 }, // marscode.com.cn, MarsCode's renamed host: v2flyAt('trae'), CHECKED_3
  { id: 'qoder', region: 'china', name: 'Qoder', vendor: 'Alibaba', domains: ['qoder.com', 'qoder.com.cn'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 }, // qoder.com.cn: listed('kapibala', 'data/navigation.json') (its QoderWork page)
  { id: 'tongyi-lingma', region: 'china', name: 'Tongyi Lingma', vendor: 'Alibaba Cloud', domains: ['lingma.aliyun.com'], source: listed('embraceagi', 'docs/AI_tools.md'), checked: CHECKED_3 },
  { id: 'codebuddy', region: 'china', name: 'CodeBuddy', vendor: 'Tencent', domains: ['codebuddy.cn', 'codebuddy.ai'], source: v2flyAt('category-ai-cn'), checked: CHECKED_3 },
  { id: 'aixcoder', region: 'china', name: 'aiXcoder', vendor: 'aiXcoder', domains: ['aixcoder.com'], source: v2flyAt('aixcoder'), checked: CHECKED_3 },
  { id: 'coderabbit', name: 'CodeRabbit', vendor: 'CodeRabbit', domains: ['coderabbit.ai'], source: v2flyAt('category-ai-!cn'), checked: CHECKED_3 },
  { id: 'blackbox-ai', name: 'Blackbox AI', vendor: 'Blackbox', domains: ['blackbox.ai', 'useblackbox.io'], source: listed('steven2358', 'DISCOVERIES.md'), checked: CHECKED_2 },
  { id: 'qodo', name: 'Qodo', vendor: 'Qodo', domains: ['qodo.ai', 'codium.ai'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'continue', name: 'Continue', vendor: 'Continue', domains: ['continue.dev'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'cline', name: 'Cline', vendor: 'Cline', domains: ['cline.bot'], source: listed('sourcegraph'), checked: CHECKED_3 },
  { id: 'roo-code', name: 'Roo Code', vendor: 'Roo Code', domains: ['roocode.com'], source: listed('aifordevelopers'), checked: CHECKED_2 },
  { id: 'kilo-code', name: 'Kilo Code', vendor: 'Kilo Code', domains: ['kilocode.ai', 'kilocode.com'], source: listed('mahseema'), checked: CHECKED_2 }, // kilocode.com: listed('jaylfc')
  { id: 'augment-code', name: 'Augment Code', vendor: 'Augment Computing', domains: ['augmentcode.com'], source: listed('aifordevelopers'), checked: CHECKED_2 },
  { id: 'zed', name: 'Zed', vendor: 'Zed Industries', domains: ['zed.dev'], source: listed('aifordevelopers'), checked: CHECKED_2 },
  { id: 'warp', name: 'Warp', vendor: 'Warp', domains: ['warp.dev'], source: listed('aifordevelopers'), checked: CHECKED_2 },
  { id: 'factory', name: 'Factory', vendor: 'Factory', category: 'agents', domains: ['factory.ai'], source: listed('aifordevelopers'), checked: CHECKED_2 },
  { id: 'poolside', name: 'Poolside', vendor: 'Poolside', domains: ['poolside.ai'], source: listed('sourcegraph'), checked: CHECKED_3 },
  { id: 'codegpt', name: 'CodeGPT', vendor: 'CodeGPT', domains: ['codegpt.co'], source: listed('yousefebrahimi0'), checked: CHECKED_3 },
  { id: 'pieces', name: 'Pieces', vendor: 'Pieces', domains: ['pieces.app'], source: listed('mahseema'), checked: CHECKED_2 },
  { id: 'mintlify', name: 'Mintlify', vendor: 'Mintlify', category: 'writing', domains: ['mintlify.com'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'greptile', name: 'Greptile', vendor: 'Greptile', domains: ['greptile.com'], source: listed('aifordevelopers'), checked: CHECKED_2 },
  { id: 'sweep', name: 'Sweep', vendor: 'Sweep', domains: ['sweep.dev'], source: listed('slavakurilyak'), checked: CHECKED_3 },
  { id: 'same-dev', name: 'Same', vendor: 'Same', domains: ['same.new'], source: listed('filipevibe', 'README-CN.md'), checked: CHECKED_3 },
  { id: 'create-xyz', name: 'Anything (formerly Create)', vendor: 'Anything', domains: ['create.xyz', 'anything.com'], source: listed('aifordevelopers'), checked: CHECKED_2 },
  { id: 'tempo-labs', name: 'Tempo', vendor: 'Tempo Labs', domains: ['tempo.new', 'tempolabs.ai'], source: listed('filipevibe', 'README-CN.md'), checked: CHECKED_3 }, // tempolabs.ai (2026-12-06): listed('robocovibecoding', 'README.md'), "Tempo Labs"
  { id: 'rork', name: 'Rork', vendor: 'Rork', domains: ['rork.com', 'rork.app'], source: listed('filipevibe', 'README-CN.md'), checked: CHECKED_3 },
  { id: 'emergent', name: 'Emergent', vendor: 'Emergent Labs', domains: ['emergent.sh'], source: listed('filipevibe', 'README-CN.md'), checked: CHECKED_3 },
  { id: 'firebender', name: 'Firebender', vendor: 'Firebender', domains: ['firebender.com'], source: 'https://docs.firebender.com/get-started/quickstart.md', checked: CHECKED_C10 },
  // openhands.dev (2026-12-05): OpenHands' newer host: the project's own README links its docs at docs.openhands.dev,
  // its assets at assets.openhands.dev and its Slack at openhands.dev/joinslack
  // (OpenHands/OpenHands@a4ba8e3b73951fd5634398885f9a291834641082 README.md, MIT).
  { id: 'openhands', name: 'OpenHands', vendor: 'All Hands AI', domains: ['all-hands.dev', 'opendevin.ai', 'openhands.dev'], source: listed('aifordevelopers'), checked: CHECKED_2 },
  { id: 'aider', name: 'Aider', vendor: 'Aider', domains: ['aider.chat'], source: listed('steven2358'), checked: CHECKED_2 },
  { id: 'pythagora', name: 'Pythagora', vendor: 'Pythagora', domains: ['pythagora.ai'], source: listed('aifordevelopers'), checked: CHECKED_2 },
  { id: 'gpt-engineer', name: 'GPT Engineer', vendor: 'Lovable', domains: ['gptengineer.app'], source: listed('slavakurilyak'), checked: CHECKED_3 },
  { id: 'askcodi', name: 'AskCodi', vendor: 'AskCodi', domains: ['askcodi.com'], source: listed('rvelamen', 'README.md'), checked: CHECKED_3 },
  { id: 'tabby', name: 'Tabby', vendor: 'TabbyML', domains: ['tabbyml.com'], source: listed('aifordevelopers'), checked: CHECKED_3 },
  { id: 'refact', name: 'Refact.ai', vendor: 'Refact', domains: ['refact.ai'], source: listed('aifordevelopers'), checked: CHECKED_2 },
  { id: 'bito', name: 'Bito', vendor: 'Bito', domains: ['bito.ai', 'bito.co'], source: listed('lilittlecat', 'README.md'), checked: CHECKED_3 }, // bito.co: listed('yousefebrahimi0')
  { id: 'mutable', name: 'Mutable.ai', vendor: 'Mutable', domains: ['mutable.ai'], source: listed('mahseema'), checked: CHECKED_2 },
  { id: 'swimm', name: 'Swimm', vendor: 'Swimm', domains: ['swimm.io', 'swimm.ai'], source: listed('laylavish', 'list.txt'), checked: CHECKED_3 }, // swimm.ai: a link titled "Home - Swimm" to https://swimm.ai/ in listed('whoisdsmith', 'README.md') line 1848, CHECKED_C14
  { id: 'whatthediff', name: 'What The Diff', vendor: 'What The Diff', domains: ['whatthediff.ai'], source: listed('aifordevelopers'), checked: CHECKED_2 },
  { id: 'codeant', name: 'CodeAnt AI', vendor: 'CodeAnt', domains: ['codeant.ai'], source: 'https://docs.codeant.ai/pull_request/features/code_review', checked: CHECKED_C10 },
  { id: 'ellipsis', name: 'Ellipsis', vendor: 'Ellipsis', domains: ['ellipsis.dev'], source: 'https://docs.ellipsis.dev/features/review', checked: CHECKED_C10 },
  { id: 'marblism', name: 'Marblism', vendor: 'Marblism', domains: ['marblism.com'], source: listed('filipecalegario'), checked: CHECKED_2 },
  { id: 'softgen', name: 'Softgen', vendor: 'Softgen', domains: ['softgen.ai'], source: listed('filipevibe', 'README-CN.md'), checked: CHECKED_3 },
  { id: 'databutton', name: 'Databutton', vendor: 'Databutton', domains: ['databutton.com'], source: listed('aifordevelopers'), checked: CHECKED_2 },
  { id: 'base44', name: 'Base44', vendor: 'Wix', domains: ['base44.com'], source: listed('digidai', 'README_EN.md'), checked: CHECKED_2 },
  { id: 'mocha', name: 'Mocha', vendor: 'Mocha', domains: ['getmocha.com'], source: listed('mahseema'), checked: CHECKED_2 },
  { id: 'a0-dev', name: 'a0.dev', vendor: 'a0.dev', domains: ['a0.dev'], source: listed('c13ayc', 'responses/W25.json'), checked: CHECKED_C13 }, // YC directory entry: a0.dev, a0.dev, "We make mobile apps using AI."
  { id: 'magic-patterns', name: 'Magic Patterns', vendor: 'Magic Patterns', domains: ['magicpatterns.com'], source: listed('mahseema'), checked: CHECKED_2 },
  { id: 'uxpilot', name: 'UX Pilot', vendor: 'UX Pilot', category: 'presentation', domains: ['uxpilot.ai'], source: listed('timurtek', 'README.md'), checked: CHECKED_3 },
  { id: 'relume', name: 'Relume', vendor: 'Relume', category: 'presentation', domains: ['relume.io'], source: listed('kostja94', 'README-CN.md'), checked: CHECKED_3 },
  { id: 'durable', name: 'Durable', vendor: 'Durable', domains: ['durable.co'], source: listed('eudk'), checked: CHECKED_2 },
  { id: 'tenweb', name: '10Web AI Builder', vendor: '10Web', domains: ['10web.io'], source: listed('aifordevelopers'), checked: CHECKED_2 },
]);
