// Twelfth-session pass, helper newtools (2026-12-06, issue 15): named leads of AI tools the catalog lacked, each sourced
// from the vendor's own documentation page or the vendor's own repository at the commit read (no list), plus one host
// from a pinned list (Friend, named in eudk/awesome-ai-tools, CC0). Every host was classified first: none was matched.
// Only facts (name, vendor, host) were taken; no text was copied. Left out, for want of a vendor page or a permissive file
// naming the host: Double (`double.bot`, named only in third-party notes), ElevenLabs' `11.ai` and Mistral's `le.chat`
// (third-party files only), the bare `manus.ai`, `wenxiaobai.com` (third-party code only), Google Vids (news only), and
// a Brave page naming the `search.brave.com/ask` path (the prefix is already claimed by `brave-ask`). `getclockwise.com`
// (Clockwise) stays out: the creative list pass keeps it as a trap (a calendar tool whose AI is a feature), and its
// vendor's help page calling it "AI-powered" was not taken as enough to overturn that.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

export const longTailC12NewTools: Tool[] = defineTools(
  'coding',
  [
    // Coding agents and AI app builders
    {
      id: 'codebuff',
      name: 'Codebuff',
      vendor: 'Codebuff',
      domains: ['codebuff.com'],
      source: 'https://www.codebuff.com/docs/advanced/how-does-it-work',
    },
    {
      id: 'blink-new',
      name: 'Blink',
      vendor: 'Blink',
      domains: ['blink.new'],
      // the maker's Claude Code/Codex/Cursor plugin: homepage https://blink.new, "Sign up at blink.new"
      source: 'https://github.com/blink-new/blink-plugin/blob/04cbf39fdf5f6dca318ee27862d43a5e8bb1af2a/README.md',
    },
    {
      id: 'floot',
      name: 'Floot',
      vendor: 'Floot',
      domains: ['floot.com'],
      // the maker's MCP connector README (stored copy of floothq/mcp at HEAD): API keys are entered "on floot.com only",
      // server URL https://mcp.floot.com/mcp
      source: 'https://raw.githubusercontent.com/floothq/mcp/HEAD/README.md',
    },
    {
      id: 'vly-ai',
      name: 'vly.ai',
      vendor: 'vly.ai',
      domains: ['vly.ai'],
      // the maker's npm package (scope @vly-ai), read with the npm client: "Access AI models ... through vly.ai". One source.
      source: 'https://www.npmjs.com/package/@vly-ai/integrations',
    },
    {
      id: 'zread',
      name: 'Zread',
      vendor: 'Zhipu AI',
      domains: ['zread.ai'],
      region: 'china',
      // the maker's Homebrew tap (ZreadAI/homebrew-tap): homepage https://zread.ai, binaries from codegeex/zread_cli
      source: 'https://github.com/ZreadAI/homebrew-tap/blob/8fa74119f25f2d38c543c814cc0e6958e203b1a7/Formula/zread.rb',
    },

    // Agent platforms and an agentic browser
    {
      id: 'opera-neon',
      name: 'Opera Neon',
      vendor: 'Opera',
      category: 'agents',
      domains: ['operaneon.com'],
      // Opera's own CLI README: "[Opera Neon](https://www.operaneon.com) additionally unlocks three advanced AI commands"
      source: 'https://github.com/operasoftware/opera-browser-cli/blob/5fb4da739e4c8b5cf4f2a05f6746156b7e3c0ff0/README.md',
    },
    {
      id: 'floatbot',
      name: 'Floatbot',
      vendor: 'Floatbot',
      category: 'agents',
      domains: ['floatbot.ai'],
      source: 'https://floatbot.ai/developers/floatbot-ai-agent-assist',
    },
    {
      id: 'swarmzero',
      name: 'SwarmZero',
      vendor: 'SwarmZero',
      category: 'agents',
      domains: ['swarmzero.ai'],
      // the maker's SDK README: website swarmzero.ai, docs docs.swarmzero.ai
      source: 'https://github.com/swarmzero/swarmzero/blob/0e2c4ab436df17ddc4423c4f1d1519bec0ca9318/README.md',
    },

    // An AI companion device
    {
      id: 'friend-companion',
      name: 'Friend',
      vendor: 'Friend',
      category: 'chat',
      domains: ['friend.com'],
      // the list's hardware section: an AI companion "by Friend.com"
      source: listed('eudk'),
    },
  ],
  { checked: CHECKED_C12 },
);
