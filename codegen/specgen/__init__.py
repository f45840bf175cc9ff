"""Regenerate ``spec/orthanc-<version>.json`` of each supported Orthanc, offline and complete.

``Orthanc --openapi`` downloads a sample answer for each GET route from Orthanc's public
demo server (``demo.orthanc-server.com`` for 1.10, ``orthanc.uclouvain.be/demo`` for 1.12+)
and drops the routes whose sample fails. This package answers those downloads from a
throwaway local Orthanc of the same version through a local HTTPS proxy, gives an example to
the GET routes Orthanc has no sample for, and writes a deterministic document. Versions newer
than the machine's run from their debootstrap roots with chroot (see
:mod:`aiorthanc.testing.versions`). Run it with ``python -m codegen.specgen`` from the
repository root.
"""
