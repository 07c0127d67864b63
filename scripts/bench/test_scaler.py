#!/usr/bin/env python3
"""Checks the corpus scaler: same seed same bytes, sizes hit, every shape made, names multiply.

    python3 scripts/bench/test_scaler.py
"""

import datetime
import random
import re
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_corpus import build, parse_size  # noqa: E402
from scaler.names import NameMaker  # noqa: E402
from scaler.numerals import chinese_number, parse_chinese_number  # noqa: E402
from scaler.source_text import load_paragraphs  # noqa: E402
from scaler.variations import Cast  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def snapshot(directory: Path) -> dict[str, bytes]:
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


class ScalerTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.temp = tempfile.TemporaryDirectory()
        root = Path(cls.temp.name)
        cls.reports, cls.files = {}, {}
        for name, size, seed in (("a", 300_000, 7), ("b", 300_000, 7), ("c", 300_000, 8), ("big", 1_000_000, 7)):
            (root / name).mkdir()
            cls.reports[name] = build(CORPUS, root / name, size, seed)
            cls.files[name] = snapshot(root / name)

    @classmethod
    def tearDownClass(cls):
        cls.temp.cleanup()

    def test_same_seed_gives_the_same_bytes(self):
        self.assertEqual(self.files["a"], self.files["b"])

    def test_another_seed_gives_other_texts(self):
        self.assertNotEqual(set(self.files["a"].values()), set(self.files["c"].values()))

    def test_size_is_reached_within_one_paragraph(self):
        report = self.reports["a"]
        self.assertGreaterEqual(report["bytes"], 300_000)
        self.assertLess(report["bytes"], 300_000 + 5_000)
        self.assertEqual(report["bytes"], sum(len(data) for data in self.files["a"].values()))

    def test_files_are_statement_sized_and_valid_utf8(self):
        sizes = [len(data) for data in self.files["big"].values()]
        self.assertGreater(len(sizes), 20)
        self.assertTrue(all(size < 60_000 for size in sizes), max(sizes))
        self.assertGreater(sorted(sizes)[len(sizes) // 2], 8_000)
        for data in self.files["big"].values():
            data.decode("utf-8")

    def test_every_shape_occurs(self):
        self.assertEqual(set(self.reports["big"]["shapes"]), {"plain", "one-line", "pdf", "markdown", "newspaper"})
        one_line = [d for n, d in self.files["big"].items() if n.endswith("_one-line.txt")]
        self.assertTrue(all(d.count(b"\n") == 1 for d in one_line))
        pdf = [d.decode() for n, d in self.files["big"].items() if n.endswith("_pdf.txt")]
        self.assertTrue(all(re.search(r"^— 2 —$", d, re.M) for d in pdf if len(d) > 15_000))

    def test_a_smaller_corpus_is_the_start_of_a_larger_one(self):
        # All but the last file of the small corpus, which is cut to fit.
        small = sorted(self.files["a"].items(), key=lambda item: item[0].rsplit("_", 2)[-2])
        for name, data in small[:-1]:
            self.assertEqual(self.files["big"][name], data, name)

    def test_larger_corpora_name_more_distinct_things(self):
        def bridges(files):
            text = b"".join(files.values()).decode()
            return set(re.findall(r"[\u4e00-\u9fff]{2,8}—[\u4e00-\u9fff]{2,12}?(?:公路大桥|铁路大桥|两用大桥)", text))
        self.assertGreater(len(bridges(self.files["big"])), 2 * len(bridges(self.files["a"])))


class PartsTests(unittest.TestCase):
    def test_chinese_numbers_round_trip(self):
        for n, text in ((1, "一"), (10, "十"), (17, "十七"), (27, "二十七"), (105, "一百零五"), (110, "一百一十")):
            self.assertEqual(chinese_number(n), text)
            self.assertEqual(parse_chinese_number(text), n)

    def test_sizes_parse(self):
        self.assertEqual(parse_size("1MB"), 1_000_000)
        self.assertEqual(parse_size("500KB"), 500_000)
        with self.assertRaises(Exception):
            parse_size("ten")

    def test_originals_come_back_as_clean_paragraphs(self):
        documents = load_paragraphs(CORPUS)
        self.assertEqual(len(documents), 5)
        pdf = documents[2]
        self.assertIn("中华人民共和国国务院总理李克强和俄罗斯联邦政府总理米舒斯京于2022年12月5日以视频方式举行中俄总理第二十七次定期会晤。", pdf)
        self.assertFalse(any("— 1 —" in p or "\n" in p for d in documents for p in d))

    def test_a_cast_moves_meetings_and_dates_together(self):
        cast = Cast(random.Random(3), NameMaker(random.Random(4)))
        text = cast.rewrite("中俄总理第二十七次定期会晤于2022年12月5日举行，第二十八次将于2023年举行。")
        self.assertIn(f"第{chinese_number(cast.ordinal)}次定期会晤", text)
        self.assertIn(f"第{chinese_number(cast.ordinal + 1)}次", text)
        moved = datetime.date(2022, 12, 5) + datetime.timedelta(days=cast.day_shift)
        self.assertIn(f"{moved.year}年{moved.month}月{moved.day}日", text)

    def test_invented_partner_replaces_russia_everywhere(self):
        for seed in range(20):
            cast = Cast(random.Random(seed), NameMaker(random.Random(seed)))
            if cast.short == "俄罗斯":
                continue
            text = cast.rewrite("俄罗斯联邦总统普京和中俄投资合作委员会，俄方欢迎《中华人民共和国政府和俄罗斯联邦政府关于结算和支付的协定》。")
            self.assertNotIn("俄", text)
            self.assertNotIn("普京", text)
            self.assertIn(cast.full, text)
            return
        self.fail("no invented partner in 20 seeds")


if __name__ == "__main__":
    unittest.main()
