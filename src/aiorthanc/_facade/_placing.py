"""Where each exported instance goes: its tags, from its parents; its path, inside the target."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from aiorthanc._facade._forest import Forest
from aiorthanc._facade._layout import FolderLayout, PathResolver
from aiorthanc._facade._levels import Instance, Series, Study

__all__ = ["ForestTags", "Placer", "instance_tags", "tags_in_forest"]


def instance_tags(
    instance: Instance,
    series: Series | None,
    study: Study | None,
    patient_tags: dict[str, str] | None,
) -> dict[str, str]:
    """The tags a layout sees for one instance: main DICOM tags of every level, and Orthanc IDs."""
    tags: dict[str, str] = {}
    tags.update(patient_tags or {})
    if study is not None:
        tags.update(study.main_dicom_tags)
        tags["StudyOrthancID"] = study.id
        tags["PatientOrthancID"] = study.parent_patient_id
    if series is not None:
        tags.update(series.main_dicom_tags)
        tags["SeriesOrthancID"] = series.id
    tags.update(instance.main_dicom_tags)
    tags["InstanceOrthancID"] = instance.id
    return tags


def tags_in_forest(instance: Instance, forest: Forest) -> dict[str, str]:
    """`instance_tags` with the parents found in `forest` (listed down to series at least)."""
    series = forest.parent(instance)
    study = forest.parent(series) if series is not None else None
    patient = forest.parent(study) if study is not None else None
    if patient is not None:
        patient_tags: dict[str, str] | None = patient.main_dicom_tags
    elif study is not None:  # a patient created after the listing: the study's copy of its tags
        patient_tags = study.patient_tags.model_dump(by_alias=True, exclude_none=True)
    else:
        patient_tags = None
    return instance_tags(instance, series, study, patient_tags)


class ForestTags:
    """`tags_in_forest`, with the tags of each series and its parents worked out once."""

    def __init__(self, forest: Forest) -> None:
        self._forest = forest
        self._upper: dict[str, dict[str, str]] = {}

    def __call__(self, instance: Instance) -> dict[str, str]:
        upper = self._upper.get(instance.parent_series_id)
        if upper is None:
            upper = tags_in_forest(instance, self._forest)
            for own in (*instance.main_dicom_tags, "InstanceOrthancID"):
                upper.pop(own, None)
            self._upper[instance.parent_series_id] = upper
        return {**upper, **instance.main_dicom_tags, "InstanceOrthancID": instance.id}


class Placer:
    """Target paths below one root, checked to be inside it; names made unique where
    sanitizing made two instances collide (the later one gets its ID in its name)."""

    def __init__(self, layout: FolderLayout, root: Path) -> None:
        self._layout = layout
        self._resolver = PathResolver(root)
        self._taken: set[Path] = set()

    def place(self, instance: Instance, tags: dict[str, str]) -> Path:
        """The path of `instance`, given its tags."""
        relative = self._layout.relative_path(tags)
        target = self._resolver.inside(relative)
        if target in self._taken:
            name = PurePosixPath(relative.name)
            unique = f"{name.stem} ({instance.id[:8]}){name.suffix}"
            target = self._resolver.inside(relative.with_name(unique))
        self._taken.add(target)
        return target
