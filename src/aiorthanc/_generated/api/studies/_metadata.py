# generated: do not edit, run make codegen
"""Operations of the `Studies` tag, group `metadata` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from aiorthanc._api_support import adapter, flag, headers
from aiorthanc._paths import quote_segment as _quote

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["StudiesMetadataOperations"]


class StudiesMetadataOperations:
    """The 4 operations of the `metadata` group of `orthanc.api.studies`, inherited by `StudiesApi`."""

    _client: Session

    @overload
    async def get_study_metadata(
        self,
        id: str,
        *,
        expand: Literal[False] = False,
    ) -> list[str]: ...

    @overload
    async def get_study_metadata(
        self,
        id: str,
        *,
        expand: Literal[True],
    ) -> dict[str, str]: ...

    @overload
    async def get_study_metadata(
        self,
        id: str,
        *,
        expand: bool = False,
    ) -> list[str] | dict[str, str]: ...

    async def get_study_metadata(
        self,
        id: str,
        *,
        expand: bool = False,
    ) -> list[str] | dict[str, str]:
        """List metadata. `GET /studies/{id}/metadata`

        Get the list of metadata that are associated with the given study

        Args:
            id: Orthanc identifier of the study of interest
            expand: If present, also retrieve the value of the individual metadata

        Returns:
            JSON array containing the names of the available metadata, or JSON associative array
            mapping metadata to their values (if `expand` argument is provided): `list[str]`; with
            `expand`: `dict[str, str]`.
        """
        response = await self._client.request(
            "GET",
            f"/studies/{_quote(id)}/metadata",
            params={"expand": flag(expand)},
        )
        if expand:
            expand_answer: dict[str, str] = adapter(dict[str, str]).validate_json(response.content)
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def get_study_metadata_by_name(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> str:
        """Get metadata. `GET /studies/{id}/metadata/{name}`

        Get the value of a metadata that is associated with the given study

        Args:
            id: Orthanc identifier of the study of interest
            name: The name of the metadata, or its index (cf. `UserMetadata` configuration option)
            if_none_match: Optional revision of the metadata, to check if its content has changed

        Returns:
            Value of the metadata
        """
        response = await self._client.request(
            "GET",
            f"/studies/{_quote(id)}/metadata/{_quote(name)}",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.text

    async def put_study_metadata_by_name(
        self,
        id: str,
        name: str,
        body: str,
        *,
        if_match: str | None = None,
    ) -> None:
        """Set metadata. `PUT /studies/{id}/metadata/{name}`

        Set the value of some metadata in the given DICOM study. This call will fail if trying to
        modify a system metadata (i.e. whose index is < 1024).

        Args:
            id: Orthanc identifier of the study of interest
            name: The name of the metadata, or its index (cf. `UserMetadata` configuration option)
            body: String value of the metadata
            if_match: Revision of the metadata, if this is not the first time this metadata is set.

        Returns:
            Nothing.
        """
        await self._client.request(
            "PUT",
            f"/studies/{_quote(id)}/metadata/{_quote(name)}",
            headers=headers({"If-Match": if_match}),
            content=body.encode("utf-8"),
        )

    async def delete_study_metadata_by_name(
        self,
        id: str,
        name: str,
        *,
        if_match: str | None = None,
    ) -> None:
        """Delete metadata. `DELETE /studies/{id}/metadata/{name}`

        Delete some metadata associated with the given DICOM study. This call will fail if trying to
        delete a system metadata (i.e. whose index is < 1024).

        Args:
            id: Orthanc identifier of the study of interest
            name: The name of the metadata, or its index (cf. `UserMetadata` configuration option)
            if_match: Revision of the metadata, to check if its content has not changed and can be deleted.
                This header is mandatory if `CheckRevisions` option is `true`.

        Returns:
            Nothing.
        """
        await self._client.request(
            "DELETE",
            f"/studies/{_quote(id)}/metadata/{_quote(name)}",
            headers=headers({"If-Match": if_match}),
        )
