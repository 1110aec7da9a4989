"""Generate a synthetic archive of articles, claims and rules, shaped like the bundled one, for benchmarks.

Run:  python benchmarks/make_archive.py DIR [--articles 1000] [--claims 100]
Writes DIR/articles/*.txt, DIR/claims/*.yaml and DIR/rules/*.yaml.  The same arguments always write the same
bytes (a seeded generator), so runs compare like with like.

Each article is a run of paragraphs; each paragraph yields five claims: the cases a district accepted, those it
concluded and the clearance rate (one clause each), and two kinds of case in one clause (two claims quoting the
same clause, as ``extract`` writes them).  Rules tie them together: the parts sum to the total, the concluded
cases are within those accepted, the derived clearance rate matches the stated one.  Some figures are hedged
(多, 约, 以上) or written in Chinese numerals, and about one paragraph in forty holds a real contradiction, so
the report has failures to show.
"""

from __future__ import annotations

import argparse
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

CLAIMS_PER_PARAGRAPH = 5
PLACES = "城东 城西 城南 城北 高新 开发 河东 河西 山前 山后 湖滨 江北 新城 老城 港口 滨海".split()
TOPICS = "民事 刑事 行政 执行 商事 知识产权 金融 劳动争议 家事 环境资源".split()
KINDS = "合同纠纷 侵权纠纷 婚姻家庭 借贷纠纷 物业纠纷 交通事故 劳务纠纷 继承纠纷".split()
DIGITS = "零一二三四五六七八九"


def chinese_numeral(number: int) -> str:
    """1 to 9999 in Chinese numerals (一千二百零五)."""
    parts: list[str] = []
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = number // value % 10
        if digit == 0:
            zero = bool(parts)
            continue
        if zero:
            parts.append("零")
            zero = False
        parts.append(DIGITS[digit] + unit)
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text


def paragraph(rng: random.Random, article: int, index: int) -> tuple[str, list[str], list[str], list[str]]:
    """One paragraph: its text, its claims, its derived values and its rules (YAML lines)."""
    place = f"{rng.choice(PLACES)}{article % 97 + 1}区"
    topic = rng.choice(TOPICS)
    first, second = rng.sample(KINDS, 2)
    accepted = rng.randint(200, 40_000)
    concluded = rng.randint(accepted * 9 // 10, accepted)
    rate = (Decimal(concluded) * 100 / accepted).quantize(Decimal("0.1"), ROUND_HALF_UP)
    part_a = rng.randint(1, accepted - 1)
    part_b = accepted - part_a
    if rng.random() < 0.025:  # a slip: the parts no longer add up
        part_b += rng.randint(1, 50)
    accepted_text = f"{accepted:,}件" if accepted >= 1000 and rng.random() < 0.3 else f"{accepted}件"
    concluded_text = f"{concluded}件"
    style = rng.random()
    if style < 0.1:
        concluded_text = f"{concluded // 100 * 100}多件"
    elif style < 0.15 and concluded < 10_000:
        concluded_text = f"{chinese_numeral(concluded)}件"
    rate_text = f"{rate}%"
    if rng.random() < 0.1:
        rate_text = f"{rate.to_integral_value(rounding='ROUND_FLOOR')}%以上"
    accept_clause = f"{index + 1}年来{place}法院共受理{topic}案件{accepted_text}"
    conclude_clause = f"审结{concluded_text}"
    rate_clause = f"结案率{rate_text}"
    parts_clause = f"其中{first}{part_a}件、{second}{part_b}件"
    text = f"{accept_clause}，{conclude_clause}，{rate_clause}；{parts_clause}。"
    p = f"p{index}"
    claims = [
        f"  {p}.accepted:\n    quote: {accept_clause}\n    value: {accepted}",
        f"  {p}.concluded:\n    quote: {conclude_clause}",
        f"  {p}.rate:\n    quote: {rate_clause}",
        f"  {p}.part_a:\n    quote: {parts_clause}\n    value: {part_a}",
        f"  {p}.part_b:\n    quote: {parts_clause}\n    value: {part_b}",
    ]
    derived = [f"  {p}.computed_rate: share({p}.concluded, {p}.accepted)"]
    rules = [
        f"  - id: {p}-parts\n    check: {p}.part_a + {p}.part_b == {p}.accepted\n"
        f"    explain: {place}各类案件之和应等于受理总数",
        f"  - id: {p}-concluded-within-accepted\n    check: {p}.concluded <= {p}.accepted",
        f"  - id: {p}-rate\n    check: {p}.computed_rate == {p}.rate\n    explain: 结案率应等于审结数除以受理数\n"
        "    severity: warning",
    ]
    return text, claims, derived, rules


def write_article(root: Path, number: int, claims: int, seed: int) -> None:
    rng = random.Random(seed * 1_000_003 + number)
    article_id = f"report-{number:05d}"
    texts: list[str] = []
    claim_lines: list[str] = []
    derived_lines: list[str] = []
    rule_lines: list[str] = []
    for index in range(max(1, claims // CLAIMS_PER_PARAGRAPH)):
        text, c, d, r = paragraph(rng, number, index)
        texts.append(text)
        claim_lines += c
        derived_lines += d
        rule_lines += r
    body = "\n".join(texts)
    (root / "articles" / f"{article_id}.txt").write_text(f"第{number}号报告\n{body}\n", "utf-8")
    (root / "claims" / f"{article_id}.yaml").write_text(
        f"article:\n  id: {article_id}\n  title: 第{number}号报告\n  text: ../articles/{article_id}.txt\n\n"
        "claims:\n" + "\n".join(claim_lines) + "\n",
        "utf-8",
    )
    (root / "rules" / f"{article_id}.yaml").write_text(
        f"article: {article_id}\n\nderive:\n"
        + "\n".join(derived_lines)
        + "\n\nrules:\n"
        + "\n".join(rule_lines)
        + "\n",
        "utf-8",
    )


def generate(root: Path, articles: int, claims: int, seed: int = 15) -> Path:
    """Write ``articles`` articles of about ``claims`` claims each under ``root``; return ``root``."""
    for folder in ("articles", "claims", "rules"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    for number in range(articles):
        write_article(root, number, claims, seed)
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--claims", type=int, default=100, help="claims per article (a multiple of 5)")
    parser.add_argument("--seed", type=int, default=15)
    options = parser.parse_args()
    generate(options.root, options.articles, options.claims, options.seed)
    print(f"wrote {options.articles} articles of {options.claims} claims under {options.root}")


if __name__ == "__main__":
    main()
