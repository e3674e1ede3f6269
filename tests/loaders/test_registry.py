"""ЕГРЮЛ, ЕГРИП and МСП loaders on the real samples, on our own fixtures and on hostile XML."""

import time

import pytest
from conftest import FIXTURES, shared

from promgraph.loaders.egrul import read_egrul
from promgraph.loaders.msp import read_msp
from promgraph.loaders.report import Report


def _load(reader, path):
    report = Report()
    return list(reader(path, report)), report


def test_real_egrul_samples_load_with_provenance():
    folder = shared("registry-samples", "egrul")
    extractions = [ex for path in sorted(folder.glob("*.xml")) for ex in _load(read_egrul, path)[0]]
    assert len(extractions) >= 10
    orgs = [n for ex in extractions for n in ex.nodes if n.label == "Organization" and n.props.get("kpp")]
    assert all(n.props.get("inn") and n.props.get("ogrn") for n in orgs)
    liquidated = [n for n in orgs if n.props["status"].startswith("прекращено")]
    assert liquidated, "the SUBSET file has a liquidated company"
    edges = {e.type for ex in extractions for e in ex.edges}
    assert {"DIRECTS", "FOUNDED", "LOCATED_IN"} <= edges
    assert any(e.props.get("role") == "управляющая организация" for ex in extractions for e in ex.edges)
    assert any("АНО ДПО ЦМП \"СВЕТОЧ\"" in n.aliases for n in orgs), "the short name is an alias"
    evidence = extractions[0].nodes[0].evidence[0]
    assert evidence.method.startswith("registry:") and "ГРН" in evidence.sentence and evidence.date


def test_real_msp_samples():
    folder = shared("registry-samples", "fns_msp")
    extractions = [ex for path in sorted(folder.glob("*.xml")) for ex in _load(read_msp, path)[0]]
    props = [n.props for ex in extractions for n in ex.nodes if n.label == "Organization"]
    assert any("headcount" in p for p in props) and any("income" in p for p in props)
    assert any(p.get("msp_category") == "микропредприятие" for p in props)
    assert any(p.get("products") for p in props)


def test_example_egrul_founders_and_shares():
    from promgraph.pipeline import EXAMPLES

    extractions, report = _load(read_egrul, EXAMPLES / "registry" / "egrul_example_20251101.xml")
    assert not report
    shares = sorted(e.props["share"] for ex in extractions for e in ex.edges if e.type == "FOUNDED")
    assert shares and shares[-1] == 100.0 and 51.0 in shares


def test_invalid_identifiers_are_reported_not_used():
    extractions, report = _load(read_egrul, FIXTURES / "egrul_bad_inn.xml")
    org = extractions[0].nodes[0]
    assert "inn" not in org.props and org.props["ogrn"] == "1027700132195"
    assert "invalid ИНН '7707083894'" in str(report.problems[0])


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<Файл ТипИнф="ЕГРЮЛ_ОТКР_СВЕД" ВерсФорм="4.07"><Документ><СвЮЛ ОГРН="&lol3;"/></Документ></Файл>"""
EXTERNAL = """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
<Файл ТипИнф="ЕГРЮЛ_ОТКР_СВЕД" ВерсФорм="4.07"><Документ><СвЮЛ ОГРН="&e;"/></Документ></Файл>"""


@pytest.mark.parametrize("text", [BOMB, EXTERNAL])
def test_hostile_xml_is_refused_quickly(tmp_path, text):
    path = tmp_path / "hostile.xml"
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    extractions, report = _load(read_egrul, path)
    assert time.perf_counter() - started < 2
    assert extractions == [] and "refused" in str(report.problems[0])


def test_truncated_file_keeps_complete_records(tmp_path):
    from promgraph.pipeline import EXAMPLES

    data = (EXAMPLES / "registry" / "egrul_example_20251101.xml").read_bytes()
    cut = data.index("pg-example-0004".encode("cp1251"))
    path = tmp_path / "truncated.xml"
    path.write_bytes(data[:cut])
    extractions, report = _load(read_egrul, path)
    assert len(extractions) == 3
    assert "malformed XML" in str(report.problems[0]) and "line" in str(report.problems[0])


def test_unknown_version_warns_and_goes_on(tmp_path):
    text = (FIXTURES / "egrul_bad_inn.xml").read_text(encoding="cp1251").replace('ВерсФорм="4.07"', 'ВерсФорм="5.01"')
    path = tmp_path / "v5.xml"
    path.write_bytes(text.encode("cp1251"))
    extractions, report = _load(read_egrul, path)
    assert len(extractions) == 1 and any("5.01" in str(p) for p in report.problems)
