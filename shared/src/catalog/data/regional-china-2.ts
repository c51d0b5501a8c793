// Chinese AI tools from two MIT-licensed lists of Chinese AI services (see LISTS in define.ts), read on
// CHECKED_2. Each row cites the list file its name and host came from; rows are ours.
import type { Tool } from '../../schemas/tool';
import { CHECKED_2, defineTools, listed } from './define';

export const chinaTools2: Tool[] = defineTools('chat', [
  { id: '1024code', name: '1024Code', vendor: '1024Code', category: 'coding', domains: ['1024code.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: '302-ai', name: '302.AI', vendor: '302.AI', category: 'developer-platform', domains: ['302.ai', '302ai.cn'], source: listed('lihongzhai', 'ai_tools.csv') }, // 302ai.cn: 302.AI's official site and pricing page (base URL api.302.ai) in listed('c16providersdeepchat', 'src/main/provider/defaults.ts'), CHECKED_C16
  { id: '360-ai-search', name: '360 AI Search', vendor: 'Qihoo 360', category: 'search', domains: ['sou.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: '360-suda', name: '360 Suda Office', vendor: 'Qihoo 360', category: 'productivity', domains: ['bangong.360.cn'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: '360-zhinao', name: '360 Zhinao', vendor: 'Qihoo 360', domains: ['ai.360.cn', 'ai.360.com'], source: listed('lihongzhai', 'ai_tools.csv') }, // ai.360.com: listed('rvelamen', 'data.json') (360智脑)
  { id: '6pen', name: '6pen Art', vendor: '6pen', category: 'image', domains: ['6pen.pro', '6pen.art'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'aihuazuo', name: 'AI Huashi', vendor: 'AI Huashi', category: 'image', domains: ['aihuazuo.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'bgmcat', name: 'BGM Cat', vendor: 'BGM Cat', category: 'audio', domains: ['bgmcat.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'bgsub', name: 'BgSub', vendor: 'BgSub', category: 'image', domains: ['bgsub.cn', 'bgsub.com'], source: listed('lihongzhai', 'ai_tools.csv') }, // bgsub.com: listed('meetpateltech')
  { id: 'biling-ai', name: 'Biling AI', vendor: 'Biling', category: 'writing', domains: ['ibiling.cn'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'booltool', name: 'Booltool', vendor: 'BoolV', category: 'image', domains: ['booltool.boolv.tech'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'caiyun-xiaoyi', name: 'Caiyun Xiaoyi', vendor: 'Caiyun', category: 'translation', domains: ['fanyi.caiyunapp.com'], apiEndpoints: ['api.interpreter.caiyunai.com'], source: listed('lihongzhai', 'ai_tools.csv') }, // api.interpreter.caiyunai.com: Caiyun's https://docs.caiyunapp.com/lingocloud-api/
  { id: 'chanjing', name: 'Chanjing', vendor: 'Chanjing', category: 'video', domains: ['chanjing.cc'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'chat-ppt', name: 'ChatPPT', vendor: 'Bijie Technology', category: 'presentation', domains: ['chat-ppt.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'chatavatar', name: 'ChatAvatar', vendor: 'Deemos', category: 'image', domains: ['hyperhuman.deemos.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'chatdba', name: 'ChatDBA', vendor: 'ChatDBA', category: 'coding', domains: ['chatdba.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'chatexcel', name: 'ChatExcel', vendor: 'ChatExcel', category: 'productivity', domains: ['chatexcel.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'chatlaw', name: 'ChatLaw', vendor: 'ChatLaw', domains: ['chatlaw.cloud'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'chatmind', name: 'ChatMind', vendor: 'Xmind', category: 'productivity', domains: ['chatmind.tech'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'chatpaper', name: 'ChatPaper', vendor: 'ChatPaper', category: 'search', domains: ['chatpaper.org'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'chatwithpaper-academic', name: 'Academic GPT (ChatPaper)', vendor: 'ChatPaper', category: 'search', domains: ['academic.chatwithpaper.org'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'chilloutai', name: 'ChilloutAI', vendor: 'ChilloutAI', category: 'image', domains: ['chilloutai.xyz'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'copydone', name: 'CopyDone', vendor: 'CopyDone', category: 'writing', domains: ['copyai.cn'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'd-design', name: 'Duiyou (d.design)', vendor: 'Alibaba', category: 'image', domains: ['d.design'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'douyin-jichuang', name: 'Douyin Jichuang', vendor: 'Ocean Engine', category: 'video', domains: ['aic.oceanengine.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'elegantresume', name: 'ElegantResume', vendor: 'ElegantResume', category: 'writing', domains: ['elegantresume.pro'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'fastgpt', name: 'FastGPT', vendor: 'Labring', category: 'developer-platform', domains: ['fastgpt.in', 'fastgpt.cn', 'fastgpt.run', 'fastgpt.io', 'tryfastgpt.ai'], source: listed('digidai', 'README_EN.md') }, // fastgpt.io: FastGPT's homepage (repository labring/fastgpt) in listed('c14leadrootsong', 'data/projects/fastgpt.en.md'), CHECKED_C14; fastgpt.run: listed('oneapi', 'relay/channeltype/url.go') (FastGPT channel base URL); tryfastgpt.ai: the overseas edition named on its own docs' introduction (https://doc.tryfastgpt.ai/docs/intro/), CHECKED_C18
  // gaoding.art: the host listed('embraceagi') (www.gaoding.art, 稿定 AI) and listed('kapibala', 'data/navigation.json') give.
  { id: 'gaoding-ai', name: 'Gaoding AI', vendor: 'Gaoding', category: 'image', urlPrefixes: ['www.gaoding.com/ai', 'gaoding.com/ai'], domains: ['gaoding.art'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'giiso', name: 'Giiso', vendor: 'Giiso', category: 'writing', domains: ['giiso.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'guangsuxie', name: 'Guangsu Xiezuo', vendor: 'Zuoyebang', category: 'writing', domains: ['guangsuxie.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'guiji', name: 'Guiji AI', vendor: 'Silicon Intelligence', category: 'video', domains: ['guiji.ai'], source: listed('digidai', 'README_EN.md') },
  { id: 'huashou-club', name: 'Huashou Club', vendor: 'Huashou', category: 'image', domains: ['huashou.club'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'huatuogpt', name: 'HuatuoGPT', vendor: 'CUHK-Shenzhen', domains: ['huatuogpt.cn'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'huiying-zimu', name: 'Huiying Zimu', vendor: 'Huiying', category: 'video', domains: ['huiyingzimu.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'hyper3d', name: 'Hyper3D Rodin', vendor: 'Deemos', category: 'image', domains: ['hyper3d.ai'], source: listed('digidai', 'README_EN.md') },
  { id: 'jbang-ai', name: 'Jiangbang AI', vendor: 'Jiangbang', category: 'writing', domains: ['ai.jbangai.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'kolors', name: 'Kolors', vendor: 'Kuaishou', category: 'image', domains: ['ai.kuaishou.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'link-ai', name: 'LinkAI', vendor: 'LinkAI', category: 'agents', domains: ['link-ai.tech'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'logosc', name: 'Logosc', vendor: 'Logosc', category: 'image', domains: ['logosc.cn'], source: listed('digidai', 'README_EN.md') },
  { id: 'meitu-ai-ppt', name: 'Meitu AI PPT', vendor: 'Meitu', category: 'presentation', urlPrefixes: ['design.meitu.com/ppt'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'meitu-whee', name: 'WHEE', vendor: 'Meitu', category: 'image', domains: ['whee.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'mindshow', name: 'Mindshow', vendor: 'Mindshow', category: 'presentation', domains: ['mindshow.fun', 'mindshow.vip'], source: listed('lihongzhai', 'ai_tools.csv') }, // mindshow.vip: listed('rvelamen', 'data.json') (麦当秀MindShow)
  // modelscope.ai (2026-12-05): ModelScope's international site; the vendor's own SDK names it
  // DEFAULT_MODELSCOPE_INTL_DOMAIN = 'www.modelscope.ai' beside www.modelscope.cn
  // (modelscope/modelscope@2905da12205410de83f2fcdaabb4b505430890d5 modelscope/hub/constants.py, Apache-2.0).
  { id: 'modelscope', name: 'ModelScope', vendor: 'Alibaba', category: 'developer-platform', domains: ['modelscope.cn', 'modelscope.ai'], apiEndpoints: ['api-inference.modelscope.cn'], source: listed('lihongzhai', 'ai_tools.csv') }, // api-inference.modelscope.cn: listed('modelsdev', 'providers/modelscope/provider.toml')
  { id: 'motiongo', name: 'MotionGo', vendor: 'Yoo AI', category: 'presentation', domains: ['motion.yoo-ai.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'moyin', name: 'Moyin', vendor: 'Moyin', category: 'audio', domains: ['moyin.com'], source: listed('digidai', 'README_EN.md') },
  { id: 'netease-tianyin', name: 'NetEase Tianyin', vendor: 'NetEase', category: 'audio', domains: ['tianyin.music.163.com', 'tianyin.163.com'], source: listed('lihongzhai', 'ai_tools.csv') }, // tianyin.163.com: listed('rvelamen', 'data.json') (网易天音)
  { id: 'piccopilot', name: 'Pic Copilot', vendor: 'Alibaba', category: 'image', domains: ['piccopilot.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'pptgo', name: 'Boardmix AI PPT (PPTGo)', vendor: 'Boardmix', category: 'presentation', domains: ['pptgo.cn'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'sensetime-code-raccoon', name: 'SenseTime Code Raccoon', vendor: 'SenseTime', category: 'coding', domains: ['xiaohuanxiong.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'sensetime-raccoon', name: 'SenseTime Raccoon', vendor: 'SenseTime', category: 'productivity', domains: ['raccoon.sensetime.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'shanjian', name: 'Shanjian', vendor: 'Shanjian', category: 'video', domains: ['shanjian.tv'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'shenyandayi', name: 'Shenyan Dayi', vendor: 'Shenyan', category: 'writing', domains: ['shenyandayi.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'smary-pro', name: 'Smary Pro', vendor: 'Smary', category: 'writing', domains: ['smary.pro'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'sohu-jiandan-ai', name: 'Sohu Jiandan AI', vendor: 'Sohu', category: 'image', domains: ['ai.sohu.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'tiangong-zhima', name: 'Tiangong Zhima', vendor: 'Kunlun Tech', category: 'coding', domains: ['sky-code.singularity-ai.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'ttsmaker-cn', name: 'TTSMaker (China)', vendor: 'TTSMaker', category: 'audio', domains: ['ttsmaker.cn'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'tusiart', name: 'Tusi.Art', vendor: 'Tusi', category: 'image', domains: ['tusiart.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'vega-ai', name: 'Vega AI', vendor: 'Vega AI', category: 'image', domains: ['vegaai.net'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'wancai-ai', name: 'Wancai AI', vendor: 'Wancai', category: 'video', domains: ['ai.kezhan365.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'wantquotes', name: 'WantQuotes', vendor: 'THUNLP', category: 'search', domains: ['wantquotes.net'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'wantwords', name: 'WantWords', vendor: 'THUNLP', category: 'writing', domains: ['wantwords.net'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'wondershare-virbo-cn', name: 'Wondershare Virbo (China)', vendor: 'Wondershare', category: 'video', domains: ['virbo.wondershare.cn'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'wujie-ai', name: 'Wujie AI', vendor: 'Wujie AI', category: 'image', domains: ['wujieai.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'xfyun-chatdoc', name: 'Spark ChatDoc', vendor: 'iFlytek', category: 'productivity', domains: ['chatdoc.xfyun.cn'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'xfyun-zhiwen', name: 'iFlytek Zhiwen', vendor: 'iFlytek', category: 'presentation', domains: ['zhiwen.xfyun.cn'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'xiaomo', name: 'Xiaomo Editor', vendor: 'Xiaomo', category: 'writing', domains: ['xiaomo.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'xiechanghou', name: 'Xiechanghou', vendor: 'AIMMC', category: 'writing', domains: ['aimmc.cn'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'xljsci', name: 'Xiaojingyu Literature Reader', vendor: 'Xiaojingyu', category: 'translation', domains: ['xljsci.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'xunfei-peiyin', name: 'iFlytek Peiyin', vendor: 'iFlytek', category: 'audio', domains: ['peiyin.xunfei.cn'], source: listed('digidai', 'README_EN.md') },
  { id: 'xunfei-zhizuo', name: 'iFlytek Zhizuo', vendor: 'iFlytek', category: 'video', domains: ['xfzhizuo.cn'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'yizhen-miaochuang', name: 'Yizhen Miaochuang', vendor: 'Yizhen', category: 'video', domains: ['aigc.yizhentv.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'yizhuan', name: 'Yizhuan', vendor: 'Yizhuan', category: 'writing', domains: ['yizhuan5.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'youdao-ai', name: 'Youdao AI', vendor: 'NetEase Youdao', category: 'writing', domains: ['ai.youdao.com'], apiEndpoints: ['openapi.youdao.com'], source: listed('lihongzhai', 'ai_tools.csv') }, // openapi.youdao.com: Youdao's API docs on ai.youdao.com, e.g. https://ai.youdao.com/DOCSIRMA/html/transapi/trans/api/plwbfy/index.html
  { id: 'youdao-sight', name: 'NetEase Jianwai', vendor: 'NetEase Youdao', category: 'translation', domains: ['sight.youdao.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'youdao-ziyue', name: 'Youdao Ziyue', vendor: 'NetEase Youdao', domains: ['ziyue.youdao.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'zelinai', name: 'ZelinAI', vendor: 'ZelinAI', category: 'developer-platform', domains: ['zelinai.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'zhoubaotong', name: 'Zhoubaotong', vendor: 'Zhoubaotong', category: 'writing', domains: ['zhoubaotong.com'], source: listed('lihongzhai', 'ai_tools.csv') },
  { id: 'zidong-taichu', name: 'Zidong Taichu', vendor: 'Institute of Automation, CAS', domains: ['taichu-web.ia.ac.cn'], source: listed('lihongzhai', 'ai_tools.csv') },
], { checked: CHECKED_2, region: 'china' });
