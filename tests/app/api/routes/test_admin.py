from __future__ import annotations

from fastapi.testclient import TestClient

from tests.app.utils import auth_headers, register

URL = "/api/v1/admin/users"


def test_admin_lists_users_and_changes_roles(client: TestClient) -> None:
    admin = auth_headers(client, "root@example.com")
    user = register(client, "sam@example.com")
    page = client.get(URL, headers=admin, params={"limit": 1, "offset": 1}).json()
    assert page["count"] == 2
    assert [row["email"] for row in page["data"]] == ["sam@example.com"]
    changed = client.patch(f"{URL}/{user['id']}/role", headers=admin, json={"role": "scientist"})
    assert changed.status_code == 200 and changed.json()["role"] == "scientist"
    assert client.patch(f"{URL}/999/role", headers=admin, json={"role": "user"}).status_code == 404
    bad_role = client.patch(f"{URL}/{user['id']}/role", headers=admin, json={"role": "god"})
    assert bad_role.status_code == 422
    me = client.get(URL, headers=admin).json()["data"][0]
    assert (
        client.patch(f"{URL}/{me['id']}/role", headers=admin, json={"role": "user"}).status_code
        == 409
    )


def test_offsets_beyond_the_page_limit_are_422_not_500(client: TestClient) -> None:
    admin = auth_headers(client, "root@example.com")
    for offset in (1_000_001, 2**63):
        response = client.get(URL, headers=admin, params={"offset": offset})
        assert response.status_code == 422
        assert response.json()["detail"][0]["loc"] == ["query", "offset"]


def test_non_admins_are_forbidden(client: TestClient) -> None:
    register(client, "root@example.com")
    for email, role in (("u@example.com", None), ("sci@example.com", "scientist")):
        headers = auth_headers(client, email)
        if role:
            admin = auth_headers(client, "root2@example.com")
            assert client.get(URL, headers=admin).status_code == 403
        assert client.get(URL, headers=headers).status_code == 403
        assert (
            client.patch(f"{URL}/1/role", headers=headers, json={"role": "admin"}).status_code
            == 403
        )
    assert client.get(URL).status_code == 401


def test_role_change_takes_effect_without_new_token(client: TestClient) -> None:
    admin = auth_headers(client, "root@example.com")
    headers = auth_headers(client, "promoted@example.com")
    target = client.get(URL, headers=admin).json()["data"][1]
    client.patch(f"{URL}/{target['id']}/role", headers=admin, json={"role": "admin"})
    assert client.get(URL, headers=headers).status_code == 200
