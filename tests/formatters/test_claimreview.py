"""ClaimReview: one review per distinct failing claim, warnings only when asked, publisher/URL/date as given."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import cli

CLAIMS = Path("claims/jincheng-politics-law-2016-2020.yaml")
RULES = Path("rules/jincheng-politics-law-2016-2020.yaml")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["check", "--format", "claimreview", *args])
    return result.exit_code, result.stdout, result.stderr


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), "utf-8")


def test_a_claim_failing_two_checks_is_reviewed_once(project: Path) -> None:
    # Only the claims change: sweep.gangs_total's quote is no longer in the article, and gang-breakdown fails.
    edit(CLAIMS, "其中涉黑性质组织13个", "其中涉黑性质组织15个")
    code, out, _ = run()
    assert code == 1
    reviews = json.loads(out)
    ids = [r["identifier"] for r in reviews]
    assert len(ids) == len(set(ids))
    total = next(r for r in reviews if r["identifier"].endswith("/sweep.gangs_total"))
    explanation = total["reviewRating"]["ratingExplanation"]
    assert "sweep.gangs_total:quote-in-article: " in explanation and "; gang-breakdown: " in explanation
    assert total["reviewRating"]["alternateName"].startswith("Inconsistent: quote not found in the article text")


def test_warnings_only_when_asked(project: Path) -> None:
    edit(RULES, "check: 3000 <= procuratorate.all_cases <= 20000", "check: 7000 <= procuratorate.all_cases")
    code, out, _ = run()
    assert code == 0 and json.loads(out) == []
    _, out, _ = run("--claimreview", "warnings=true")
    reviews = json.loads(out)
    assert [r["identifier"] for r in reviews] == [
        "jincheng-politics-law-2016-2020/procuratorate.leader_cases",
        "jincheng-politics-law-2016-2020/procuratorate.leader_share",
    ]
    assert all(r["reviewRating"]["alternateName"].startswith("Needs a look: ") for r in reviews)


def test_publisher_url_and_date_from_config_then_options(project: Path) -> None:
    edit(CLAIMS, "其中涉黑性质组织13个", "其中涉黑性质组织15个")
    Path("factcheck.yaml").write_text(
        "claimreview:\n  publisher: 晋城核查\n  url: https://example.org/{article}#{claim}\n  date: 2024-05-01\n",
        "utf-8",
    )
    _, out, _ = run()
    review = next(r for r in json.loads(out) if r["identifier"].endswith("/sweep.mafia_organisations"))
    assert review["author"] == {"@type": "Organization", "name": "晋城核查"}
    assert review["url"] == "https://example.org/jincheng-politics-law-2016-2020#sweep.mafia_organisations"
    assert review["datePublished"] == "2024-05-01"
    _, out, _ = run("--claimreview", "date=2024-06-30", "--claimreview", "publisher=Desk")
    review = json.loads(out)[0]
    assert (review["datePublished"], review["author"]["name"]) == ("2024-06-30", "Desk")


def test_bad_settings_exit_2(project: Path) -> None:
    for args, message in (
        (("--claimreview", "date=yesterday"), "claimreview date must be YYYY-MM-DD"),
        (("--claimreview", "publisher"), "give KEY=VALUE"),
        (("--claimreview", "publsher=x"), "(did you mean 'publisher'?)"),
        (("--claimreview", "url=https://example.org/"), "claimreview url needs {claim}"),
    ):
        code, out, err = run(*args)
        assert code == 2 and out == "" and message in err, (args, err)
    Path("factcheck.yaml").write_text("claimreview:\n  url: ftp://x/{claim}\n", "utf-8")
    code, _, err = run()
    assert code == 2 and "factcheck.yaml:2:1: claimreview url must start with http:// or https://" in err
