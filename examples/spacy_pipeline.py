"""A speech through spaCy: sentences, the outline as span groups, indicators as spans.

    python examples/spacy_pipeline.py            # one token per character
    python examples/spacy_pipeline.py --pkuseg   # words from pkuseg's CTB8 model

The components are added to a pipeline that already has a sentencizer, as in a user's
own pipeline, and the pipeline is saved and loaded back before it is used.
"""

from __future__ import annotations

import sys
import tempfile

import spacy

import govspeech

SPEECH = """在全市经济工作会议上的讲话
同志们:
一、主要成绩
全年地区生产总值完成244.4亿元,同比增长9.4%。固定资产投资202亿元,增长98%;实际利用外资9148万美元,增长32%。
(一)工业
规模以上工业增加值增长10.2%。
二、明年的目标
力争地区生产总值增长8%左右。
"""


def build(pkuseg: bool) -> spacy.language.Language:
    """A user's pipeline (tokenizer + sentencizer) with the two govspeech components."""
    if pkuseg:
        # the tokenizer with its model, converted once into the user cache
        nlp = govspeech.load(segmenter="pkuseg")
        nlp.add_pipe("sentencizer", first=True)
        return nlp
    nlp = spacy.blank("zh")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("govspeech_structure")  # found through the package's entry points
    nlp.add_pipe("govspeech_indicators")
    return nlp


def main(argv: list[str]) -> int:
    nlp = build("--pkuseg" in argv)
    with tempfile.TemporaryDirectory() as folder:
        nlp.to_disk(folder)
        nlp = spacy.load(folder)
    print("pipeline:", " → ".join(["tokenizer", *nlp.pipe_names]))

    doc = nlp(SPEECH)
    print(f"\ntitle: {doc._.speech.title}")
    figure = doc.spans["indicators"][0].sent
    print(f"tokens: {' | '.join(token.text for token in figure)}")

    print("\nsentences:")
    for sent in doc.sents:
        print(f"  {sent.text.strip().replace(chr(10), ' / ')}")

    print("\noutline:")
    for part in doc.spans["parts"]:
        print(f"  {part._.node.marker}{part._.node.heading}  ({part.label_}, {len(part)} tokens)")
        for point in doc.spans["points"]:
            if part.start <= point.start < part.end:
                node = point._.node
                print(f"    {node.marker}{node.heading}  ({point.label_}, {len(point)} tokens)")

    print("\nindicators:")
    for span in doc.spans["indicators"]:
        ind = span._.indicator
        change = ""
        if ind.change is not None and ind.change.value is not None:
            sign = "+" if ind.change.direction == "up" else "-"
            change = f"  {ind.change.kind or ''}{sign}{ind.change.value:g}{ind.change.unit}"
        print(f"  {ind.name}: {span.text!r} [{span.label_}]{change}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
