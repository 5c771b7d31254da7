"""Data shipped with the code (lexicons, gazetteer, code tables) that is broken is one line
and exit 2 from the CLI, naming the file and the entry; and every library error belongs to a
tree the CLI turns into one line.

The CLI runs in a real process whose data directory is pointed at a broken copy (the module
constant set before the CLI starts), so the clone's own data is never touched.
"""
from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
FEED = '[fetch]\ntimeout_s = 1\n\n[[feeds]]\nname = "t"\nurl = "https://agency.example/rss"\n'
DOC = {"id": "d1", "lang": "en", "published": "2024-05-14T09:00:00+00:00",
       "text": "Russian jets struck militant positions near Maarrat al-Nu'man in Idlib province, "
               "the Russian defence ministry said."}


def cli_with(module: str, constant: str, directory: Path, *args: str) -> subprocess.CompletedProcess:
    """`strikewire ARGS` in a fresh process whose `module.constant` is `directory`."""
    code = (f"import sys, pathlib, {module} as m; m.{constant} = pathlib.Path(sys.argv.pop(1)); "
            "from strikewire.cli import cli; cli(prog_name='strikewire')")
    return subprocess.run([sys.executable, "-c", code, str(directory), *args], cwd=ROOT,
                          capture_output=True, timeout=300)


def one_line_exit_2(proc: subprocess.CompletedProcess) -> str:
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.startswith("strikewire:")
             and "waiting for Prefect's API server" not in line]
    assert len(lines) == 1 and len(err.strip().splitlines()) == len(lines), err
    return lines[0]


@pytest.fixture()
def docs(tmp_path) -> Path:
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps(DOC) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------------------------ lexicons

@pytest.mark.parametrize("damage, says", [
    ("\n[meta2]\nnote = 'a section the schema does not know'\n", "en.toml: unknown section 'meta2'"),
    ("\n[[[ not toml\n", "en.toml: not valid TOML"),
])
def test_a_broken_lexicon_is_one_line(tmp_path, docs, damage, says):
    lexicons = tmp_path / "lexicons"
    shutil.copytree(ROOT / "extractors" / "lexicons", lexicons)
    with open(lexicons / "en.toml", "a", encoding="utf-8") as fh:
        fh.write(damage)
    proc = cli_with("extractors.lexicon", "LEXICON_DIR", lexicons, "extract", "--jsonl", str(docs))
    line = one_line_exit_2(proc)
    assert line.startswith("strikewire: ") and says in line, line
    assert proc.stdout == b""   # no document was written as if it had been read


def test_the_same_lexicons_intact_extract_the_document(tmp_path, docs):
    """The control: the copy itself, unbroken, reads the document (so the failures above are
    the damage's, not the copy's)."""
    lexicons = tmp_path / "lexicons"
    shutil.copytree(ROOT / "extractors" / "lexicons", lexicons)
    proc = cli_with("extractors.lexicon", "LEXICON_DIR", lexicons, "extract", "--jsonl", str(docs))
    assert proc.returncode == 0, proc.stderr.decode()
    assert [e["actor"] for e in json.loads(proc.stdout)["events"]] == ["RUS"]


# ------------------------------------------------------------------ gazetteer

def _break(path: Path, how: str) -> None:
    if how == "append":
        with open(path, "a", encoding="utf-8") as fh:
            fh.write("\n[[[ not toml\n")
    else:  # a row cut short in the middle of a generated table
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        rows = [i for i, line in enumerate(lines) if not line.startswith("#")]
        lines[rows[len(rows) // 2]] = "12345\tHalf a row\n"
        path.write_text("".join(lines), encoding="utf-8")


@pytest.mark.parametrize("name, how, says", [
    ("countries.toml", "append", "countries.toml:"),                 # read when the gazetteer loads
    ("places_SY.tsv", "cut", "places_SY.tsv:"),                     # read at the first locality looked up
])
def test_a_broken_gazetteer_file_is_one_line(tmp_path, docs, name, how, says):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "extractors" / "data", data)
    _break(data / name, how)
    proc = cli_with("extractors.gazetteer", "DATA_DIR", data, "extract", "--jsonl", str(docs))
    line = one_line_exit_2(proc)
    assert says in line, line


def test_a_missing_gazetteer_file_is_one_line(tmp_path, docs):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "extractors" / "data", data)
    (data / "qualifiers.toml").unlink()
    line = one_line_exit_2(cli_with("extractors.gazetteer", "DATA_DIR", data, "extract", "--jsonl", str(docs)))
    assert "qualifiers.toml" in line and "cannot be read" in line, line


# ------------------------------------------------------------------ code tables

@pytest.mark.parametrize("name, damage, says", [
    ("platforms.toml", "\n[[[ not toml\n", "platforms.toml: not valid TOML"),
    ("operation_types.toml", "\n[airstrike2]\nname = 'no PLOVER mode'\n", "operation_types.toml [airstrike2]: missing"),
])
def test_a_broken_code_table_stops_the_run_in_one_line(tmp_path, name, damage, says):
    codes = tmp_path / "codes"
    shutil.copytree(ROOT / "warehouse" / "codes", codes)
    with open(codes / name, "a", encoding="utf-8") as fh:
        fh.write(damage)
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(FEED, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    proc = cli_with("warehouse.codes", "CODES_DIR", codes, "run", "--feeds", str(feeds), "--db", str(db),
                    "--no-progress")
    line = one_line_exit_2(proc)
    assert says in line, line
    assert not db.exists()   # refused before the warehouse was opened or a run began


def test_a_broken_actor_table_stops_the_run_in_one_line(tmp_path):
    # the one table of organisation actors, read by the extractor and the warehouse alike
    table = tmp_path / "actors.toml"
    table.write_text((ROOT / "extractors" / "data" / "actors.toml").read_text(encoding="utf-8")
                     + "\n[[[ not toml\n", encoding="utf-8")
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(FEED, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    # importing extractors reads the table once (its organisation codes); read it again, broken
    code = ("import sys, pathlib, extractors.actors as m; m.ACTORS_FILE = pathlib.Path(sys.argv.pop(1)); "
            "m.table.cache_clear(); from strikewire.cli import cli; cli(prog_name='strikewire')")
    line = one_line_exit_2(subprocess.run(
        [sys.executable, "-c", code, str(table), "run", "--feeds", str(feeds), "--db", str(db), "--no-progress"],
        cwd=ROOT, capture_output=True, timeout=300))
    assert "actors.toml: not valid TOML" in line, line
    assert not db.exists()


# ------------------------------------------------------------------ the trees

LIBRARY_PACKAGES = ("extractors", "flows", "warehouse")
# Exceptions (by class name) that never reach a user: control flow inside one module, or
# turned into one line where they are raised (the Prefect API's start failure, in
# strikewire/cli._api_ready; Dask workers on another extractor version, in the CLI's backfill).
NOT_FOR_USERS = {"NeedDays", "_TooLarge", "ApiStartError", "WorkerVersionError"}
# Modules whose import does the work of a process (the fork server's warm-up and its
# parent-death signal): never imported into the test process; they define no errors.
ACT_ON_IMPORT = {"worker_preload", "forkserver_guard"}


def _library_errors() -> dict[str, type]:
    found = {}
    for package in LIBRARY_PACKAGES:
        pkg = importlib.import_module(package)
        for info in pkgutil.walk_packages(pkg.__path__, package + "."):
            if ".eval" in info.name or info.name.rsplit(".", 1)[-1] in ACT_ON_IMPORT:
                continue
            module = importlib.import_module(info.name)
            for name, obj in vars(module).items():
                if inspect.isclass(obj) and issubclass(obj, BaseException) and obj.__module__ == info.name:
                    found[f"{info.name}.{name}"] = obj
    return found


def test_every_library_error_belongs_to_a_tree_the_cli_maps():
    from extractors.errors import ExtractorError
    from flows.config import ConfigError
    from warehouse.errors import WarehouseError

    errors = _library_errors()
    assert {"warehouse.errors.CodeTableError", "warehouse.errors.ExportError",
            "extractors.errors.LexiconError", "extractors.errors.GazetteerDataError"} <= set(errors)
    stray = sorted(name for name, cls in errors.items() if cls.__name__ not in NOT_FOR_USERS
                   and not issubclass(cls, (ConfigError, WarehouseError, ExtractorError)))
    assert stray == [], f"errors outside ConfigError, WarehouseError and ExtractorError: {stray}"


def test_friendly_errors_turns_each_into_one_line_and_exit_2():
    import click

    from extractors.errors import GazetteerDataError, LexiconError
    from flows.config import ConfigError
    from strikewire.cli import friendly_errors
    from warehouse.errors import CodeTableError, ExportError, WarehouseDamaged

    raised = [ConfigError("feeds.toml:3: bad"), WarehouseDamaged("w.duckdb: damaged"),
              CodeTableError("actors.toml [X]: bad"), ExportError("unknown partition 'x'"),
              LexiconError("en.toml: bad"), GazetteerDataError("countries.toml: bad")]
    for exc in raised:
        @click.command()
        def boom(exc=exc):
            with friendly_errors():
                raise exc

        result = CliRunner().invoke(boom, [])
        assert result.exit_code == 2, (exc, result.output)
        assert result.output == f"strikewire: {exc}\n"
