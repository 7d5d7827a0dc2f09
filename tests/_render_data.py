"""Speeches the render tests show: two speeches with noise, figures of every role and status,
and hostile text that must show as text and run nothing."""

from __future__ import annotations

REPORT = (
    "学习啦>实用范文>致辞讲话>\n"
    "全区经济工作会议讲话篇1\n"
    "同志们:\n"
    "今天召开全区经济工作会议,主要任务是总结工作、部署任务。\n"
    "一、过去一年工作回顾\n"
    "全年地区生产总值由180亿元增长到244.4亿元,同比增长9.4%。\n"
    "(一)项目建设成效明显\n"
    "新开工项目22个,完成固定资产投资202亿元,增长9.8%。\n"
    "第1页 / 共2页\n"
    "二、今年主要任务\n"
    "计划新增就业人员2.3万人,城镇登记失业率控制在4%以内。\n"
    "同志们,让我们紧密团结起来,为实现全年目标任务而努力奋斗!\n"
    "全区经济工作会议讲话篇2\n"
    "同志们:\n"
    "一、抓项目\n"
    "力争新开工项目30个。\n"
    "二、抓民生\n"
    "全年城镇居民人均可支配收入增长8%。\n"
    "copyright@ 2008-2022 学习啦 鄂ICP备2022015515号-1\n"
)

# Each line tries one way out of the text: an element, the end of a raw-text element, an
# attribute, a link, the end of the data island, a comment opener, JavaScript line breaks.
# A figure sits in the hostile lines so the attack also reaches the indicator data.
HOSTILE = (
    '<script>window.__pwned = 1; alert("script")</script>讲话</textarea>\n'
    "同志们:\n"
    '一、<img src=x onerror="window.__pwned = 2">坚持" onmouseover="window.__pwned = 3" x="\n'
    '地区生产总值完成244.4亿元</script><script>window.__pwned = 4</script>,同比增长9.4%。\n'
    "二、javascript:window.__pwned = 5 <a href=\"javascript:window.__pwned = 6\">链接</a>\n"
    "<!-- 新增就业人员2.3万人\u2028\u2029 --> <style>body{display:none}</style>\n"
    "{{js}} {{data}} ${alert(7)}\n"
)


def repeated(target_chars: int) -> str:
    """The report repeated to about ``target_chars`` characters (each copy its own speeches)."""
    copies = target_chars // len(REPORT) + 1
    return (REPORT * copies)[:target_chars]
