"""Nothing outside the project is read: ``text:`` and links found in claims/ and rules/ stay inside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.security.conftest import CLAIMS, assert_one_line_error, run

SECRET = "RUNNER_TOKEN=hunter2-do-not-print"


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A file outside the project, standing for ~/.ssh/id_rsa or /proc/self/environ on a CI runner."""
    path = tmp_path / "outside" / "secret.txt"
    path.parent.mkdir()
    path.write_text(f"共有121个 其中13个 {SECRET}\n", "utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "repo"
    for name in ("claims", "rules", "articles"):
        (root / name).mkdir(parents=True)
    (root / "rules" / "a.yaml").write_text("article: a\nrules:\n  - id: r\n    check: x.part <= x.total\n", "utf-8")
    (root / "articles" / "a.txt").write_text("共有121个，其中13个。\n", "utf-8")
    monkeypatch.chdir(root)
    return root


def _claims_with_text(root: Path, text: str) -> None:
    body = CLAIMS.replace("  title: T\n", f"  title: T\n  text: {text}\n")
    (root / "claims" / "a.yaml").write_text(body, "utf-8")


@pytest.mark.parametrize("fmt", ["html", "json", "rich"])
def test_text_path_climbing_out_of_the_project_is_a_load_error_and_never_read(
    project: Path, secret: Path, fmt: str
) -> None:
    _claims_with_text(project, "../../outside/secret.txt")
    code, out, err = run("check", "--format", fmt)
    assert_one_line_error(
        code, err, "claims/a.yaml:4:9: article text '../../outside/secret.txt' is outside the project"
    )
    assert SECRET not in out + err
    _claims_with_text(project, "../articles/a.txt")  # elsewhere in the project: read as before
    code, out, err = run("check", "--format", fmt)
    assert code == 0, err


def test_absolute_text_path_to_a_system_file_is_refused(project: Path) -> None:
    _claims_with_text(project, "/proc/self/environ" if Path("/proc/self/environ").exists() else "/etc/passwd")
    code, out, err = run("check", "--format", "html")
    assert_one_line_error(code, err, "is outside the project")
    assert "<html" not in out


def test_text_through_a_link_that_leads_out_of_the_project_is_refused(project: Path, secret: Path) -> None:
    (project / "articles" / "innocent.txt").symlink_to(secret)
    _claims_with_text(project, "../articles/innocent.txt")
    code, out, err = run("check", "--format", "html")
    assert_one_line_error(code, err, "is outside the project")
    assert SECRET not in out + err


def test_text_may_lie_anywhere_under_the_configured_project_root(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "factcheck.yaml").write_text("paths: [claims, rules]\n", "utf-8")
    _claims_with_text(project, "../articles/a.txt")
    (project / "sub").mkdir()
    monkeypatch.chdir(project / "sub")  # the root is where factcheck.yaml is, not the working directory
    code, out, err = run("check", "--format", "html")
    assert code == 0, err
    assert "共有<mark" in out  # the article is shown, its figures marked
    _claims_with_text(project, "../../repo-other/a.txt")  # beside the root, not under it
    code, _, err = run("check")
    assert_one_line_error(code, err, "is outside the project")


def test_a_link_in_rules_leading_out_of_the_folder_is_not_read(project: Path, secret: Path) -> None:
    _claims_with_text(project, "../articles/a.txt")
    stolen = secret.with_name("stolen.yaml")
    stolen.write_text(f"article: a\nrules:\n  - id: {SECRET.lower().replace('=', '-')}\n    check: 1 == 1\n", "utf-8")
    (project / "rules" / "extra.yaml").symlink_to(stolen)
    code, out, err = run("check", "--format", "json")
    assert_one_line_error(code, err, "rules/extra.yaml:1:1: links outside rules: not read")
    assert "hunter2" not in out + err
    (project / "rules" / "extra.yaml").unlink()  # a link to a file inside the project is read as usual
    (project / "shared").mkdir()
    (project / "rules" / "a.yaml").replace(project / "shared" / "a.yaml")
    (project / "rules" / "a.yaml").symlink_to(project / "shared" / "a.yaml")
    code, out, err = run("check", "--format", "json")
    assert code == 0, err
    assert '"id": "r"' in out


@pytest.mark.parametrize("paths", ["[../outside]", "[/etc]", "[claims, ../../outside/secret.txt]"])
def test_configured_paths_must_stay_inside_the_project(project: Path, secret: Path, paths: str) -> None:
    (secret.parent / "stolen.yaml").write_text(f"article: a\nclaims:\n  {SECRET.lower().replace('=', '_')}: {{}}\n")
    (project / "factcheck.yaml").write_text(f"paths: {paths}\n", "utf-8")
    code, out, err = run("check")
    assert_one_line_error(code, err, "factcheck.yaml:1:1: paths: ", "is outside the project")
    assert "hunter2" not in out + err


def test_a_claims_folder_that_is_a_link_out_of_the_project_is_not_read(project: Path, secret: Path) -> None:
    (secret.parent / "stolen.yaml").write_text("article: {id: stolen, title: hunter2}\nclaims: {}\n", "utf-8")
    (project / "claims").rmdir()
    (project / "claims").symlink_to(secret.parent)  # the default paths: claims/ and rules/
    code, out, err = run("check", "--format", "json")
    assert_one_line_error(code, err, "claims:1:1: a link that leads out of the project: not read")
    assert "hunter2" not in out + err


def test_scan_over_a_folder_reads_no_article_through_a_link_out_of_it(project: Path, secret: Path) -> None:
    (project / "articles" / "leak.txt").symlink_to(secret)
    code, out, err = run("scan", "articles", "--format", "json")
    assert_one_line_error(code, err, "articles/leak.txt:1:1: links outside articles: not read")
    assert "hunter2" not in out + err
