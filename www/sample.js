// The article the page opens with. Written from the seed facts so that, once the core
// judges sentences, it shows every verdict: matches, extends, contradicts, a disputed
// claim and sentences with nothing to check. It deliberately holds a curly quote, an em
// dash and an emoji (a character outside the BMP: two UTF-16 units, one code point).
//
// Intended verdicts, sentence by sentence:
//  1 match        $38 billion AWS deal over seven years (001)
//  2 match        Amazon shares up more than 5% before the open (001)
//  3 contradict   Microsoft's first investment was $1 billion, not $2 billion (001)
//  4 match        27% stake in OpenAI Group PBC, October 28, 2025 announcement (003)
//  5 none         opinion
//  6 match        Amazon's $50 billion, two tranches of $15 and $35 billion (000)
//  7 contradict   NVIDIA put in $30 billion, not $20 billion (000)
//  8 extend       SoftBank's contribution (000); the board meeting is new
//  9 match+disputed  Frontier on AWS (004) vs. Frontier stays on Azure (003)
// 10 extend       Cerebras on Bedrock (003); the first region is new
// 11 contradict   Gartner: about $2.52 trillion, not $3.5 trillion (003)
// 12 none         question
// 13 none         quotation of an unnamed analyst, opinion
export const SAMPLE = `OpenAI’s seven-year cloud commitment to Amazon Web Services is worth $38 billion. Amazon’s stock rose more than 5% in pre-market trading once the deal was public. Microsoft, by contrast, began its relationship with OpenAI through a $2 billion investment. Its restructured agreement, announced on October 28, 2025, leaves Microsoft with a 27% stake in OpenAI Group PBC. Frankly, it is a remarkable turn for a partnership once called exclusive.

The money keeps coming — Amazon is paying its $50 billion in two tranches, $15 billion first and $35 billion later. NVIDIA contributed $20 billion to OpenAI’s $110 billion round. SoftBank’s board approved its matching $30 billion contribution to the round at a meeting in Tokyo. OpenAI now runs its Frontier platform on AWS. AWS plans to bring Cerebras WSE-3 capacity to Bedrock in its Northern Virginia region first. Gartner puts worldwide AI spending at $3.5 trillion in 2026.

Will the old rivals learn to share? 🤔 “Every hyperscaler wants a frontier lab of its own,” one analyst quipped.
`;
