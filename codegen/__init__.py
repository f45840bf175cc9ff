"""aiorthanc's code generator: Orthanc's OpenAPI spec + overrides -> `src/aiorthanc/_generated/`.

Pipeline (run `python -m codegen` from the repository root, or `make codegen`):

1. `versions.load_documents()` reads the documents `spec/orthanc-<version>.json`;
   `generate.merged_spec()` takes the newest, `overrides.apply_overrides()` applies
   `spec/overrides.yaml` (JSON-pointer patches: response schemas and request bodies the raw spec
   lacks), and `versions.Since` finds the oldest version that has each operation, query argument
   and body key (the generated method asks the server for it before sending).
2. `models.generate_models()` turns `components/schemas` into pydantic models with
   datamodel-code-generator: a package of one module per family (`naming.MODEL_MODULE_RULE`).
3. `parser.parse_spec()` turns every operation into a small intermediate model (`Endpoint`); an
   operation it cannot handle is reported and skipped.
4. `render.render_all()` writes one module per spec tag, then ruff formats. Python decides what
   goes where; `methods.py` computes each method's data (signatures, overloads, docstring prose,
   request, answer); the Jinja2 templates and macros of `templates/` hold the output's shape.
   A tag whose module would be too long becomes a package of groups (`naming.GROUPING_RULE`).
   Operations that the four resource levels have alike are written once (`levels.py`).
   The request bodies' TypedDicts go to one `bodies/` module per tag (`naming.BODY_MODULE_RULE`).
   Every generated module stays under `naming.MAX_MODULE_LINES` (tests/codegen checks it).
   An answer's `x-variants` (or `x-expanded`) in the overrides give typed overloads on presence
   flags (`expand`, `short`, `simplify`, `full`).
"""
