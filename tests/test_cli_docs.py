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


# Files an example reads that the project does not ship: the warehouse `run` or `demo` makes.
MADE_BY_A_RUN = {"data/warehouse.duckdb", "data/demo.duckdb"}


def _example(name: str) -> list[str]:
    import shlex

    lines = CliRunner().invoke(cli, [name, "--help"]).output.rstrip().splitlines()
    return shlex.split(lines[-1].strip())[2:]   # after "strikewire NAME"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_file_an_example_reads_is_in_the_clone(name):
    """The examples run from a user's clone: every file they read is one the project ships
    (never ../shared, which only the team has beside the repository)."""
    import click

    command = cli.commands[name]
    ctx = command.make_context(name, _example(name), resilient_parsing=True)
    outputs = {"out_dir", "out_path"}   # what the example writes
    for param in command.params:
        value = ctx.params.get(param.name)
        if not isinstance(param.type, click.Path) or param.name in outputs or value in (None, "-"):
            continue
        if not isinstance(value, str) or value in MADE_BY_A_RUN:
            continue
        assert not value.startswith(".."), f"{name}: {value} is outside the clone"
        assert (ROOT / value).exists(), f"{name}: --help names {value}, which the clone does not have"


def test_the_examples_name_the_files_they_read():
    """The check above sees the examples' input files (it would pass vacuously otherwise)."""
    assert "extractors/eval/team.jsonl" in _example("extract")
    assert _example("evaluate") == ["extractors/eval/team.gold.jsonl", "extractors/eval/team.jsonl"]
    assert "feeds.toml" in _example("run")
