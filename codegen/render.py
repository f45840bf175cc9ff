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
from codegen.levels import EXAMPLE_LEVEL, LEVEL_ROUTE, SHARING_RULE, Shared, shared_operations
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
    env: jinja2.Environment,
    items: list[Endpoint],
    models: set[str],
    shared: dict[tuple[str, str], Shared],
    **names: Any,
) -> str:
    """The source of one module holding the operations of `items` in one class.

    An operation in `shared` is not written here: the class inherits its shared class and binds
    the operation's public names to the shared methods.
    """
    own = [e for e in items if (e.method, e.path) not in shared]
    aliases, bases = [], set()
    for e in items:
        found = shared.get((e.method, e.path))
        if found is not None:
            bases.add((found.group, found.class_name))
            aliases.append((e.name, found.class_name, found.neutral.name))
            if e.stream and found.neutral.stream:
                aliases.append((e.stream, found.class_name, found.neutral.stream))
    return env.get_template("api_module.py.jinja").render(
        header=HEADER,
        methods=[method_view(e) for e in own],
        aliases=aliases,
        bases=sorted(bases),
        level_route=items[0].module if bases else None,
        level_attribute=LEVEL_ROUTE,
        shared=False,
        **_imports(own, models),
        **names,
    )


def _render_shared(
    env: jinja2.Environment, shared: list[Shared], models: set[str], package: Path
) -> None:
    """The shared classes of the operations that every level has alike (`codegen/levels.py`)."""
    package.mkdir()
    by_group: dict[str, list[Shared]] = defaultdict(list)
    for item in shared:
        by_group[item.group].append(item)
    for group, members in by_group.items():
        neutral = [s.neutral for s in members]
        methods = []
        for s in members:
            example = s.members[EXAMPLE_LEVEL]
            usage = f"api.{example.module}.{example.stream}"
            methods.append(method_view(s.neutral, f"self.{LEVEL_ROUTE}", usage))
        text = env.get_template("api_module.py.jinja").render(
            header=HEADER,
            module_doc=f"Operations of the group `{group}` that every resource level has alike "
            "(generated).",
            class_name=members[0].class_name,
            class_doc=f"The {len(members)} `{group}` operations of every level, written once: "
            f"each level's class sets `{LEVEL_ROUTE}` and binds its own names to these methods.",
            methods=methods,
            aliases=[],
            bases=[],
            level_route=None,
            level_attribute=LEVEL_ROUTE,
            shared=True,
            with_init=False,
            **_imports(neutral, models),
        )
        (package / f"{group}.py").write_text(text, encoding="utf-8")
    doc = "The operations that every resource level has alike, one class per group (generated).\n"
    classes = {group: [members[0].class_name] for group, members in by_group.items()}
    (package / "__init__.py").write_text(reexports(classes, "api._shared", doc), encoding="utf-8")


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
    env: jinja2.Environment,
    items: list[Endpoint],
    models: set[str],
    shared: dict[tuple[str, str], Shared],
    api_dir: Path,
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
        shared,
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
            shared,
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
    env: jinja2.Environment,
    endpoints: list[Endpoint],
    spec: dict[str, Any],
    total: int,
    versions: list[str],
) -> str:
    rule = (naming.__doc__ or "").split("\n\n", 1)[1].strip()
    return env.get_template("api.md.jinja").render(
        header_text=HEADER.lstrip("# "),
        total=total,
        version=spec.get("info", {}).get("version", "?"),
        versions=versions,
        naming_rule=rule,
        grouping_rule=naming.GROUPING_RULE,
        sharing_rule=SHARING_RULE,
        model_rule=naming.MODEL_MODULE_RULE,
        body_rule=naming.BODY_MODULE_RULE,
        endpoints=sorted(endpoints, key=lambda e: (e.path, e.method)),
    )


def render_all(
    endpoints: list[Endpoint],
    total: int,
    spec: dict[str, Any],
    out: Path,
    docs: Path | None,
    versions: list[str] | None = None,
) -> None:
    """Render the endpoint modules, the bodies, the `Api` class and docs/api.md."""
    env = environment()
    by_module: dict[str, list[Endpoint]] = defaultdict(list)
    for e in endpoints:
        by_module[e.module].append(e)
    api_dir = out / "api"
    api_dir.mkdir()
    models = set(spec.get("components", {}).get("schemas", {}))
    shared = shared_operations(endpoints)
    _render_shared(env, shared, models, api_dir / "_shared")
    by_route = {(e.method, e.path): s for s in shared for e in s.members.values()}
    modules = [
        _render_tag(env, by_module[module], models, by_route, api_dir)
        for module in sorted(by_module)
    ]
    (api_dir / "__init__.py").write_text(
        env.get_template("api_init.py.jinja").render(header=HEADER, modules=modules, total=total),
        encoding="utf-8",
    )
    _render_bodies(env, by_module, out / "bodies")
    if docs is not None:
        docs.parent.mkdir(parents=True, exist_ok=True)
        text = _render_docs(env, endpoints, spec, total, versions or [])
        docs.write_text(text, encoding="utf-8")
