"""Deployment files: the Dockerfile, .dockerignore, compose.yaml and the example env file.

There is no Docker daemon here, so what can be checked is checked statically (stages,
layers, user, health check, volumes, the Compose specification's own JSON schema), and the
image's install steps are run for real: the build stage's RUN lines, parsed from the
Dockerfile and executed as they are, in a clean venv (the slow test at the end).
"""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = Path(__file__).resolve().parent / "schemas" / "compose-spec.json"
APP = "/app"                       # the image's WORKDIR, remapped to a temp dir when its steps run here


# --------------------------------------------------------------------------- reading the files


def dockerfile_stages(path: Path = ROOT / "Dockerfile") -> list[dict]:
    """[{"name", "base", "steps": [(INSTRUCTION, arguments)]}], continuation lines joined."""
    stages: list[dict] = []
    logical, pending = [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if pending and line.lstrip().startswith("#"):
            continue                                   # a comment inside a continued instruction
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        logical.append(pending + line)
        pending = ""
    for line in logical:
        instruction, _, args = line.strip().partition(" ")
        instruction, args = instruction.upper(), args.strip()
        if instruction == "FROM":
            words = args.split()
            name = words[2] if len(words) >= 3 and words[1].upper() == "AS" else str(len(stages))
            stages.append({"name": name, "base": words[0], "steps": []})
        else:
            stages[-1]["steps"].append((instruction, args))
    return stages


def env_of(args: str) -> dict[str, str]:
    """An ENV instruction's variables (KEY=value pairs)."""
    return dict(word.split("=", 1) for word in shlex.split(args))


def stage_env(stage: dict) -> dict[str, str]:
    out: dict[str, str] = {}
    for instruction, args in stage["steps"]:
        if instruction == "ENV":
            out.update(env_of(args))
    return out


def exec_form(args: str) -> list[str]:
    assert args.startswith("["), f"use the exec form (a JSON list): {args}"
    return json.loads(args)


def gcmbot_commands() -> set[str]:
    from bot.cli.main import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return set(sub.choices)


def setting_names() -> set[str]:
    from bot.settings import Settings

    return {"GCMBOT_" + name.upper() for name in Settings.model_fields}


def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))


def gcmbot_services(spec: dict) -> dict[str, dict]:
    return {name: s for name, s in spec["services"].items() if str(s.get("image", "")).startswith("gcm-helpdesk")}


# --------------------------------------------------------------------------- Dockerfile, statically


def test_image_installs_dependencies_in_their_own_layer_before_the_code():
    stages = dockerfile_stages()
    assert len(stages) >= 2, "build in stages: the runtime stage gets the venv, not the build tools"
    build = stages[0]["steps"]
    position = {}
    for i, (instruction, args) in enumerate(build):
        if instruction == "COPY" and "pyproject.toml" in args:
            position.setdefault("pyproject", i)
        if instruction == "RUN" and "pip install" in args and "requirements" in args:
            position.setdefault("dependencies", i)
        if instruction == "COPY" and re.search(r"\bbot\b", args):
            position.setdefault("code", i)
    assert position.keys() == {"pyproject", "dependencies", "code"}, position
    assert position["pyproject"] < position["dependencies"] < position["code"]
    copied_first = build[position["pyproject"]][1].split()[:-1]
    assert set(copied_first) <= {"pyproject.toml", "README.md", "LICENSE"}, "only what the dependencies need"


def test_image_install_is_not_editable_and_keeps_no_pip_cache():
    stages = dockerfile_stages()
    installs = [args for s in stages for ins, args in s["steps"] if ins == "RUN" and "pip install" in args]
    assert installs
    for args in installs:
        assert not re.search(r"(^|\s)(-e|--editable)(\s|$)", args), args
        assert "[test" not in args and "[st" not in args, f"no test or torch extras in the image: {args}"
    for stage in stages:
        if any(ins == "RUN" and "pip install" in args for ins, args in stage["steps"]):
            assert stage_env(stage).get("PIP_NO_CACHE_DIR") == "1", "pip's cache would stay in the layer"
    runtime = stages[-1]
    assert not any(ins == "RUN" and "pip" in args for ins, args in runtime["steps"]), "install in the build stage"
    assert not any(re.search(r"\b(gcc|build-essential|g\+\+)\b", args) for s in stages for _, args in s["steps"])


def test_image_runs_as_a_non_root_user_with_its_data_in_a_writable_volume():
    runtime = dockerfile_stages()[-1]
    steps = runtime["steps"]
    users = [args for ins, args in steps if ins == "USER"]
    assert users and users[-1] not in ("root", "0"), "the bot must not run as root"
    user = users[-1]
    volumes = [v for ins, args in steps if ins == "VOLUME" for v in exec_form(args)]
    data_dir = stage_env(runtime)["GCMBOT_DATA_DIR"]
    assert data_dir in volumes, "the question log and the pseudonym key must outlive the container"
    assert any(ins == "COPY" and f"--chown={user}:" in args and args.split()[-1] == data_dir for ins, args in steps), \
        "the data dir belongs to the user the bot runs as"
    assert [ins for ins, _ in steps].index("USER") > max(i for i, (ins, _) in enumerate(steps) if ins in ("COPY", "RUN"))


def test_image_health_check_and_command_are_gcmbot_commands():
    runtime = dockerfile_stages()[-1]["steps"]
    commands = gcmbot_commands()
    health = [args for ins, args in runtime if ins == "HEALTHCHECK"]
    assert health, "HEALTHCHECK missing"
    check = exec_form(health[-1].split(" CMD ", 1)[1])
    assert check == ["gcmbot", "health"] and "health" in commands
    cmd = exec_form([args for ins, args in runtime if ins == "CMD"][-1])
    assert cmd[0] == "gcmbot" and cmd[1] in commands


def test_image_settings_are_settings_of_the_code():
    names = setting_names()
    for stage in dockerfile_stages():
        for key in stage_env(stage):
            if key.startswith("GCMBOT_"):
                assert key in names, f"{key} in the Dockerfile is not a setting in bot/settings.py"


def test_image_ships_the_knowledge_and_its_index_but_no_secrets():
    stages = dockerfile_stages()
    build, runtime = stages[0]["steps"], stages[-1]["steps"]
    assert any(ins == "RUN" and args.split()[:2] == ["gcmbot", "ingest"] for ins, args in build), \
        "the index (and its embedding cache) is built into the image"
    copied = [args for ins, args in runtime if ins == "COPY"]
    assert any("/app/knowledge" in a for a in copied) and any("/app/data" in a for a in copied)
    ignore = [ln.strip() for ln in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
              if ln.strip() and not ln.startswith("#")]
    assert ignore[0] == "*", ".dockerignore lists what the build may see, nothing else"
    allowed = {line.lstrip("!").rstrip("/") for line in ignore if line.startswith("!")}
    assert allowed.isdisjoint({".env", ".venv", "data", "tests", ".git"}), allowed
    sources = {w for ins, args in build if ins == "COPY" and "--from" not in args for w in args.split()[:-1]}
    assert sources <= allowed, f"COPY of files .dockerignore keeps out: {sources - allowed}"


# --------------------------------------------------------------------------- compose.yaml


def test_compose_file_follows_the_compose_specification():
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(compose(), schema)
    # and the validator does catch a mistake (a service property that does not exist)
    broken = compose()
    broken["services"]["bot"]["restart_policy"] = "always"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_compose_services_run_gcmbot_commands_with_existing_settings():
    spec = compose()
    ours = gcmbot_services(spec)
    assert {"bot", "dashboard", "ingest"} <= set(ours), set(ours)
    commands, names = gcmbot_commands(), setting_names()
    for name, service in ours.items():
        command = service["command"]
        assert command[0] == "gcmbot" and command[1] in commands, f"{name}: {command}"
        assert (ROOT / service["build"]).joinpath("Dockerfile").exists()
        for key in service.get("environment", {}):
            if key.startswith("GCMBOT_"):
                assert key in names, f"{name}: {key} is not a setting in bot/settings.py"
        check = service.get("healthcheck", {}).get("test")
        if check:
            assert check[1:3] == ["gcmbot", "health"]
    assert ours["bot"]["command"] == ["gcmbot", "serve"] and "dashboard" in ours["dashboard"]["command"]
    assert ours["ingest"]["command"] == ["gcmbot", "ingest"] and ours["ingest"]["restart"] == "no"
    # the question log in PostgreSQL, the index in the Chroma server, for every gcmbot process
    for service in ours.values():
        env = service["environment"]
        assert env["GCMBOT_DATABASE_URL"].startswith("postgresql+psycopg://") and "@db:" in env["GCMBOT_DATABASE_URL"]
        assert env["GCMBOT_CHROMA_URL"] == "http://chroma:8000"
    for key in (ROOT / "deploy.env.example").read_text(encoding="utf-8").split():
        if key.startswith("GCMBOT_"):
            assert key.split("=")[0] in names, key


def test_compose_chroma_server_is_the_version_the_client_pins():
    pins = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    version = re.search(r'"chromadb==([\d.]+)"', pins).group(1)
    image = compose()["services"]["chroma"]["image"]
    assert image.rsplit(":", 1) == ["chromadb/chroma", version]


def test_compose_only_the_proxy_listens_and_everything_has_a_health_check():
    spec = compose()
    published = {name for name, s in spec["services"].items() if s.get("ports")}
    assert published == {"proxy"}, f"only the TLS proxy may listen on the host: {published}"
    for port in spec["services"]["proxy"]["ports"]:
        assert str(port).split(":")[-1].split("/")[0] in ("80", "443")
    for name, service in spec["services"].items():
        if service.get("restart") != "no":                 # servers, not the one-shot job
            assert service.get("healthcheck", {}).get("test"), f"{name} has no health check"
    # every server waits for what it needs to be healthy, not merely started
    for name in ("bot", "dashboard"):
        deps = spec["services"][name]["depends_on"]
        assert deps["db"]["condition"] == deps["chroma"]["condition"] == "service_healthy"
    # state in named volumes; the knowledge base is the checkout's folder
    named = set(spec["volumes"])
    for name, service in spec["services"].items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            assert source in named or source == "./knowledge", f"{name}: {volume}"
    assert "./knowledge:/app/knowledge:ro" in spec["services"]["bot"]["volumes"]


def test_compose_secrets_come_from_the_env_file_only():
    text = (ROOT / "compose.yaml").read_text(encoding="utf-8")
    spec = compose()
    for name, service in gcmbot_services(spec).items():
        assert service["env_file"][0]["path"] == ".env"
        for key in service.get("environment", {}):
            assert not re.search(r"TOKEN|PASSWORD|SECRET|PSEUDONYM_KEY", key), f"{name}: {key} belongs in .env"
    assert "POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?" in text          # interpolated, never written here
    example = (ROOT / "deploy.env.example").read_text(encoding="utf-8")
    for var in set(re.findall(r"\$\{(\w+):\?", text)):
        assert re.search(rf"^{var}=", example, re.M), f"{var} is required by compose.yaml: add it to deploy.env.example"
    assert ".env" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


# --------------------------------------------------------------------------- the image's install steps, run


def cache_rows(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(path) as db:
        return db.execute("SELECT count(*) FROM vectors").fetchone()[0]


def _remap(value: str, app: Path) -> str:
    return value.replace(APP, str(app))


@pytest.mark.slow
def test_image_install_steps_run_in_a_clean_venv(tmp_path, index_dir):
    """The build stage's RUN lines, as written, in a clean venv under a temp WORKDIR: the
    dependencies, the package (not editable), what is cut, and the index of the knowledge base.
    The embedding cache of the session's index is put in the data dir first, so the index step
    embeds nothing (the image build embeds everything once)."""
    build = dockerfile_stages()[0]
    app = tmp_path / "app"
    app.mkdir()
    # `python` as in the base image: this interpreter's own Python, outside any venv
    base = tmp_path / "base-bin"
    base.mkdir()
    (base / "python").symlink_to(Path(getattr(sys, "_base_executable", sys.executable)).resolve())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GCMBOT_", "VIRTUAL_ENV", "PYTHONHOME"))}
    env["PATH"] = f"{base}:{env['PATH']}"
    (app / "data").mkdir()
    cache = app / "data" / "embeddings.sqlite3"
    shutil.copy(index_dir / "embeddings.sqlite3", cache)
    cached_before = cache_rows(cache)
    outputs = []
    for instruction, args in build["steps"]:
        if instruction == "ENV":
            for key, value in env_of(args).items():
                env[key] = _remap(value.replace("$PATH", env.get("PATH", "")), app)
        elif instruction == "WORKDIR":
            assert args == APP
        elif instruction == "COPY":
            *sources, dest = args.split()
            for source in sources:
                target = app / dest
                if (ROOT / source).is_dir():
                    shutil.copytree(ROOT / source, target / source if dest.endswith("/") and dest != "./" else target,
                                    ignore=shutil.ignore_patterns("__pycache__"))
                else:
                    shutil.copy(ROOT / source, app / dest)
        elif instruction == "RUN":
            res = subprocess.run(["sh", "-c", args], cwd=app, env=env, capture_output=True, text=True, timeout=900)
            assert res.returncode == 0, f"RUN {args}\n{res.stdout[-3000:]}\n{res.stderr[-3000:]}"
            outputs.append(res.stdout + res.stderr)
    venv = Path(env["VIRTUAL_ENV"])
    assert venv.is_relative_to(app)

    # nothing of ours warned during the install (this machine's pip configuration says that
    # some of its extra package folders are missing: that is the machine's, not ours)
    ours = [ln for out in outputs for ln in out.splitlines()
            if ln.strip() and "is ignored: it is neither a file nor a directory" not in ln]
    assert not [ln for ln in ours if re.search(r"(?i)warn|deprecat", ln)], ours

    python = venv / "bin" / "python"
    probe = ("import importlib.util as u, bot; "
             "print(bot.__file__); "
             "print(sorted(m for m in ('pytest', 'pymupdf', 'fitz', 'kubernetes', 'onnxruntime', 'torch', 'pip') "
             "if u.find_spec(m)))")
    res = subprocess.run([str(python), "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    where, absent = res.stdout.splitlines()
    assert Path(where).is_relative_to(venv), f"the package must be installed in the venv, not linked: {where}"
    assert absent == "[]", f"not needed at run time: {absent}"

    # the image's index was built from the knowledge base, with vectors from the cache only
    data = Path(env["GCMBOT_DATA_DIR"])
    assert data == app / "data" and cache_rows(cache) == cached_before
    gcmbot = str(venv / "bin" / "gcmbot")
    res = subprocess.run([gcmbot, "ingest", "--json"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout)                       # what `gcmbot serve` does at start: nothing to do
    assert summary["embedded_by_model"] == 0 and summary["chunks_total"] > 50 and summary["unchanged"]
    res = subprocess.run([gcmbot, "health"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr
    res = subprocess.run([gcmbot, "ask", "When is the IMRF?"], cwd=tmp_path, env=env, capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0 and "International Migration Review Forum" in res.stdout, res.stdout + res.stderr
    assert re.search(r"\b20\d\d\b", res.stdout) and "Sources" in res.stdout, res.stdout

    size = sum(f.stat().st_size for f in venv.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"\nimage venv: {size / 2**20:.0f} MiB; data dir: "
          f"{sum(f.stat().st_size for f in data.rglob('*') if f.is_file()) / 2**20:.1f} MiB")
    assert size < 600 * 2**20, f"the venv grew to {size / 2**20:.0f} MiB: what was added to the base install?"
