"""Invented names built from syllable tables, so a larger corpus names more distinct things.

Each kind of name has a pool. A draw reuses an earlier name (most often the oldest, as real
corpora keep naming the same few partners) or invents a new one, so the number of distinct
entities keeps growing with the corpus, as it does when a ministry's whole archive is read.
"""

import random

# Syllables of transliterated foreign names (布拉戈维申斯克, 米舒斯京, 弗拉基米尔).
FOREIGN = list("阿巴贝比波布达德迪多杜菲弗加格戈哈赫基卡科克库拉莱利洛卢马梅米莫穆纳涅尼诺帕佩皮普罗萨塞索塔特季托瓦维沃乌谢亚扎泽兹申舍什")
CITY_ENDINGS = ["斯克", "格勒", "诺", "堡", "夫", "亚", "茨克", "尔斯克", "沃", "卡"]
COUNTRY_ENDINGS = ["亚", "兰", "斯坦", "尼亚", "达", "维亚", "利", "多尔"]
COUNTRY_FORMS = ["共和国", "联邦", "王国", "联合共和国", "民主共和国"]
# Characters of Chinese place names (哈尔滨, 黑河, 绥芬河).
PLACE = list("安宁江河山阳州平兴德源临昌华清泉丰云吉林长春黑绥芬满同抚远漠嘉荫逊孙吴珲瑞丽东西南北")
PLACE_ENDINGS = ["", "", "市", "河", "县"]
SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许")
GIVEN = list("强克明华建国志伟军平东海涛斌杰林春宏波辉刚健庆")
FIELDS = [
    "能源", "投资", "人文", "农业", "数字经济", "卫星导航", "科技创新", "航天", "海关", "交通运输",
    "旅游", "体育", "卫生", "教育", "金融", "核能", "北极航道", "跨境电子商务", "林业", "渔业",
    "生态环保", "地方", "边境口岸", "铁路", "民航", "信息安全", "人工智能", "媒体", "青年", "档案",
    "知识产权", "反垄断", "检验检疫", "水利", "气象", "地质矿产", "冶金", "化工", "粮食", "电力",
]
COMMISSION_FORMS = ["{p}{f}合作委员会", "{p}{f}合作分委会", "{p}{r}地区{f}合作委员会", "{p}{f}联合委员会"]
MINISTRY_FORMS = ["{f}部", "{f}和{g}部", "{f}署", "{f}局"]
AGREEMENT_FORMS = [
    "{a}政府和{b}政府关于{f}领域合作的协定",
    "{a}政府与{b}政府关于{f}和{g}合作的协议",
    "{ma}与{mb}关于{f}合作的谅解备忘录",
    "{a}{ma}和{b}{mb}{y}年至{y2}年{f}合作纲要",
]
BRIDGE_KINDS = ["公路大桥", "铁路大桥", "公路铁路两用大桥", "界河桥"]


class NameMaker:
    """Draws names of each kind from a seeded random source; same seed, same names."""

    def __init__(self, rng: random.Random, reuse: float = 0.6):
        self.rng = rng
        self.reuse = reuse
        self.pools: dict[str, list[str]] = {}
        self.known: set[str] = set()

    def draw(self, kind: str, invent) -> str:
        pool = self.pools.setdefault(kind, [])
        if pool and self.rng.random() < self.reuse:
            # Squaring skews towards the oldest names: a few recur often, most rarely.
            return pool[int(len(pool) * self.rng.random() ** 2)]
        for _ in range(20):
            name = invent()
            if name not in self.known:
                break
        self.known.add(name)
        pool.append(name)
        return name

    def _syllables(self, table, low, high) -> str:
        return "".join(self.rng.choice(table) for _ in range(self.rng.randint(low, high)))

    def foreign_city(self) -> str:
        return self.draw("foreign-city", lambda: self._syllables(FOREIGN, 2, 4) + self.rng.choice(CITY_ENDINGS))

    def chinese_city(self) -> str:
        return self.draw("chinese-city", lambda: self._syllables(PLACE, 2, 3) + self.rng.choice(PLACE_ENDINGS))

    def country(self) -> tuple[str, str]:
        """A partner country: (short name, full name), e.g. (巴维兰, 巴维兰共和国)."""
        short = self.draw("country", lambda: self._syllables(FOREIGN, 1, 2) + self.rng.choice(COUNTRY_ENDINGS))
        return short, short + COUNTRY_FORMS[sum(map(ord, short)) % len(COUNTRY_FORMS)]

    def foreign_person(self) -> str:
        return self.draw("foreign-person", lambda: self._syllables(FOREIGN, 2, 4))

    def chinese_person(self) -> str:
        return self.draw("chinese-person", lambda: self.rng.choice(SURNAMES) + self._syllables(GIVEN, 1, 2))

    def field(self) -> str:
        return self.rng.choice(FIELDS)

    def commission(self, pair: str) -> str:
        """A bilateral commission of the pair 中X: 中巴能源合作委员会."""
        return self.draw(
            "commission:" + pair,
            lambda: self.rng.choice(COMMISSION_FORMS).format(p=pair, f=self.field(), r=self.chinese_city()),
        )

    def ministry(self, country: str) -> str:
        return self.draw(
            "ministry:" + country,
            lambda: country + self.rng.choice(MINISTRY_FORMS).format(f=self.field(), g=self.field()),
        )

    def agreement(self, china: str, partner: str, year: int) -> str:
        """The text inside 《…》 of an agreement between the two governments or two ministries."""
        return self.draw(
            "agreement:" + partner,
            lambda: self.rng.choice(AGREEMENT_FORMS).format(
                a=china, b=partner, f=self.field(), g=self.field(), y=year, y2=year + self.rng.randint(2, 5),
                ma=self.ministry(china)[len(china):], mb=self.ministry(partner)[len(partner):],
            ),
        )

    def bridge(self) -> str:
        """A border bridge named after the two cities it joins: 黑河—布拉戈维申斯克公路大桥."""
        return self.draw(
            "bridge", lambda: self.chinese_city() + "—" + self.foreign_city() + self.rng.choice(BRIDGE_KINDS)
        )
