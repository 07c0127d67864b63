"""Rewrites a paragraph for one invented document: other meetings, dates, partners and names.

Every document gets a `Cast`: its partner country, leaders, date shift and meeting number, and
the invented names it uses. Rewriting a paragraph maps each meeting ordinal, date and name in it
through the cast, so a recombined paragraph reads as part of its new document and a larger
corpus names more distinct commissions, ministries, agreements, bridges and cities.
"""

import datetime
import random
import re

from .names import NameMaker
from .numerals import chinese_number, chinese_year, parse_chinese_number

CN_NUM = "[〇零一二三四五六七八九十百]"
ORDINAL = re.compile(f"第({CN_NUM}+)(次|届)")
DATE = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(?:(\d{1,2})日)?")
YEAR = re.compile(r"((?:19|20)\d\d)年(?!\d{1,2}月)")
CHINESE_DATE = re.compile("([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
COMMISSION = re.compile(r"中俄([^，。、；：《》“”（）〈〉—\s]{2,14}?)委员会")
MINISTRY = re.compile(r"(俄罗斯联邦|中华人民共和国)([\u4e00-\u9fff]{1,6}?)(部|署|局)(?![\u4e00-\u9fff]{0,2}长)")
AGREEMENT = re.compile(r"《([^《》]{6,90}?(?:协定|协议|备忘录|纲要|议定书|计划|大纲))》")
BRIDGE = re.compile(r"[\u4e00-\u9fff]{2,8}—[\u4e00-\u9fff]{2,10}?(?:公路大桥|铁路大桥|公路桥|大桥)")
CHINESE_CITIES = ["北京", "哈尔滨", "黑河", "上海", "天津", "大连", "吉林"]
FOREIGN_CITIES = ["布拉戈维申斯克", "符拉迪沃斯托克", "叶卡捷琳堡", "撒马尔罕", "喀山", "圣彼得堡"]
# Not inside the names of organisations: 上海合作组织 stays.
CITY = re.compile("(?:" + "|".join(CHINESE_CITIES + FOREIGN_CITIES + ["莫斯科"]) + ")(?!合作组织)")
RUSSIA = ("俄罗斯", "俄罗斯联邦", "俄")


class Cast:
    """Who and when one invented document is about; every choice comes from `rng`."""

    def __init__(self, rng: random.Random, names: NameMaker):
        self.rng = rng
        self.names = names
        if rng.random() < 0.4:
            self.short, self.full, self.abbr = RUSSIA
        else:
            self.short, self.full = names.country()
            self.abbr = self.short[0]
        self.pair = "中" + self.abbr
        self.date = datetime.date(1996, 1, 1) + datetime.timedelta(days=rng.randrange(35 * 365))
        # Dates in the text move with the document; 2022 is about when the originals were written.
        self.day_shift = (self.date - datetime.date(2022, 6, 1)).days
        self.ordinal = rng.randint(1, 60)
        self.ordinal_shift = self.ordinal - 27
        self.capital = "莫斯科" if self.short == "俄罗斯" and rng.random() < 0.7 else names.foreign_city()
        self.city = names.chinese_city()
        self.president, self.premier = names.foreign_person(), names.foreign_person()
        self.cn_president, self.cn_premier = names.chinese_person(), names.chinese_person()
        self._mapped: dict[str, str] = {}

    def _consistent(self, original: str, invent) -> str:
        """The same original name maps to the same invented one throughout the document."""
        if original not in self._mapped:
            self._mapped[original] = invent()
        return self._mapped[original]

    def shift(self, date: datetime.date) -> datetime.date:
        try:
            return date + datetime.timedelta(days=self.day_shift)
        except OverflowError:
            return self.date

    def rewrite(self, text: str) -> str:
        text = ORDINAL.sub(self._ordinal, text)
        text = DATE.sub(self._date, text)
        text = YEAR.sub(lambda m: f"{self.shift(datetime.date(int(m[1]), 6, 1)).year}年", text)
        text = CHINESE_DATE.sub(self._chinese_date, text)
        text = COMMISSION.sub(lambda m: self._consistent(m[0], lambda: self.names.commission(self.pair)), text)
        text = AGREEMENT.sub(self._agreement, text)
        text = MINISTRY.sub(self._ministry, text)
        text = BRIDGE.sub(lambda m: self._consistent(m[0], self.names.bridge), text)
        text = CITY.sub(self._city, text)
        for leader, name in (("弗·弗·普京", self.president), ("普京", self.president), ("米舒斯京", self.premier),
                             ("习近平", self.cn_president), ("李克强", self.cn_premier)):
            text = text.replace(leader, name)
        if self.short != "俄罗斯":
            for russian, name in (("俄罗斯联邦", self.full), ("俄罗斯", self.short), ("俄", self.abbr)):
                text = text.replace(russian, name)
        return text

    def _ordinal(self, match: re.Match) -> str:
        number = parse_chinese_number(match[1]) + self.ordinal_shift
        return f"第{chinese_number(min(max(number, 1), 999))}{match[2]}"

    def _date(self, match: re.Match) -> str:
        year, month, day = int(match[1]), int(match[2]), int(match[3] or 1)
        try:
            moved = self.shift(datetime.date(year, month, day))
        except ValueError:
            return match[0]
        return f"{moved.year}年{moved.month}月" + (f"{moved.day}日" if match[3] else "")

    def _chinese_date(self, match: re.Match) -> str:
        parts = [parse_chinese_number(part) for part in match.groups()]
        try:
            moved = self.shift(datetime.date(*parts))
        except ValueError:
            return match[0]
        return f"{chinese_year(moved.year)}年{chinese_number(moved.month)}月{chinese_number(moved.day)}日"

    def _agreement(self, match: re.Match) -> str:
        if not any(party in match[1] for party in ("中华人民共和国", "中国", "中俄", "俄罗斯")):
            return match[0]
        invent = lambda: self.names.agreement("中华人民共和国", self.full, self.date.year)  # noqa: E731
        return "《" + self._consistent(match[0], invent) + "》"

    def _ministry(self, match: re.Match) -> str:
        country = "中华人民共和国" if match[1] == "中华人民共和国" else self.full
        return self._consistent(match[0], lambda: self.names.ministry(country))

    def _city(self, match: re.Match) -> str:
        if match[0] == "莫斯科":
            return self.capital
        if match[0] in CHINESE_CITIES:
            return self._consistent(match[0], self.names.chinese_city)
        return self._consistent(match[0], self.names.foreign_city)
