"""``--format junit``: JUnit XML for Jenkins and GitLab, one test case per rule and per failing claim check."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from factcheck.findings import Finding, Kind, Report, Status
from factcheck.formatters.base import Formatter, also_at, edit_note, evidence_note, location, verdict_text
from factcheck.i18n import _


def _case(finding: Finding) -> ET.Element:
    suite = "rules" if finding.kind is Kind.RULE else finding.kind.value
    case = ET.Element("testcase", {"name": finding.id, "classname": f"{finding.article}.{suite}"})
    second = also_at(finding)
    head = f"{location(finding)}: {finding.message}" + (f" ({second})" if second else "")
    parts = (edit_note(finding), head, finding.detail, finding.explain, evidence_note(finding))
    text = "\n".join(part for part in parts if part)
    if finding.status is Status.FAIL:
        ET.SubElement(case, "failure", {"message": finding.message, "type": finding.kind.value}).text = text
    elif finding.status is Status.ERROR:
        ET.SubElement(case, "error", {"message": finding.message, "type": "evaluation"}).text = text
    else:
        verdict = _("warning") if finding.status is Status.WARN else verdict_text(finding)
        ET.SubElement(case, "system-out").text = _("{verdict}: {text}").format(verdict=verdict, text=text)
    return case


class JunitFormatter(Formatter):
    name = "junit"
    description = "JUnit XML, for Jenkins, GitLab and other CI test reports"

    def format(self, report: Report) -> str:
        root = ET.Element("testsuites", {"name": "factcheck"})
        total = failures = errors = 0
        for article in report.articles:
            # Passing claim checks are not findings; every rule is a case, and every failing claim check.
            cases = [_case(f) for f in article.findings]
            fails = sum(1 for f in article.findings if f.status is Status.FAIL)
            errs = sum(1 for f in article.findings if f.status is Status.ERROR)
            suite = ET.SubElement(
                root,
                "testsuite",
                {"name": article.id, "tests": str(len(cases)), "failures": str(fails), "errors": str(errs)},
            )
            properties = ET.SubElement(suite, "properties")
            for name, value in (
                ("title", article.title),
                ("claims", article.claims_file),
                ("rules", article.rules_file),
            ):
                if value:
                    ET.SubElement(properties, "property", {"name": name, "value": value})
            suite.extend(cases)
            total, failures, errors = total + len(cases), failures + fails, errors + errs
        root.set("tests", str(total))
        root.set("failures", str(failures))
        root.set("errors", str(errors))
        ET.indent(root)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"

    @classmethod
    def owns_report(cls, text: str) -> bool:
        """An XML document whose root element is factcheck's ``<testsuites name="factcheck">``."""
        return _ROOT.match(text) is not None


# The XML declaration, comments and white space, then the root element with factcheck's name on it.
_ROOT = re.compile(r'\A\ufeff?(?:<\?xml[^>]*\?>)?(?:\s|<!--(?:(?!-->).)*-->)*<testsuites name="factcheck"', re.DOTALL)
