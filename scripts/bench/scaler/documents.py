"""Composes one invented statement: a title, an opening, recombined paragraphs, a closing.

Paragraphs come in runs of consecutive paragraphs from one original (so a passage still reads
as a passage), runs from different originals follow each other, and between runs a few
paragraphs written from templates add the facts extraction looks for: signings, meetings,
bridges, commissions.
"""

import datetime
import random
from dataclasses import dataclass, field

from .numerals import chinese_number
from .source_text import HEADING
from .variations import Cast

KINDS = ["communique", "joint-statement", "anniversary-statement"]
TOPICS = [
    "深化新时代全面战略协作伙伴关系", "进一步深化{f}领域合作", "加强{f}和{g}合作",
    "建交{n}周年", "全面战略协作伙伴关系", "{f}合作重点方向发展规划",
]
TEMPLATES = [
    "双方欢迎{bridge}建成通车，愿共同推进{bridge2}建设，提升{city}与{fcity}之间的过境运输能力。",
    "双方商定，{pair}总理第{next}次定期会晤将于{year}年在{city}举行，具体时间将通过外交渠道另行商定。",
    "双方积极评价{commission}、{commission2}和{commission3}在推动{f}领域合作中发挥的重要作用。",
    "{ministry}与{ministry2}于{date}在{fcity}签署《{agreement}》，双方将共同落实。",
    "{cn_person}和{person}出席{commission}第{nth}次会议，会议在{fcity}举行。",
    "双方同意在{city}和{fcity}互设{f}合作中心，支持{ministry}和{ministry2}加强交流。",
]


@dataclass
class Document:
    kind: str
    title: str
    cast: Cast
    paragraphs: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(len(p.encode()) + 4 for p in self.paragraphs)


def compose(rng: random.Random, cast: Cast, originals: list[list[str]], target_bytes: int) -> Document:
    kind = rng.choice(KINDS)
    document = Document(kind=kind, title=_title(rng, cast, kind), cast=cast)
    document.paragraphs.append(_opening(cast, kind))
    headings = 0
    while document.size < target_bytes:
        source = rng.choice(originals)
        start = rng.randrange(len(source))
        for paragraph in source[start:start + rng.randint(3, 12)]:
            if HEADING.match(paragraph):
                if not HEADING.match(document.paragraphs[-1]):
                    headings += 1
                    document.paragraphs.append(chinese_number(min(headings, 999)))
                continue
            document.paragraphs.append(cast.rewrite(paragraph))
        if rng.random() < 0.6:
            document.paragraphs.extend(_from_templates(rng, cast))
    document.paragraphs.append(_closing(cast, kind))
    return document


def _title(rng: random.Random, cast: Cast, kind: str) -> str:
    if kind == "communique":
        return f"{cast.pair}总理第{chinese_number(cast.ordinal)}次定期会晤联合公报"
    topic = rng.choice(TOPICS).format(f=cast.names.field(), g=cast.names.field(), n=chinese_number(rng.randint(5, 75)))
    return f"中华人民共和国和{cast.full}关于{topic}的联合声明"


def _opening(cast: Cast, kind: str) -> str:
    day = f"{cast.date.year}年{cast.date.month}月{cast.date.day}日"
    if kind == "communique":
        return (f"中华人民共和国国务院总理{cast.cn_premier}和{cast.full}政府总理{cast.premier}于{day}在{cast.city}"
                f"举行{cast.pair}总理第{chinese_number(cast.ordinal)}次定期会晤。")
    return (f"应中华人民共和国主席{cast.cn_president}邀请，{cast.full}总统{cast.president}于{day}对中华人民共和国"
            f"进行国事访问。两国元首在{cast.city}举行会谈。")


def _closing(cast: Cast, kind: str) -> str:
    if kind == "communique":
        return f"本联合公报由中华人民共和国国务院总理{cast.cn_premier}和{cast.full}政府总理{cast.premier}共同签署。"
    return f"{cast.full}总统{cast.president}对中方的热情接待表示感谢，邀请{cast.cn_president}主席在方便的时候访问{cast.short}。"


def _from_templates(rng: random.Random, cast: Cast) -> list[str]:
    names = cast.names
    if rng.random() < 0.25:
        items = [f"——《{names.agreement('中华人民共和国', cast.full, cast.date.year)}》" for _ in range(rng.randint(2, 6))]
        return [f"在{cast.pair}总理第{chinese_number(cast.ordinal)}次定期会晤框架下签署了以下文件："] + items
    date = cast.date - datetime.timedelta(days=rng.randrange(400))
    values = dict(
        bridge=names.bridge(), bridge2=names.bridge(), city=names.chinese_city(), fcity=names.foreign_city(),
        pair=cast.pair, next=chinese_number(cast.ordinal + 1), year=cast.date.year + 1,
        commission=names.commission(cast.pair), commission2=names.commission(cast.pair),
        commission3=names.commission(cast.pair), f=names.field(),
        ministry=names.ministry("中华人民共和国"), ministry2=names.ministry(cast.full),
        date=f"{date.year}年{date.month}月{date.day}日", agreement=names.agreement("中华人民共和国", cast.full, date.year),
        cn_person=names.chinese_person(), person=names.foreign_person(), nth=chinese_number(rng.randint(1, 40)),
    )
    return [rng.choice(TEMPLATES).format(**values)]
