"""Turning things off: rules and built-in checks in the configuration or per claim, --exclude, factcheck.yml."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

CLAIMS = Path("claims/jincheng-politics-law-2016-2020.yaml")
RULES = Path("rules/jincheng-politics-law-2016-2020.yaml")
ARTICLE = Path("articles/jincheng-politics-law-2016-2020.txt")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), "utf-8")


def failing(project: Path) -> None:
    """gang-breakdown fails (15 + 73 + 35 != 121) and one quote no longer matches the article."""
    edit(ARTICLE, "涉黑性质组织13个", "涉黑性质组织15个")
    edit(CLAIMS, "其中涉黑性质组织13个", "其中涉黑性质组织15个")
    edit(ARTICLE, "查处恶意“阻工扰工”案件66起", "查处恶意阻工扰工案件66起")


def test_config_switches_a_rule_and_a_builtin_check_off(project: Path) -> None:
    failing(project)
    assert run("check")[0] == 1
    (project / "factcheck.yaml").write_text("rules:\n  gang-breakdown: off\n  quote-in-article: off\n", "utf-8")
    code, out, _ = run("check", "--format", "json")
    assert code == 0
    report = json.loads(out)
    ids = {f["id"] for f in report["findings"]}
    assert "gang-breakdown" not in ids and not any(i.endswith(":quote-in-article") for i in ids)
    assert [(d["id"], d["file"], d["line"]) for d in report["disabled"]] == [
        ("gang-breakdown", "factcheck.yaml", 2),
        ("quote-in-article", "factcheck.yaml", 3),
    ]
    _, text, _ = run("check", "--format", "text")
    assert "switched off: gang-breakdown (factcheck.yaml:2)" in text
    assert text.rstrip().endswith("; 2 switched off")


def test_config_rules_can_set_a_severity(project: Path) -> None:
    failing(project)
    (project / "factcheck.yaml").write_text("rules:\n  gang-breakdown: warning\n  quote-in-article: off\n", "utf-8")
    code, out, _ = run("check", "--format", "text")
    assert code == 0
    assert ": warning gang-breakdown: " in out


def test_unknown_id_in_config_is_an_error_with_did_you_mean(project: Path) -> None:
    (project / "factcheck.yaml").write_text("format: json\nrules:\n  gang-breakdwn: off\n", "utf-8")
    code, out, err = run("check")
    assert code == 2 and out == ""
    assert err.strip() == "factcheck.yaml:3:1: unknown rule or check 'gang-breakdwn' (did you mean 'gang-breakdown'?)"
    (project / "factcheck.yaml").write_text("rules:\n  gang-breakdown: sometimes\n", "utf-8")
    assert "gang-breakdown must be off, error or warning" in run("check")[2]


def test_a_claim_disables_a_check_and_a_rule_with_a_reason(project: Path) -> None:
    failing(project)
    edit(
        CLAIMS,
        "  sweep.mafia_organisations:\n",
        "  sweep.mafia_organisations:\n    disable:\n      gang-breakdown: the total counts 2 gangs merged in 2019\n",
    )
    edit(
        CLAIMS,
        "  police.obstruction_cases:\n",
        "  police.obstruction_cases:\n    disable: {quote-in-article: the printed edition drops the quotation marks}\n",
    )
    code, out, _ = run("check", "--format", "json")
    assert code == 0, out
    listed = {(d["id"], d["claim"]): d["reason"] for d in json.loads(out)["disabled"]}
    assert listed == {
        ("gang-breakdown", "sweep.mafia_organisations"): "the total counts 2 gangs merged in 2019",
        ("quote-in-article", "police.obstruction_cases"): "the printed edition drops the quotation marks",
    }
    _, rich, _ = run("check", "--format", "rich")
    assert "switched off: gang-breakdown for claim sweep.mafia_organisations: the total counts 2 gangs" in rich
    # The claim's own switch leaves the other claims' quote checks running.
    edit(ARTICLE, "全市共打掉涉黑涉恶犯罪团伙121个", "全市共打掉涉黑涉恶团伙121个")
    code, out, _ = run("check", "--format", "json")
    assert code == 1
    assert [f["id"] for f in json.loads(out)["findings"] if f["status"] == "fail"] == [
        "sweep.gangs_total:quote-in-article"
    ]


def test_a_claim_cannot_disable_an_unknown_id(project: Path) -> None:
    edit(
        CLAIMS, "  sweep.mafia_organisations:\n", "  sweep.mafia_organisations:\n    disable: {quote-in-artcle: why}\n"
    )
    code, _, err = run("check")
    assert code == 2
    assert "claim sweep.mafia_organisations: unknown rule or check 'quote-in-artcle' to disable" in err
    assert "(did you mean 'quote-in-article'?)" in err


def test_a_claim_must_give_a_reason(project: Path) -> None:
    edit(CLAIMS, "  sweep.mafia_organisations:\n", "  sweep.mafia_organisations:\n    disable: {gang-breakdown: ''}\n")
    code, _, err = run("check")
    assert code == 2 and "disable: gang-breakdown needs a reason" in err


def test_exclude_skips_files_and_folders(project: Path) -> None:
    shutil.copytree(project / "claims", project / "claims" / "wip")
    (project / "claims" / "wip" / "jincheng-politics-law-2016-2020.yaml").rename(
        project / "claims" / "wip" / "broken.yaml"
    )
    (project / "claims" / "wip" / "broken.yaml").write_text("article: [\n", "utf-8")
    assert run("check")[0] == 2
    for pattern in ("claims/wip", "wip", "broken.yaml", "claims/wip/*"):
        code, _, err = run("check", "--exclude", pattern)
        assert code == 0, (pattern, err)
    (project / "factcheck.yaml").write_text("exclude: [wip]\n", "utf-8")
    assert run("check")[0] == 0
    code, _, err = run("check", "--exclude", "*.yaml")
    assert code == 2 and "leaves no claims or rules file to check" in err


@pytest.mark.parametrize("name", ["factcheck.yml", ".factcheck.yml"])
def test_factcheck_yml_is_read(project: Path, name: str) -> None:
    (project / name).write_text("format: json\n", "utf-8")
    code, out, _ = run("check")
    assert code == 0 and json.loads(out)["summary"]["rules"] == 26


def test_two_config_files_in_one_folder_are_refused(project: Path) -> None:
    (project / "factcheck.yaml").write_text("format: json\n", "utf-8")
    (project / "factcheck.yml").write_text("format: rich\n", "utf-8")
    code, _, err = run("check")
    assert code == 2
    assert "factcheck.yaml and factcheck.yml both configure this folder: keep one" in err


def test_scan_over_folders_with_exclude(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    (archive / "2023").mkdir(parents=True)
    (archive / "drafts").mkdir()
    (archive / "2023" / "a.txt").write_text("全市共受理案件8123件,其中刑事案件5012件,民事案件3511件。\n", "utf-8")
    (archive / "2023" / "b.md").write_text("今年共办理案件120件。\n", "utf-8")
    (archive / "drafts" / "c.txt").write_text("全市共受理案件107件,其中刑事案件53件,民事案件71件。\n", "utf-8")
    (archive / "2023" / "notes.yaml").write_text("not: an article\n", "utf-8")
    code, out, _ = run("scan", str(archive), "--format", "json")
    report = json.loads(out)
    assert code == 1 and report["summary"]["articles"] == 3
    code, out, _ = run("scan", str(archive), "--exclude", "drafts", "--format", "json")
    report = json.loads(out)
    assert report["summary"]["articles"] == 2
    assert {f["file"].rsplit("/", 1)[-1] for f in report["findings"]} <= {"a.txt", "b.md"}
    code, _, err = run("scan", str(archive), "--exclude", "*")
    assert code == 2 and "no article to scan" in err
