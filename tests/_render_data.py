"""Speeches the render tests show: two speeches with noise, figures of every role and status,
and hostile text that must show as text and run nothing."""

from __future__ import annotations

from govspeech.numerals import to_chinese

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


# A point's paragraphs: one with figures, two of prose, about one figure per 130
# characters, the density of the provincial work reports in the gold set.
PARAGRAPHS = (
    "全年地区生产总值完成244.4亿元,同比增长9.4%;固定资产投资由180亿元增长到202亿元。"
    "新开工项目22个,城镇居民人均可支配收入增长8%,计划新增就业人员2.3万人。\n"
    "我们坚持稳中求进工作总基调,完整准确全面贯彻新发展理念,统筹发展和安全,着力推动高质量发展,"
    "深化改革开放,加强创新驱动,扎实推进共同富裕,保持经济社会大局稳定,人民群众获得感幸福感安全感"
    "不断增强。各级各部门要强化责任担当,确保各项任务落到实处,以钉钉子精神抓好工作落实。\n"
    "必须坚持以人民为中心的发展思想,把群众的急难愁盼作为工作的出发点和落脚点,办好民生实事,"
    "兜牢民生底线,在发展中保障和改善民生。要转变政府职能,优化营商环境,提高行政效能,"
    "建设人民满意的服务型政府,以实干实绩回应人民期待。\n"
)


def long_report(target_chars: int, parts: int = 10) -> str:
    """One work report of about ``target_chars`` characters: parts, numbered points, page marks.

    The shape of a long real report (one speech, a few parts, many points), unlike
    :func:`repeated`, whose every copy is two more speeches.
    """
    head = "2026年政府工作报告\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n"
    per_part = max(1, (target_chars - len(head)) // parts)
    per_point = len(PARAGRAPHS)
    points = max(1, per_part // per_point)
    lines = [head]
    for p in range(1, parts + 1):
        lines.append(f"{to_chinese(p)}、第{to_chinese(p)}方面工作\n")
        for q in range(1, points + 1):
            lines.append(f"({to_chinese(q)})抓好第{q}项任务\n" + PARAGRAPHS)
        lines.append(f"第{p}页 / 共{parts}页\n")
    return "".join(lines)
