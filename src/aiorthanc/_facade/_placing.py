"""Where each exported instance goes: its tags, from its parents; its path, inside the target."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from aiorthanc._facade._forest import Forest
from aiorthanc._facade._layout import FolderLayout, PathResolver
from aiorthanc._facade._levels import Instance, Series, Study

__all__ = ["ForestTags", "Placer", "instance_tags", "parent_tags"]


def instance_tags(
    instance: Instance,
    series: Series | None,
    study: Study | None,
    patient_tags: dict[str, str] | None,
) -> dict[str, str]:
    """The tags a layout sees for one instance: main DICOM tags of every level, and Orthanc IDs."""
    tags = parent_tags(series, study, patient_tags)
    tags.update(instance.main_dicom_tags)
    tags["InstanceOrthancID"] = instance.id
    return tags


def parent_tags(
    series: Series | None, study: Study | None, patient_tags: dict[str, str] | None
) -> dict[str, str]:
    """The part of `instance_tags` that comes from the instance's parents."""
    tags: dict[str, str] = {}
    tags.update(patient_tags or {})
    if study is not None:
        tags.update(study.main_dicom_tags)
        tags["StudyOrthancID"] = study.id
        tags["PatientOrthancID"] = study.parent_patient_id
    if series is not None:
        tags.update(series.main_dicom_tags)
        tags["SeriesOrthancID"] = series.id
    return tags


class ForestTags:
    """`instance_tags` with the parents found in a forest (listed down to series at least); the
    parents' part is worked out once per series."""

    def __init__(self, forest: Forest) -> None:
        self._forest = forest
        self._parents: dict[str, dict[str, str]] = {}

    def __call__(self, instance: Instance) -> dict[str, str]:
        parents = self._parents.get(instance.parent_series_id)
        if parents is None:
            parents = self._parents[instance.parent_series_id] = self._of(instance)
        return {**parents, **instance.main_dicom_tags, "InstanceOrthancID": instance.id}

    def _of(self, instance: Instance) -> dict[str, str]:
        forest = self._forest
        series = forest.parent(instance)
        study = forest.parent(series) if series is not None else None
        patient = forest.parent(study) if study is not None else None
        if patient is not None:
            patient_tags: dict[str, str] | None = patient.main_dicom_tags
        elif study is not None:  # a patient created after the listing: the study's copy
            patient_tags = study.patient_tags.model_dump(by_alias=True, exclude_none=True)
        else:
            patient_tags = None
        return parent_tags(series, study, patient_tags)


class Placer:
    """Target paths below one root, checked to be inside it; names made unique where
    sanitizing made two instances collide (the later one gets its ID in its name)."""

    def __init__(self, layout: FolderLayout, root: Path) -> None:
        self._layout = layout
        self._resolver = PathResolver(root)
        self._taken: set[Path] = set()

    @property
    def needs_tags(self) -> bool:
        """Whether the layout reads more than the instance's Orthanc ID."""
        return self._layout.fields() != frozenset({"InstanceOrthancID"})

    def place(self, instance: Instance, tags: dict[str, str]) -> Path:
        """The path of `instance`, given its tags."""
        parts = self._layout.components(tags)
        target = self._resolver.inside_parts(parts)
        if target in self._taken:
            name = PurePosixPath(parts[-1])
            unique = f"{name.stem} ({instance.id[:8]}){name.suffix}"
            target = self._resolver.inside_parts((*parts[:-1], unique))
        self._taken.add(target)
        return target
