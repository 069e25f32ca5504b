"""Go durations (time.ParseDuration + Cluster API's ConvertToSeconds) and Kubernetes quantities
(resource.ParseQuantity + MarshalJSON), as the conversion webhooks compute them."""
from __future__ import annotations

import pytest

from constructs_lib.constructs.cluster_api.conversion.durations import duration_seconds, parse_duration, to_seconds
from constructs_lib.constructs.cluster_api.conversion.quantity import canonical


@pytest.mark.parametrize("text, nanoseconds", [
    ("0", 0), ("10m0s", 600 * 10 ** 9), ("1h30m", 5400 * 10 ** 9), ("1.5h", 5400 * 10 ** 9),
    ("300ms", 300 * 10 ** 6), ("1s5ms", 1_005_000_000), ("2µs", 2000), ("2μs", 2000), ("7ns", 7),
    ("-3s", -3 * 10 ** 9), ("+3s", 3 * 10 ** 9), (".5s", 500_000_000), ("5.s", 5 * 10 ** 9),
    ("1h1m1s1ms1us1ns", 3_661_001_001_001),
    ("2562047h47m16.854775807s", 2 ** 63 - 1),  # the largest Go Duration
])
def test_parse_duration_as_go(text, nanoseconds):
    assert parse_duration(text) == nanoseconds


@pytest.mark.parametrize("text", ["", "10", "abc", "1x", ".s", "-", "1.5", "2562047h47m16.854775808s", "1h-1m"])
def test_invalid_durations(text):
    with pytest.raises(ValueError):
        parse_duration(text)


@pytest.mark.parametrize("text, seconds", [
    ("20m0s", 1200), ("10m0s", 600), ("1s5ms", 1), ("999ms", 0), ("1.9s", 1), ("-1.9s", -1),
    ("1000000h", 2 ** 31 - 1),  # ConvertToSeconds caps at MaxInt32
    ("596523h14m7s", 2 ** 31 - 1), ("596523h14m6s", 2 ** 31 - 2),
])
def test_convert_to_seconds_truncates_and_caps(text, seconds):
    # math.Trunc(d.Seconds()), then capped at math.MaxInt32 (api/core/v1beta2/conversion.go).
    assert duration_seconds(text) == seconds


def test_seconds_use_go_float_arithmetic():
    # d.Seconds() is float64(sec) + float64(nsec)/1e9: close to MaxInt32 a fraction rounds up to the
    # next whole second before math.Trunc, as it does in Go.
    assert to_seconds(2_147_483_645 * 10 ** 9 + 999_999_999) == 2_147_483_646


@pytest.mark.parametrize("value, expected", [
    # Strings already canonical are kept as written (ParseQuantity keeps q.s).
    ("500m", "500m"), ("2", "2"), ("100Mi", "100Mi"), ("1Gi", "1Gi"), ("2048", "2048"), ("1e3", "1e3"),
    ("0", "0"),
    # Otherwise CanonicalizeBytes writes them again.
    ("1024Mi", "1Gi"), ("8192Mi", "8Gi"), ("1000m", "1"), ("2000", "2k"), ("1000k", "1M"), ("0.5", "500m"),
    ("1.5", "1500m"), ("0.1", "100m"), ("12e2", "1200"), ("-1.5Gi", "-1536Mi"), ("00", "0"),
    ("1.0000000001", "1000000001n"),  # rounded up to the nano
    (4, "4"), (0.25, "250m"),         # JSON numbers are parsed from their text
])
def test_quantities(value, expected):
    assert canonical(value) == expected


@pytest.mark.parametrize("value", ["", "1Q", "abc", "1..5", True, None])
def test_invalid_quantities(value):
    with pytest.raises(ValueError):
        canonical(value)
