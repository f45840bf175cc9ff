"""Intermediate model -> Python modules and docs/api.md, through Jinja2 templates."""

from __future__ import annotations

import re
import textwrap
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2

from codegen import naming
from codegen.models import HEADER, reexports
from codegen.parser import Endpoint, parse_spec

if TYPE_CHECKING:
    from codegen.generate import Report

__all__ = ["render_all"]

_TEMPLATES = Path(__file__).parent / "templates"
_WIDTH = 92  # docstring lines, before indentation


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _wrap(text: str, indent: str = "") -> list[str]:
    lines: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        flat = " ".join(paragraph.split())
        lines.extend(
            textwrap.wrap(
                flat, _WIDTH - len(indent), break_on_hyphens=False, break_long_words=False
            )
            or [""]
        )
        lines.append("")
    return [indent + line if line else "" for line in lines[:-1]]


def pydoc(text: str, indent: int) -> str:
    """A docstring literal for an attribute, wrapped."""
    body = _wrap(_escape(text))
    if len(body) == 1:
        return f'"""{body[0]}"""'
    pad = " " * indent
    return '"""' + f"\n{pad}".join(body) + f'\n{pad}"""'


def docstring(e: Endpoint) -> str:
    """The docstring of an operation's method: summary, description, arguments, answer."""
    summary = e.summary or f"{e.method} {e.path}"
    lines = [_escape(summary.rstrip(".") + ".") + f" `{e.method} {e.path}`", ""]
    if e.deprecated:
        lines += ["Deprecated by Orthanc.", ""]
    if e.description:
        lines += [*_wrap(_escape(e.description)), ""]
    args = [(p.py_name, p.description) for p in e.path_params]
    if e.body is not None:
        args.append(("body", e.body.description or f"The {e.body.kind} body."))
    args += [(p.py_name, p.description) for p in e.keyword_params]
    if args:
        lines.append("Args:")
        for name, description in args:
            wrapped = _wrap(_escape(description or "-"), "    ")
            lines.append(f"    {name}: {wrapped[0].strip()}")
            lines += ["    " + line if line else "" for line in wrapped[1:]]
        lines.append("")
    answer = (
        e.response.description
        or {
            "none": "Nothing.",
            "text": "The answer as text.",
            "binary": "The answer's bytes.",
            "json": "The JSON answer.",
        }[e.response.kind]
    )
    if e.response.content_types and e.response.kind == "binary":
        answer += " (" + ", ".join(e.response.content_types) + ")"
    if e.response.variants:
        py_names = {p.name: p.py_name for p in e.keyword_params}
        cases = [
            " and ".join(f"`{py_names[flag]}`" for flag in v.flags) + f": `{v.py_type}`"
            for v in e.response.variants
        ]
        variants = "; else with ".join(cases)
        answer = answer.rstrip(".") + f": `{e.response.py_type}`; with {variants}."
    wrapped = _wrap(_escape(answer), "    ")
    lines += ["Returns:", *wrapped]
    return '"""' + "\n".join(lines).rstrip() + '\n"""'


def signature(e: Endpoint, literals: dict[str, bool] | None = None) -> str:
    """The parameters of a method after `self` (path, body, then keyword-only).

    `literals` pins presence flags of an overload: True -> `Literal[True]` (required), False ->
    `Literal[False] = False`; flags not in it are `bool = False`.
    """
    literals = literals or {}
    out = [f"{p.py_name}: {p.py_type}," for p in e.path_params]
    if e.body is not None:
        out.append(f"body: {e.body.py_type},")
    keywords = []
    for p in e.keyword_params:
        if p.presence_flag and p.py_name in literals:
            pinned = literals[p.py_name]
            keywords.append(
                f"{p.py_name}: Literal[True],"
                if pinned
                else f"{p.py_name}: Literal[False] = False,"
            )
        elif p.presence_flag:
            keywords.append(f"{p.py_name}: bool = False,")
        elif p.required:
            keywords.append(f"{p.py_name}: {p.py_type},")
        else:
            keywords.append(f"{p.py_name}: {p.py_type} | None = None,")
    if keywords:
        out += ["*,", *keywords]
    return "\n".join(" " * 8 + line for line in out)


def _union(types: list[str]) -> str:
    unique: list[str] = []
    for item in types:
        if item not in unique:
            unique.append(item)
    return " | ".join(unique)


def return_type(e: Endpoint) -> str:
    """The annotation of the implementation: the union of the plain answer and its variants."""
    return _union([e.response.py_type, *(v.py_type for v in e.response.variants)])


def overloads(e: Endpoint) -> list[tuple[str, str]]:
    """(signature, return type) of each overload: plain answer, one per variant, then any flags.

    Variants are tried in order at run time, so the overload of a variant pins its own flags to
    True and the flags of the variants before it (that it lacks) to False: the overloads are
    disjoint. The plain answer's overload pins every variant flag to False.
    """
    variants = e.response.variants
    if not variants:
        return []
    py_names = {p.name: p.py_name for p in e.keyword_params}
    result = [(signature(e, {name: False for name in e.variant_flags}), e.response.py_type)]
    for index, variant in enumerate(variants):
        own = {py_names[flag] for flag in variant.flags}
        literals = {name: True for name in own}
        for earlier in variants[:index]:
            for flag in earlier.flags:
                if py_names[flag] not in own:
                    literals[py_names[flag]] = False
        result.append((signature(e, literals), variant.py_type))
    result.append((signature(e), return_type(e)))
    return result


def dispatch(e: Endpoint) -> str:
    """Statements parsing the answer into the type that the given flags select."""
    py_names = {p.name: p.py_name for p in e.keyword_params}
    lines = []
    for variant in e.response.variants:
        condition = " and ".join(py_names[flag] for flag in variant.flags)
        var = "_".join(py_names[flag] for flag in variant.flags) + "_answer"
        parse = parse_json(variant.py_type, variant.adapter, var)
        lines.append(f"if {condition}:")
        lines += ["    " + line for line in parse.splitlines()]
    lines += parse_json(e.response.py_type, e.response.adapter).splitlines()
    return "\n".join(lines)


def call_arguments(e: Endpoint) -> str:
    """The arguments of `client.request(...)` / `client.stream(...)`."""
    out = [f'"{e.method}",', f'f"{e.path_expression}",' if e.path_params else f'"{e.path}",']
    query = [p for p in e.keyword_params if p.location == "query"]
    if query:
        items = ", ".join(
            f'"{p.name}": ' + (f"flag({p.py_name})" if p.presence_flag else p.py_name)
            for p in query
        )
        out.append(f"params={{{items}}},")
    header_params = [p for p in e.keyword_params if p.location == "header"]
    if header_params:
        items = ", ".join(f'"{p.name}": {p.py_name}' for p in header_params)
        out.append(f"headers=headers({{{items}}}),")
    if e.body is not None:
        out.append(
            {
                "json": "json=body,",
                "text": 'content=body.encode("utf-8"),',
                "binary": "content=body,",
            }[e.body.kind]
        )
    return "\n".join(" " * 12 + line for line in out)


def parse_json(py_type: str, use_adapter: bool, var: str = "result") -> str:
    """Statements returning the parsed JSON answer (in a local `var`, typed: no `Any` leaks)."""
    if py_type == "JsonValue":
        return f"{var}: JsonValue = response.json()\nreturn {var}"
    if use_adapter:
        return (
            f"{var}: {py_type} = adapter({py_type}).validate_json(response.content)\nreturn {var}"
        )
    return f"return {py_type}.model_validate_json(response.content)"


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,  # noqa: S701 - Python source and Markdown, not HTML
    )
    env.globals.update(
        signature=signature,
        overloads=overloads,
        return_type=return_type,
        dispatch=dispatch,
        call_arguments=call_arguments,
        docstring=docstring,
        parse_json=parse_json,
        pydoc=pydoc,
    )
    return env


def _attribute(module: str) -> str:
    return module


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


def _render_module(
    env: jinja2.Environment,
    items: list[Endpoint],
    models: set[str],
    info: dict[str, Any],
    **names: Any,
) -> str:
    """The source of one module holding the methods of `items` in one class."""
    used: set[str] = set()
    for e in items:
        types = [
            e.response.py_type,
            *(v.py_type for v in e.response.variants),
            e.body.py_type if e.body else "",
        ]
        used.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", " ".join(types)))
    body_names = sorted(
        e.body.typed_dict for e in items if e.body is not None and e.body.typed_dict
    )
    return env.get_template("api_module.py.jinja").render(
        header=HEADER,
        endpoints=items,
        model_names=sorted(used & models),
        body_names=body_names,
        **{**info, **names},
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


def render_all(spec: dict[str, Any], out: Path, docs: Path | None, report: Report) -> None:
    """Render the endpoint modules, the bodies, the `Api` class and docs/api.md."""
    endpoints, skipped, total = parse_spec(spec)
    report.operations = total
    report.generated = len(endpoints)
    report.skipped = skipped
    env = _environment()
    by_module: dict[str, list[Endpoint]] = defaultdict(list)
    for e in endpoints:
        by_module[e.module].append(e)
    api_dir = out / "api"
    api_dir.mkdir()
    models = set(spec.get("components", {}).get("schemas", {}))
    modules = []
    for module in sorted(by_module):
        items = by_module[module]
        tag = items[0].tag
        info = {
            "module": module,
            "tag": tag,
            "class_name": naming.class_name(tag),
            "attribute": _attribute(module),
            "count": len(items),
        }
        modules.append(info)
        whole = _render_module(
            env,
            items,
            models,
            info,
            module_doc=f"Operations of the `{tag}` tag of Orthanc's REST API (generated).",
            class_name=info["class_name"],
            class_doc=f"The {len(items)} operations of the `{tag}` tag: "
            f"`orthanc.api.{info['attribute']}.<name>(...)`.",
            with_init=True,
        )
        if whole.count("\n") <= naming.MAX_MODULE_LINES:
            (api_dir / f"{module}.py").write_text(whole, encoding="utf-8")
            continue
        # Too long: a package of one module per group, the tag's class inheriting them all.
        package = api_dir / module
        package.mkdir()
        groups = []
        for group, members in _groups(items):
            group_class = naming.pascal(tag) + naming.pascal(group) + "Operations"
            groups.append({"name": group, "class_name": group_class})
            for e in members:
                e.group = group  # type: ignore[attr-defined]
            text = _render_module(
                env,
                members,
                models,
                info,
                module_doc=f"Operations of the `{tag}` tag, group `{group}` (generated).",
                class_name=group_class,
                class_doc=f"The {len(members)} operations of the `{group}` group of "
                f"`orthanc.api.{info['attribute']}`, inherited by `{info['class_name']}`.",
                with_init=False,
            )
            (package / f"_{group}.py").write_text(text, encoding="utf-8")
        (package / "__init__.py").write_text(
            env.get_template("api_package.py.jinja").render(header=HEADER, groups=groups, **info),
            encoding="utf-8",
        )
    (api_dir / "__init__.py").write_text(
        env.get_template("api_init.py.jinja").render(header=HEADER, modules=modules, total=total),
        encoding="utf-8",
    )
    _render_bodies(env, by_module, out / "bodies")
    if docs is not None:
        rows = sorted(endpoints, key=lambda e: (e.path, e.method))
        for e in rows:
            e.attribute = _attribute(e.module)  # type: ignore[attr-defined]
        rule = (naming.__doc__ or "").split("\n\n", 1)[1].strip()
        docs.parent.mkdir(parents=True, exist_ok=True)
        docs.write_text(
            env.get_template("api.md.jinja").render(
                header_text=HEADER.lstrip("# "),
                total=total,
                version=spec.get("info", {}).get("version", "?"),
                naming_rule=rule,
                grouping_rule=naming.GROUPING_RULE,
                model_rule=naming.MODEL_MODULE_RULE,
                body_rule=naming.BODY_MODULE_RULE,
                endpoints=rows,
            ),
            encoding="utf-8",
        )
