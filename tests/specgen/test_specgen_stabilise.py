"""Unit tests of the normalisation of volatile values in the samples."""

import json

from codegen.specgen.stabilise import FIXED_TIME, Stabiliser

UUID_A = "30a0c3c5-51dc-4c3e-ac7c-f04a09baa397"
UUID_B = "373c434e-4d96-47e3-94ea-4d9e3e00dd02"


def make() -> Stabiliser:
    return Stabiliser({53409: 8042, 45231: 4242}, {"/tmp/aiorthanc-specgen-x": "/var/lib/orthanc"})


def test_times_keep_their_shape() -> None:
    stabiliser = make()
    assert stabiliser.text("20261122T032606") == FIXED_TIME
    assert stabiliser.text("20261122T032737.775519") == FIXED_TIME + ".000000"
    # DICOM dates and times are data, not clocks.
    assert stabiliser.text("20040119") == "20040119"
    assert stabiliser.text("072731") == "072731"


def test_uuids_become_numbered_placeholders_consistently() -> None:
    stabiliser = make()
    first = stabiliser.text(UUID_A)
    second = stabiliser.text(f"/jobs/{UUID_B}")
    assert first == "00000000-0000-4000-8000-000000000001"
    assert second == "/jobs/00000000-0000-4000-8000-000000000002"
    assert stabiliser.text(UUID_A) == first


def test_orthanc_ids_are_left_alone() -> None:
    orthanc_id = "f689ddd2-662f8fe1-8b18180d-ec2a2cee-937917af"
    assert make().text(orthanc_id) == orthanc_id


def test_ports_are_replaced_by_key_and_in_urls() -> None:
    value = {
        "HttpPort": 53409,
        "DicomPort": 45231,
        "Port": 45231,
        "CountInstances": 53409,  # same number, but not a port
        "Url": "http://127.0.0.1:53409/",
        "IsHttpServerSecure": True,
    }
    assert make().json(value) == {
        "HttpPort": 8042,
        "DicomPort": 4242,
        "Port": 4242,
        "CountInstances": 53409,
        "Url": "http://127.0.0.1:8042/",
        "IsHttpServerSecure": True,
    }


def test_nested_json_and_measured_values() -> None:
    value = {
        "Jobs": [{"ID": UUID_A, "EffectiveRuntime": 0.091, "Path": "/tmp/aiorthanc-specgen-x/a"}]
    }
    assert make().json(value) == {
        "Jobs": [
            {
                "ID": "00000000-0000-4000-8000-000000000001",
                "EffectiveRuntime": 1.0,
                "Path": "/var/lib/orthanc/a",
            }
        ]
    }


def test_json_answer_is_rewritten() -> None:
    body = json.dumps({"Date": "20261122T032821", "Seq": 3}).encode()
    out = make().answer("/changes?since=0", "application/json; charset=utf-8", body)
    assert json.loads(out) == {"Date": FIXED_TIME, "Seq": 3}


def test_metrics_timestamps_and_durations_are_fixed() -> None:
    body = (
        b"orthanc_count_instances 4 1795317966130\n"
        b"orthanc_rest_api_duration_ms 17 1795317965823\n"
        b"orthanc_disk_size_mb 0.0493354797\n"
        b"orthanc_up_time_s 2 1795317965823\n"
    )
    out = make().answer("/tools/metrics-prometheus", "text/plain; version=0.0.4", body)
    assert out == (
        b"orthanc_count_instances 4 1641038400000\n"
        b"orthanc_rest_api_duration_ms 1 1641038400000\n"
        b"orthanc_disk_size_mb 0.0493354797\n"
        b"orthanc_up_time_s 1 1641038400000\n"
    )


def test_generated_uid_keeps_its_root() -> None:
    body = b"1.2.276.0.7230010.3.1.4.8323328.5991.1795318101.806964"
    out = make().answer("/tools/generate-uid?level=instance", "text/plain", body)
    assert out == b"1.2.276.0.7230010.3.1.4.0.0.0.0"


def test_text_and_binary_answers() -> None:
    stabiliser = make()
    assert stabiliser.answer("/tools/now/", "text/plain", b"20261122T032606") == FIXED_TIME.encode()
    assert stabiliser.answer("/tools/log-level", "text/plain", b"default") == b"default"
    png = b"\x89PNG\r\n\x1a\n20261122T032606"
    assert stabiliser.answer("/instances/x/preview", "image/png", png) == png


def test_database_server_identifier_is_fixed() -> None:
    # 1.12+ derives it from the run (ports, paths): it differs on every run.
    value = {"DatabaseServerIdentifier": "48d67e11-2ce6161a-2ca34469-8b88cf88-c580826c"}
    fixed = make().json(value)["DatabaseServerIdentifier"]
    assert fixed == "00000000-00000000-00000000-00000000-00000000"
