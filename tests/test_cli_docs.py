"""Every command explains itself: help ends with an example, and the README names it."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from strikewire.cli import cli

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = sorted(cli.commands)


def test_expected_commands_exist():
    assert {"run", "extract", "demo", "status", "evaluate", "backfill", "serve", "export",
            "report"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_help_ends_with_an_example(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    lines = result.output.rstrip().splitlines()
    example_at = max(i for i, line in enumerate(lines) if line.strip() == "Example:")
    after = [line.strip() for line in lines[example_at + 1:]]
    # Nothing but the example follows it, and the example runs this very command.
    assert after and all(line.startswith(f"strikewire {name}") for line in after), after


@pytest.mark.parametrize("name", COMMANDS)
def test_readme_documents_command(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"strikewire {name}" in readme


def test_readme_starts_with_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```sh", 1)[1].split("```", 1)[0]
    lines = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert lines == ["make demo", "make test"]


def test_extract_needs_exactly_one_input():
    result = CliRunner().invoke(cli, ["extract"])
    assert result.exit_code == 2
    assert "exactly one of --jsonl or --html" in result.output


def test_serve_schedules_the_daily_flow(monkeypatch, tmp_path):
    """`strikewire serve` hands Prefect a cron schedule with its timezone and absolute paths."""
    from prefect.flows import Flow

    feeds = tmp_path / "feeds.toml"
    feeds.write_text('[[feeds]]\nname = "x"\nurl = "https://example.org/rss.xml"\n', encoding="utf-8")
    seen = {}
    monkeypatch.setattr(Flow, "serve", lambda self, **kwargs: seen.update(kwargs, flow=self.name))
    result = CliRunner().invoke(cli, ["serve", "--feeds", str(feeds), "--db", "w.duckdb",
                                      "--cron", "15 4 * * *", "--timezone", "Europe/Paris"])
    assert result.exit_code == 0, result.output
    # its own deployment: never the work-pool deployment `daily-ingest` of prefect.yaml (issue 12)
    assert seen["flow"] == "daily-ingest" and seen["name"] == "daily-ingest-serve"
    (schedule,) = seen["schedules"]
    assert (schedule.cron, schedule.timezone) == ("15 4 * * *", "Europe/Paris")
    assert seen["parameters"]["feeds_path"] == str(feeds.resolve())
    assert Path(seen["parameters"]["db_path"]).is_absolute()


def test_serve_refuses_a_bad_feeds_file_before_scheduling(tmp_path):
    feeds = tmp_path / "feeds.toml"
    feeds.write_text('[[feeds]]\nname = "x"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", "--feeds", str(feeds)])
    assert result.exit_code == 2 and "url" in result.output
