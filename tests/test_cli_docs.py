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


def test_serve_refuses_a_bad_feeds_file_before_scheduling(tmp_path):
    feeds = tmp_path / "feeds.toml"
    feeds.write_text('[[feeds]]\nname = "x"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", "--feeds", str(feeds)])
    assert result.exit_code == 2 and "url" in result.output
