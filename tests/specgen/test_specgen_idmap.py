"""Unit tests of the demo-ID to local-ID mapping of the sample URLs."""

import re

import pytest
from codegen.specgen.fixtures import Level
from codegen.specgen.idmap import DEMO_IDS, IdMapper

MAIN: dict[Level, str] = {
    "patients": "p-main",
    "studies": "st-main",
    "series": "se-main",
    "instances": "i-main",
}
MULTIFRAME: dict[Level, str] = {
    "patients": "p-multi",
    "studies": "st-multi",
    "series": "se-multi",
    "instances": "i-multi",
}
DEMO_PATIENT = "46e6332c-677825b6-202fcf7c-f787bc5f-7b07c382"
DEMO_INSTANCE = "d94d9a03-3003b047-a4affc69-322313b2-680530a2"
DEMO_FRAMES_INSTANCE = "7c92ce8e-bbf67ed2-ffa3b8c1-a3b35d94-7ff3ae26"
#: The instance that Orthanc 1.12+ samples from orthanc.uclouvain.be/demo.
UCLOUVAIN_INSTANCE = "6582b1c0-292ad5ab-ba0f088f-f7a1766f-9a29a54f"
UNKNOWN = "0123abcd-0123abcd-0123abcd-0123abcd-0123abcd"


@pytest.fixture
def mapper() -> IdMapper:
    return IdMapper({"main": MAIN, "multiframe": MULTIFRAME})


def test_known_ids_map_to_their_role_and_level(mapper: IdMapper) -> None:
    assert mapper.rewrite(f"/patients/{DEMO_PATIENT}/studies") == "/patients/p-main/studies"
    assert (
        mapper.rewrite(f"/instances/{DEMO_FRAMES_INSTANCE}/frames") == "/instances/i-multi/frames"
    )
    assert mapper.unknown == {}


def test_uclouvain_demo_ids_map_like_the_old_demos(mapper: IdMapper) -> None:
    # 1.12+ samples the same patient, study and series, but another instance of the series.
    assert mapper.rewrite(f"/instances/{UCLOUVAIN_INSTANCE}/labels") == "/instances/i-main/labels"
    assert mapper.rewrite(f"/instances/{UCLOUVAIN_INSTANCE}") == "/instances/i-main"
    assert mapper.rewrite(f"/patients/{DEMO_PATIENT}/labels") == "/patients/p-main/labels"
    assert mapper.unknown == {}


def test_every_known_id_is_a_well_formed_orthanc_id() -> None:
    for demo_id, (level, _) in DEMO_IDS.items():
        assert re.fullmatch(r"[0-9a-f]{8}(-[0-9a-f]{8}){4}", demo_id), demo_id
        mapper = IdMapper({"main": MAIN, "multiframe": MULTIFRAME})
        assert mapper.rewrite(f"/{level}/{demo_id}") != f"/{level}/{demo_id}"


def test_unknown_id_falls_back_to_main_and_is_recorded(mapper: IdMapper) -> None:
    assert mapper.rewrite(f"/series/{UNKNOWN}/shared-tags") == "/series/se-main/shared-tags"
    assert mapper.unknown == {UNKNOWN: "series"}


def test_known_id_under_another_level_counts_as_unknown(mapper: IdMapper) -> None:
    assert mapper.rewrite(f"/studies/{DEMO_PATIENT}") == "/studies/st-main"
    assert mapper.unknown == {DEMO_PATIENT: "studies"}


def test_missing_role_falls_back_to_main() -> None:
    mapper = IdMapper({"main": MAIN})
    assert mapper.rewrite(f"/instances/{DEMO_FRAMES_INSTANCE}/tags") == "/instances/i-main/tags"


def test_query_string_and_other_paths_are_kept(mapper: IdMapper) -> None:
    assert mapper.rewrite("/changes?since=0&limit=2") == "/changes?since=0&limit=2"
    assert mapper.rewrite(f"/instances/{DEMO_INSTANCE}?full") == "/instances/i-main?full"
    assert mapper.rewrite("/plugins/explorer.js") == "/plugins/explorer.js"
    assert mapper.rewrite("/tools/now/") == "/tools/now/"


def test_demo_plugin_becomes_the_sample_servers(mapper: IdMapper) -> None:
    assert mapper.rewrite("/plugins/dicom-web") == "/plugins/serve-folders"


def test_wrong_attachment_info_sample_is_fixed(mapper: IdMapper) -> None:
    path = f"/instances/{DEMO_FRAMES_INSTANCE}/dicom/info"
    assert mapper.rewrite(path) == "/instances/i-multi/attachments/dicom/info"


def test_main_resources_are_required() -> None:
    with pytest.raises(ValueError, match="main"):
        IdMapper({"multiframe": MULTIFRAME})
