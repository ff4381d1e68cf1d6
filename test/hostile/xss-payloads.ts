/**
 * Script-injection payloads (catalogue rows G1–G4 and friends). Each one, if it ever ran, would
 * call `__xss(n)` with its own number, so a test that defines that hook sees which one got
 * through; under the Content-Security-Policy the attempt shows up as a violation instead.
 */
const RAW: readonly string[] = [
  '<img src=x onerror=__xss(0)>',
  '<script>__xss(1)</script>',
  '<svg onload=__xss(2)>',
  '<svg><script>__xss(3)</script></svg>',
  '<details open ontoggle=__xss(4)>x</details>',
  '<iframe src="javascript:__xss(5)"></iframe>',
  '<a href="javascript:__xss(6)">click</a>',
  'javascript:__xss(7)',
  '<body onload=__xss(8)>',
  '<input autofocus onfocus=__xss(9)>',
  '"><img src=x onerror=__xss(10)>',
  "'><svg/onload=__xss(11)>",
  '</textarea><script>__xss(12)</script>',
  '</title><img src=x onerror=__xss(13)>',
  '<math><mtext><img src=x onerror=__xss(14)></mtext></math>',
  '<object data="javascript:__xss(15)"></object>',
  '<embed src="javascript:__xss(16)">',
  '<video><source onerror=__xss(17)></video>',
  '<audio src=x onerror=__xss(18)>',
  '<marquee onstart=__xss(19)>x</marquee>',
  '<style>@import "javascript:__xss(20)";</style>',
  '<div style="background:url(javascript:__xss(21))">x</div>',
  '<img src="data:image/svg+xml,<svg onload=__xss(22)>">',
  '<iframe srcdoc="<script>parent.__xss(23)</script>"></iframe>',
  '<form><button formaction="javascript:__xss(24)">x</button></form>',
  '<select autofocus onfocus=__xss(25)></select>',
  '<textarea autofocus onfocus=__xss(26)></textarea>',
  '<keygen autofocus onfocus=__xss(27)>',
  '<svg><animate onbegin=__xss(28) attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:__xss(29)"><text y=20>x</text></a></svg>',
  '{{constructor.constructor("__xss(30)")()}}',
  '${__xss(31)}',
  '<img src=x onerror="&#95;&#95;xss(32)">',
  '<a href="data:text/html,<script>__xss(33)</script>">x</a>',
  'red;background:url(javascript:__xss(34))',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(35)">',
];

export const XSS_PAYLOADS: readonly string[] = RAW;
