#!/bin/sh
# Names the machine after its VM: COREOS_CUSTOM_HOSTNAME comes from the VMware guestinfo metadata
# (coreos-metadata.service). Writes /etc/hostname and an /etc/hosts that resolves the name locally.
# HOSTNAME_ROOT prefixes the written paths.
set -eu
name="${COREOS_CUSTOM_HOSTNAME:?COREOS_CUSTOM_HOSTNAME is not set}"
root="${HOSTNAME_ROOT:-}"

printf '%s\n' "${name}" > "${root}/etc/hostname"
hostname "${name}"
printf '%s\n' "::1         ipv6-localhost ipv6-loopback" "127.0.0.1   localhost" "127.0.0.1   ${name}" \
  > "${root}/etc/hosts"
