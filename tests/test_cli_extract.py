"""`strikewire extract` speaks the extraction contract, line for line."""
from __future__ import annotations

import json

from click.testing import CliRunner

from strikewire.cli import cli


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["extract", *args], input=input)


def test_seed_story_gives_valid_contract_output(shared_dir):
    result = run("--jsonl", str(shared_dir / "contract" / "example.jsonl"))
    assert result.exit_code == 0, result.output
    (line,) = result.output.splitlines()
    out = json.loads(line)
    assert out["id"] == "seed-aps-1" and out["schema_version"] == 1 and out["lang"] == "fr"
    (event,) = out["events"]
    assert (event["actor"], event["operation"], event["sorties"], event["targets"]) == ("RUS", "airstrike", 55, 53)
    assert set(event["admin1"]) == {"SY-HI", "SY-HM", "SY-LA", "SY-ID"}
    assert event["event_date"] == "2015-10-12" and event["period_start"] == "2015-10-11"
    text = json.loads((shared_dir / "contract" / "example.jsonl").read_text(encoding="utf-8"))["text"]
    start, end = event["spans"]["sorties"]
    assert "55" in text[start:end]


def test_bad_lines_get_an_error_line_and_the_rest_go_on():
    good = {"id": "ok", "text": "Russian aircraft flew 20 sorties and struck 30 targets in Idlib province, "
                                "the Russian defence ministry said on Monday.",
            "published": "2015-10-12T10:00:00+00:00", "lang": "en"}
    lines = ["{not json", json.dumps({"id": "no-text"}), json.dumps(good), ""]
    result = run("--jsonl", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    outs = [json.loads(line) for line in result.output.splitlines()]
    assert "error" in outs[0]
    assert outs[1]["id"] == "no-text" and "error" in outs[1]
    assert outs[2]["id"] == "ok" and outs[2]["events"][0]["actor"] == "RUS"


def test_unreadable_input_is_one_line(tmp_path):
    result = run("--jsonl", str(tmp_path / "missing.jsonl"))
    assert result.exit_code == 2
    assert result.output.strip().startswith("strikewire:")


def test_html_page_is_cleaned_then_read(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html lang='fr'><head><meta charset='utf-8'><title>Syrie</title></head><body>"
        "<nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav><article><h1>Raids russes</h1>"
        "<p>L'aviation russe a bombardé 53 cibles de l'organisation Etat islamique en Syrie au cours "
        "des dernières 24 heures, a annoncé lundi le ministère russe de la Défense.</p>"
        "<p>Les bombardiers Su-34 ont réalisé 55 sorties dans les provinces de Homs et de Hama, "
        "a précisé le porte-parole du ministère.</p></article>"
        "<footer>© Agence</footer></body></html>", encoding="utf-8")
    result = run("--html", str(page), "--published", "2015-10-12T14:00:00+00:00")
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    (event,) = out["events"]
    assert event["actor"] == "RUS" and event["sorties"] == 55 and event["targets"] == 53


def test_evaluate_prints_what_score_py_prints(shared_dir, tmp_path):
    """`strikewire evaluate` runs the extractor, then scores exactly as the contract's scorer."""
    import subprocess
    import sys

    docs = shared_dir / "contract" / "example.jsonl"
    gold = shared_dir / "contract" / "example.gold.jsonl"
    ours = CliRunner().invoke(cli, ["evaluate", str(gold), str(docs), "--per-doc"])
    assert ours.exit_code == 0, ours.output
    pred = tmp_path / "pred.jsonl"
    pred.write_text(run("--jsonl", str(docs)).output, encoding="utf-8")
    theirs = subprocess.run([sys.executable, str(shared_dir / "contract" / "score.py"), str(gold), str(pred),
                             "--per-doc"], capture_output=True, text=True, check=True).stdout
    assert ours.output.strip() == theirs.strip()
    as_json = json.loads(CliRunner().invoke(cli, ["evaluate", str(gold), str(docs), "--json"]).output)
    assert "macro_f1" in as_json


def test_run_jsonl_turns_deep_nesting_and_out_of_range_dates_into_error_lines():
    """The contract's loop itself (not only the CLI): one bad line never stops the run."""
    from extractors.contract import run_jsonl

    lines = ["[" * 100_000 + "]" * 100_000,
             '{"id": "old", "text": "Russian jets struck Idlib yesterday.", "published": "0001-01-01"}',
             '{"id": "ok", "text": "Nothing happened."}']
    out = list(run_jsonl(lines))
    assert [o.get("id") for o in out] == [None, "old", "ok"]
    assert "nested too deeply" in out[0]["error"]
    assert "error" not in out[2]
