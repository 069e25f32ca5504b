"""The string formats the API server checks (and those it ignores), on their own and in objects."""
from __future__ import annotations

import pytest

from constructs_lib import crd
from constructs_lib.crd.formats import CHECKED_FORMATS, format_problem

VALID = {
    "byte": ["", "YWRtaW4=", "c2VjcmV0\n", "AAEC"],
    "date": ["2006-01-02", "2024-02-29"],
    "date-time": ["2006-01-02T15:04:05Z", "2006-01-02T15:04:05.123+02:00", "2006-01-02t15:04:05z"],
    "datetime": ["2006-01-02T15:04:05Z"],
    "duration": ["1h30m", "300ms", "-1.5h", "0", "22 ns", "3 days"],
    "uri": ["https://example.com/p?q=1", "/absolute/path", "urn:isbn:0451450523"],
    "email": ["a@example.com", "Jane Doe <jane@example.com>"],
    "hostname": ["example.com", "a-b.c", "localhost", "xn--bcher-kva.example"],
    "ipv4": ["10.0.0.1", "255.255.255.255"],
    "ipv6": ["::1", "fe80::1", "::ffff:10.0.0.1"],
    "cidr": ["10.0.0.0/8", "10.0.0.1/24", "fd00::/64"],
    "mac": ["00:1a:2b:3c:4d:5e", "00-1A-2B-3C-4D-5E", "001a.2b3c.4d5e"],
    "uuid": ["123e4567-e89b-12d3-a456-426614174000", "123E4567E89B12D3A456426614174000"],
    "uuid3": ["6fa459ea-ee8a-3ca4-894e-db77e160355e"],
    "uuid4": ["16fd2706-8baf-433b-82eb-8c7fada847da"],
    "uuid5": ["886313e1-3b8a-5372-9b90-0c9aee199e5d"],
    "bsonobjectid": ["507f1f77bcf86cd799439011"],
    "isbn10": ["0321751043"], "isbn13": ["978-0321751041"], "isbn": ["0321751043"],
    "creditcard": ["4111 1111 1111 1111"], "ssn": ["123-45-6789"],
    "hexcolor": ["#fff", "#A0B1C2"], "rgbcolor": ["rgb(255, 0, 10)"],
    "password": ["anything at all"],
}
INVALID = {
    "byte": ["not base64!", "abc", "YWRtaW4"],
    "date": ["2006-1-2", "2023-02-29", "yesterday"],
    "date-time": ["2006-01-02", "2006-01-02T15:04:05", "2006-01-02 15:04:05Z", "2006-01-02T25:00:00Z", "soon"],
    "datetime": ["2006-01-02"],
    "duration": ["1 fortnight", "h", "1h 30"],
    "uri": ["", "no scheme", "relative/path", "https://exa mple.com"],
    "email": ["not-an-email", "a@@b"],
    "hostname": ["-bad.example", "under_score.example", "a" * 64 + ".example", ""],
    "ipv4": ["10.0.0.256", "010.0.0.1", "::1", "10.0.0"],
    "ipv6": ["10.0.0.1", "fe80::1%eth0", "1:2:3"],
    "cidr": ["10.0.0.0", "10.0.0.0/33", "fd00::/129"],
    "mac": ["00:1a:2b:3c:4d", "00:1a:2b:3c:4d:5g"],
    "uuid": ["123e4567-e89b-12d3-a456-42661417400"],
    "uuid3": ["16fd2706-8baf-433b-82eb-8c7fada847da"],
    "uuid4": ["6fa459ea-ee8a-3ca4-894e-db77e160355e"],
    "uuid5": ["16fd2706-8baf-433b-82eb-8c7fada847da"],
    "bsonobjectid": ["507f1f77bcf86cd79943901"],
    "isbn10": ["0321751044"], "isbn13": ["978-0321751042"], "isbn": ["123"],
    "creditcard": ["4111 1111 1111 1112"], "ssn": ["123-456-789"],
    "hexcolor": ["#ffff"], "rgbcolor": ["rgb(256, 0, 0)"],
}


def test_every_checked_format_has_cases():
    assert set(VALID) == CHECKED_FORMATS
    assert set(INVALID) == CHECKED_FORMATS - {"password"}


@pytest.mark.parametrize("name,value", [(n, v) for n, values in VALID.items() for v in values])
def test_valid_values(name, value):
    assert format_problem(name, value) is None


@pytest.mark.parametrize("name,value", [(n, v) for n, values in INVALID.items() for v in values])
def test_invalid_values(name, value):
    assert format_problem(name, value).endswith(f"(format {name})")


def test_formats_the_api_server_ignores_are_ignored():
    # idn-hostname: Cilium's policies; int32 of a string, and made-up names, mean nothing either
    for name in ("idn-hostname", "int32", "giubseufbuilsebfiu"):
        assert format_problem(name, "-- anything --") is None


def test_formats_in_schemas_are_checked_where_the_type_is_a_string():
    schema = {"type": "object", "properties": {"when": {"type": "string", "format": "date-time"},
                                               "ip": {"type": "string", "format": "ipv4"},
                                               "count": {"type": "integer", "format": "int32"}}}
    assert crd.validate_value(schema, {"when": "2006-01-02T15:04:05Z", "ip": "10.0.0.1", "count": 2 ** 31 - 1}) == []
    assert crd.validate_value(schema, {"when": "monday", "ip": "10.0.0.300", "count": 2 ** 31}, "spec") == [
        ("spec.when", "must be a date and time (RFC 3339, e.g. 2006-01-02T15:04:05Z) (format date-time)"),
        ("spec.ip", "must be an IPv4 address (format ipv4)"),
        ("spec.count", "must be an integer from -2147483648 to 2147483647"),
    ]


def test_a_secret_s_data_is_base64_and_string_data_is_not():
    secret = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s", "namespace": "n"},
              "data": {"ok": "YWRtaW4=", "bad": "admin"}, "stringData": {"plain": "admin"}}
    assert crd.validate_object(secret) == [("data.bad", "must be base64-encoded data (format byte)")]
