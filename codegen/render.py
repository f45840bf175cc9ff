"""Intermediate model -> Python modules and docs/api.md, through Jinja2 templates.

Python decides what goes where (modules, groups, imports); `codegen/methods.py` computes the data
of each method; the templates (`codegen/templates/`) hold every line of the output's shape.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import jinja2

from codegen import naming
from codegen.methods import method_view
from codegen.models import HEADER, reexports
from codegen.parser import Endpoint
from codegen.templating import environment

__all__ = ["render_all"]


def _groups(items: list[Endpoint]) -> list[tuple[str, list[Endpoint]]]:
    """The operations of a tag by group (`naming.GROUPING_RULE`): `main` first, then by name."""
    single_root = len({e.path.strip("/").split("/")[0] for e in items}) == 1
    by_group: dict[str, list[Endpoint]] = defaultdict(list)
    for e in items:
        by_group[naming.group_name(e.path, single_root)].append(e)
    for group in sorted(by_group):
        if group != "main" and len(by_group[group]) < naming.MIN_GROUP:
            by_group["main"] += by_group.pop(group)
    order = sorted(by_group, key=lambda group: (group != "main", group))
    return [(group, sorted(by_group[group], key=items.index)) for group in order]


def _imports(items: list[Endpoint], models: set[str]) -> dict[str, list[str]]:
    """The model and body names that the methods of `items` annotate with."""
    used: set[str] = set()
    for e in items:
        types = [
            e.response.py_type,
            *(v.py_type for v in e.response.variants),
            e.body.py_type if e.body else "",
        ]
        used.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", " ".join(types)))
    bodies = sorted(e.body.typed_dict for e in items if e.body is not None and e.body.typed_dict)
    return {"model_names": sorted(used & models), "body_names": bodies}


def _render_module(
    env: jinja2.Environment, items: list[Endpoint], models: set[str], **names: Any
) -> str:
    """The source of one module holding the methods of `items` in one class."""
    return env.get_template("api_module.py.jinja").render(
        header=HEADER,
        methods=[method_view(e) for e in items],
        **_imports(items, models),
        **names,
    )


def _body(e: Endpoint) -> dict[str, Any]:
    assert e.body is not None
    return {
        "typed_dict": e.body.typed_dict,
        "fields": e.body.fields,
        "operation": f"{e.method} {e.path}",
        "functional": any(not f.name.isidentifier() for f in e.body.fields),
    }


def _render_bodies(
    env: jinja2.Environment, by_module: dict[str, list[Endpoint]], package: Path
) -> None:
    """The TypedDicts of request bodies, one module per tag (`naming.BODY_MODULE_RULE`)."""
    package.mkdir()
    template = env.get_template("bodies.py.jinja")
    names: dict[str, list[str]] = {}

    def write(module: str, items: list[Endpoint], scope: str) -> None:
        bodies = [_body(e) for e in items if e.body is not None and e.body.typed_dict]
        if bodies:
            text = template.render(header=HEADER, bodies=bodies, scope=scope)
            (package / f"{module}.py").write_text(text, encoding="utf-8")
            names[module] = [b["typed_dict"] for b in bodies]

    for module in sorted(by_module):
        items = by_module[module]
        tag = items[0].tag
        with_body = [e for e in items if e.body is not None and e.body.typed_dict]
        whole = template.render(
            header=HEADER, bodies=[_body(e) for e in with_body], scope=f"the `{tag}` tag"
        )
        if whole.count("\n") <= naming.MAX_MODULE_LINES:
            write(module, with_body, f"the `{tag}` tag")
            continue
        for group, members in _groups(items):
            write(f"{module}_{group}", members, f"the `{tag}` tag, group `{group}`")
    (package / "__init__.py").write_text(
        reexports(
            names,
            "bodies",
            "Typed JSON request bodies (generated), one module per tag of the API "
            "(`naming.BODY_MODULE_RULE`\nin `codegen/`); every body is re-exported here.\n",
        ),
        encoding="utf-8",
    )


def _render_tag(
    env: jinja2.Environment, items: list[Endpoint], models: set[str], api_dir: Path
) -> dict[str, Any]:
    """Write the module (or package of groups) of one tag; return its entry in `Api`."""
    module, tag = items[0].module, items[0].tag
    info = {
        "module": module,
        "tag": tag,
        "class_name": naming.class_name(tag),
        "attribute": module,
        "count": len(items),
    }
    whole = _render_module(
        env,
        items,
        models,
        **info,
        module_doc=f"Operations of the `{tag}` tag of Orthanc's REST API (generated).",
        class_doc=f"The {len(items)} operations of the `{tag}` tag: "
        f"`orthanc.api.{module}.<name>(...)`.",
        with_init=True,
    )
    if whole.count("\n") <= naming.MAX_MODULE_LINES:
        (api_dir / f"{module}.py").write_text(whole, encoding="utf-8")
        return info
    # Too long: a package of one module per group, the tag's class inheriting them all.
    package = api_dir / module
    package.mkdir()
    groups = []
    for group, members in _groups(items):
        group_class = naming.pascal(tag) + naming.pascal(group) + "Operations"
        groups.append({"name": group, "class_name": group_class})
        text = _render_module(
            env,
            members,
            models,
            **{**info, "class_name": group_class},
            module_doc=f"Operations of the `{tag}` tag, group `{group}` (generated).",
            class_doc=f"The {len(members)} operations of the `{group}` group of "
            f"`orthanc.api.{module}`, inherited by `{info['class_name']}`.",
            with_init=False,
        )
        (package / f"_{group}.py").write_text(text, encoding="utf-8")
    (package / "__init__.py").write_text(
        env.get_template("api_package.py.jinja").render(header=HEADER, groups=groups, **info),
        encoding="utf-8",
    )
    return info


def _render_docs(
    env: jinja2.Environment, endpoints: list[Endpoint], spec: dict[str, Any], total: int
) -> str:
    rule = (naming.__doc__ or "").split("\n\n", 1)[1].strip()
    return env.get_template("api.md.jinja").render(
        header_text=HEADER.lstrip("# "),
        total=total,
        version=spec.get("info", {}).get("version", "?"),
        naming_rule=rule,
        grouping_rule=naming.GROUPING_RULE,
        model_rule=naming.MODEL_MODULE_RULE,
        body_rule=naming.BODY_MODULE_RULE,
        endpoints=sorted(endpoints, key=lambda e: (e.path, e.method)),
    )


def render_all(
    endpoints: list[Endpoint], total: int, spec: dict[str, Any], out: Path, docs: Path | None
) -> None:
    """Render the endpoint modules, the bodies, the `Api` class and docs/api.md."""
    env = environment()
    by_module: dict[str, list[Endpoint]] = defaultdict(list)
    for e in endpoints:
        by_module[e.module].append(e)
    api_dir = out / "api"
    api_dir.mkdir()
    models = set(spec.get("components", {}).get("schemas", {}))
    modules = [_render_tag(env, by_module[module], models, api_dir) for module in sorted(by_module)]
    (api_dir / "__init__.py").write_text(
        env.get_template("api_init.py.jinja").render(header=HEADER, modules=modules, total=total),
        encoding="utf-8",
    )
    _render_bodies(env, by_module, out / "bodies")
    if docs is not None:
        docs.parent.mkdir(parents=True, exist_ok=True)
        docs.write_text(_render_docs(env, endpoints, spec, total), encoding="utf-8")
