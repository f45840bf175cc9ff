"""Deterministic Python names for operations, parameters, tags and bodies.

The method-name rule (also in the header of docs/api.md):

1. Start with the HTTP method in lower case: `get`, `post`, `put`, `delete`.
2. Append each literal segment of the path in snake_case (`-` and `.` become `_`); a literal that
   is followed by a `{parameter}` is made singular (`patients/{id}` -> `patient`).
3. A `{parameter}` that directly follows another parameter adds its own name (`/jobs/{id}/{key}`
   -> `get_job_key`); other parameters add nothing: they become the function's arguments.
4. A literal that has no distinct singular (`series`, `metadata`) followed by a parameter that ends
   the path adds `by_` + the parameter's name, so that the item differs from the list:
   `GET /series/{id}` -> `get_series_by_id`, `PUT /instances/{id}/metadata/{name}` ->
   `put_instance_metadata_by_name`.
5. `/` alone is `root`.

So `GET /patients/{id}/studies` is `get_patient_studies`, `POST /tools/find` is `post_tools_find`,
`GET /instances/{id}/frames/{frame}/raw.gz` is `get_instance_frame_raw_gz`.

A streaming variant of an operation with a large binary answer is named `stream_` + the name without
its `get_` prefix (`GET /instances/{id}/file` -> `stream_instance_file`), or `stream_` + the whole
name for other methods (`POST /tools/create-archive` -> `stream_post_tools_create_archive`).
An answer in NumPy's format also has a variant that decodes it, named with `_array` appended
(`GET /instances/{id}/numpy` -> `get_instance_numpy_array`).
"""

from __future__ import annotations

import keyword
import re

__all__ = [
    "BODY_MODULE_RULE",
    "GROUPING_RULE",
    "MODEL_MODULES",
    "MODEL_MODULE_RULE",
    "array_name",
    "class_name",
    "group_name",
    "model_module",
    "module_name",
    "operation_name",
    "pascal",
    "python_identifier",
    "singular",
    "snake",
    "stream_name",
]

# Plurals whose singular is not obtained by the generic rules below.
_IRREGULAR = {"series": "series", "metadata": "metadata", "statistics": "statistics"}


def snake(text: str) -> str:
    """snake_case: `window-center` -> `window_center`, `quality` -> `quality`."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    text = re.sub(r"[^0-9A-Za-z]+", "_", text)
    return text.strip("_").lower()


def singular(word: str) -> str:
    """The singular of a path segment (`studies` -> `study`, `patients` -> `patient`)."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def operation_name(method: str, path: str) -> str:
    """The method name of an operation, by the rule in this module's docstring."""
    parts = [method.lower()]
    segments = [segment for segment in path.split("/") if segment]
    if not segments:
        return f"{parts[0]}_root"
    for index, segment in enumerate(segments):
        is_param = segment.startswith("{")
        if is_param:
            if index > 0 and segments[index - 1].startswith("{"):
                parts.append(snake(segment.strip("{}")))
            continue
        word = snake(segment)
        next_is_param = index + 1 < len(segments) and segments[index + 1].startswith("{")
        parts.append(singular(word) if next_is_param else word)
        if next_is_param and singular(word) == word and index + 2 == len(segments):
            parts.append("by_" + snake(segments[index + 1].strip("{}")))
    return "_".join(parts)


def stream_name(name: str) -> str:
    """The name of the streaming variant of the operation called `name`."""
    return "stream_" + name.removeprefix("get_")


def array_name(name: str) -> str:
    """The name of the variant of a NumPy answer that decodes it (`get_instance_numpy_array`)."""
    return name + "_array"


def python_identifier(name: str) -> str:
    """A parameter's Python name: snake_case, not a keyword."""
    result = snake(name)
    if keyword.iskeyword(result) or result in {"self", "body"}:
        result += "_"
    return result


def pascal(text: str) -> str:
    """`tracking changes` -> `TrackingChanges`."""
    return "".join(word.capitalize() for word in snake(text).split("_"))


def module_name(tag: str) -> str:
    """The module of a tag: `Tracking changes` -> `tracking_changes`."""
    return snake(tag)


def class_name(tag: str) -> str:
    """The class of a tag: `Tracking changes` -> `TrackingChangesApi`."""
    return pascal(tag) + "Api"


MAX_MODULE_LINES = 800
MIN_GROUP = 3

GROUPING_RULE = f"""\
A tag whose module would pass {MAX_MODULE_LINES} lines (before formatting) becomes a package:
`api/<tag>/__init__.py` holds the tag's class, which inherits one base class per group of
operations, each in `api/<tag>/_<group>.py`; the methods and `orthanc.api.<tag>.<name>` stay
the same. An operation's group is the first path segment when the tag spans several
(`/modalities/...` -> `modalities`), except the writes over many resources, `bulk`
(`/tools/bulk-*`), and the makers of new files, `create` (`/tools/create-*`). Otherwise it is
the segment after the first `{{parameter}}` (`/instances/{{id}}/attachments/...` ->
`attachments`), with the tag formats gathered as `tags` (`tags`, `simplified-tags`, `header`,
`module`, `module-patient`, `shared-tags`, `instances-tags`), the renderings of a whole
instance as `rendering` (`preview`, `rendered`, `image-*`, `matlab`, `numpy`), the parents
and children as `navigation` (`patient`, `study`, `series`, `studies`, `instances`), the
writes that make new resources from a resource as `modification` (`modify`, `anonymize`,
`merge`, `split`), the exports as `archive` (`archive`, `media`) and the stored file as
`content` (`content`, `file`, `pdf`). Groups of fewer than {MIN_GROUP} operations join the
`main` group.\
"""

_GROUP_ALIASES = {
    **dict.fromkeys(
        ["simplified-tags", "header", "module", "module-patient", "shared-tags", "instances-tags"],
        "tags",
    ),
    **dict.fromkeys(
        ["preview", "rendered", "image-int16", "image-uint16", "image-uint8", "matlab", "numpy"],
        "rendering",
    ),
    **dict.fromkeys(["patient", "study", "series", "studies", "instances"], "navigation"),
    **dict.fromkeys(["modify", "anonymize", "merge", "split"], "modification"),
    "media": "archive",
    **dict.fromkeys(["file", "pdf"], "content"),
}
# Families of `/tools/<word>-...` routes that form their own group in a tag of several roots.
_TOOLS_GROUPS = ("bulk", "create")


def group_name(path: str, single_root: bool) -> str:
    """The group of an operation of a split tag (see GROUPING_RULE); `main` when none."""
    segments = [segment for segment in path.split("/") if segment]
    if not single_root:
        word = segments[1].split("-")[0] if len(segments) > 1 else ""
        return word if segments[0] == "tools" and word in _TOOLS_GROUPS else snake(segments[0])
    for index, segment in enumerate(segments[:-1]):
        if segment.startswith("{"):
            following = segments[index + 1]
            if following.startswith("{"):
                return "main"
            return snake(_GROUP_ALIASES.get(following, following))
    return "main"


# A model's module: the first family whose pattern matches the schema's name, else `other`.
MODEL_MODULES: tuple[tuple[str, str], ...] = (
    ("tags", r"Tag"),
    ("resources", r"^((Patient|Study|Series|Instance)Info|FoundResource$)"),
    ("system", r"^(SystemInfo|Statistics|ResourceStatistics|PluginInfo)$"),
    ("jobs", r"^(Job|Change)"),
    ("networking", r"^(Modality|Peer|StorageCommitment|Query|Retrieve)"),
    (
        "storage",
        r"^(Upload|Attachment|Export|Modification|BulkModification|Merge|Split|Deletion"
        r"|OrderedSlices|ResourceReference)",
    ),
)
MODEL_FALLBACK = "other"


def model_module(schema: str) -> str:
    """The module of the model of a `components/schemas` entry (see MODEL_MODULE_RULE)."""
    for module, pattern in MODEL_MODULES:
        if re.search(pattern, schema):
            return module
    return MODEL_FALLBACK


_FAMILIES = "\n".join(f"- `{module}`: `{pattern}`" for module, pattern in MODEL_MODULES)

MODEL_MODULE_RULE = f"""\
The models are the package `_generated/models/`, one module per family. A schema goes to the
first family whose regular expression matches its name (`MODEL_MODULES` in `codegen/naming.py`),
else to `{MODEL_FALLBACK}`:

{_FAMILIES}

A model refers to another family's model through its module (`tags.DicomTags`); families that
would import each other in a cycle stop the generator. `models/__init__.py` re-exports every
model: `from aiorthanc._generated.models import PatientInfo`.\
"""

BODY_MODULE_RULE = f"""\
The typed request bodies are the package `_generated/bodies/`, one module per tag, named like
the tag's api module (`bodies/networking.py` holds the bodies of `api.networking`); a tag whose
bodies would pass {MAX_MODULE_LINES} lines gets one module per group of the rule above
(`bodies/<tag>_<group>.py`). `bodies/__init__.py` re-exports every body:
`from aiorthanc._generated.bodies import PostToolsFindBody`.\
"""
