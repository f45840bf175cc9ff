"""`aiorthanc tree` and `aiorthanc find`: what the server holds, and what matches criteria."""

from __future__ import annotations

import argparse
import re
import sys
from contextlib import aclosing
from typing import Any

from aiorthanc._cli._common import (
    EXIT_OK,
    add_verb,
    emit,
    emit_json,
    key_values,
    positive_int,
    printable,
)
from aiorthanc._cli._resources import LEVELS
from aiorthanc._client import AsyncOrthanc
from aiorthanc._facade import (
    DateRange,
    Forest,
    Instance,
    Patient,
    Resource,
    ResourceCollection,
    Series,
    Study,
)

__all__ = ["add_find_command", "add_tree_command", "parse_filters", "summary"]

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def add_tree_command(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register `tree`."""
    add_verb(
        commands,
        common,
        "tree",
        _tree,
        help="show patients > studies > series, with counts",
        description="Show every patient, its studies and their series, with the number of "
        "series and instances and the Orthanc IDs (one request per level, whatever the size). "
        "--json: one document, Orthanc's field names.",
    )


def add_find_command(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register `find`."""
    parser = add_verb(
        commands,
        common,
        "find",
        _find,
        help="find patients, studies, series or instances by their tags",
        description="Find resources by their main DICOM tags, Orthanc's way: wildcards "
        "(PatientName=DOE*), lists (Modality=CT\\MR), date ranges (StudyDate=20240101-20240630, "
        "StudyDate=2024-01-01..2024-06-30, StudyDate=2024-01-01..). One line per match; "
        "--json: one JSON object per line, as Orthanc describes the resource.",
    )
    parser.add_argument(
        "filters", nargs="*", metavar="TAG=VALUE", help="main DICOM tags to match, by keyword"
    )
    parser.add_argument(
        "--level", choices=tuple(LEVELS), default="study", help="what to find (default: study)"
    )
    parser.add_argument(
        "--metadata",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="metadata to match (wildcards; repeatable)",
    )
    parser.add_argument(
        "--label", action="append", default=[], help="carrying this label (repeatable; 1.12.0+)"
    )
    parser.add_argument("--order-by", metavar="TAG", help="sort by this main DICOM tag")
    parser.add_argument("--descending", action="store_true", help="reverse the sort")
    parser.add_argument("--limit", type=positive_int, help="at most this many results")


async def _tree(args: argparse.Namespace, client: AsyncOrthanc) -> int:
    forest = await client.forest(depth="series")
    if args.json:
        emit_json(_forest_json(forest))
        return EXIT_OK
    for patient in forest.patients:
        studies = forest.children(patient)
        emit(f"{summary(patient)}  ({_count(len(studies), 'study', 'studies')})  {patient.id}")
        for study in studies:
            series = forest.children(study)
            instances = sum(len(s.instance_ids) for s in series)
            counts = f"{_count(len(series), 'series', 'series')}, {_count(instances, 'instance')}"
            emit(f"  {summary(study)}  ({counts})  {study.id}")
            for one in series:
                count = _count(len(one.instance_ids), "instance")
                emit(f"    {summary(one)}  ({count})  {one.id}")
    instances = sum(len(s.instance_ids) for s in forest.series)
    patients = _count(len(forest.patients), "patient")
    studies_count = _count(len(forest.studies), "study", "studies")
    series_count = _count(len(forest.series), "series", "series")
    emit(f"{patients}, {studies_count}, {series_count}, {_count(instances, 'instance')}")
    return EXIT_OK


def _forest_json(forest: Forest) -> dict[str, Any]:
    def series_json(series: Series) -> dict[str, Any]:
        return {**_ident(series), "CountInstances": len(series.instance_ids)}

    def study_json(study: Study) -> dict[str, Any]:
        series = [series_json(s) for s in forest.children(study)]
        count = sum(s["CountInstances"] for s in series)
        return {**_ident(study), "CountInstances": count, "Series": series}

    patients = [
        {**_ident(p), "Studies": [study_json(s) for s in forest.children(p)]}
        for p in forest.patients
    ]
    counts = {
        "CountPatients": len(forest.patients),
        "CountStudies": len(forest.studies),
        "CountSeries": len(forest.series),
        "CountInstances": sum(len(s.instance_ids) for s in forest.series),
    }
    return {"Patients": patients, **counts}


def _ident(resource: Resource[Any]) -> dict[str, Any]:
    return {"ID": resource.id, "MainDicomTags": resource.main_dicom_tags}


async def _find(args: argparse.Namespace, client: AsyncOrthanc) -> int:
    collections: dict[str, ResourceCollection[Any]] = {
        "patient": client.patients,
        "study": client.studies,
        "series": client.series,
        "instance": client.instances,
    }
    collection = collections[args.level]
    found = collection.find(
        parse_filters(args.filters),
        metadata=key_values(args.metadata, "--metadata") or None,
        labels=args.label or None,
        order_by=args.order_by,
        descending=args.descending,
        limit=args.limit,
    )
    count = 0
    async with aclosing(found) as resources:
        async for resource in resources:
            count += 1
            if args.json:
                info = resource.info.model_dump(by_alias=True, exclude_none=True, mode="json")
                emit_json(info, indent=None)
            else:
                emit(f"{resource.id}  {summary(resource)}")
    if not args.json and not args.quiet:
        sys.stderr.write(f"{count} found\n")
    return EXIT_OK


def parse_filters(pairs: list[str]) -> dict[str, str | DateRange]:
    """``TAG=VALUE`` arguments as find criteria; ISO dates (``2024-01-31``) become DICOM dates
    and ``START..END`` (either end may be left out) a date range."""
    query: dict[str, str | DateRange] = {}
    for key, value in key_values(pairs, "a filter").items():
        if ".." in value:
            start, _, end = value.partition("..")
            query[key] = DateRange(_dicom_date(start) or None, _dicom_date(end) or None)
        else:
            query[key] = _ISO_DATE.sub(r"\1\2\3", value)
    return query


def _dicom_date(text: str) -> str:
    return _ISO_DATE.sub(r"\1\2\3", text.strip())


def summary(resource: Resource[Any]) -> str:
    """The tags that tell a resource apart, on one line, escaped for the terminal."""
    if isinstance(resource, Patient):
        parts = [resource.patient_id, resource.patient_name]
    elif isinstance(resource, Study):
        parts = [
            _iso(resource.study_date),
            resource.study_description,
            resource.accession_number,
            resource.patient_tags.patient_name,
        ]
    elif isinstance(resource, Series):
        number = resource.series_number
        parts = [resource.modality, f"#{number}" if number else None, resource.series_description]
    elif isinstance(resource, Instance):
        number = resource.instance_number
        parts = [f"#{number}" if number else None, resource.sop_instance_uid]
    else:  # pragma: no cover - the four levels above are all there is
        parts = []
    return printable("  ".join(str(p) for p in parts if p) or "-")


def _iso(value: str | None) -> str | None:
    if value and len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return value


def _count(number: int, singular: str, plural: str | None = None) -> str:
    return f"{number} {singular if number == 1 else plural or singular + 's'}"
