"""`conflictlens serve`: the web dashboard and REST API (uvicorn), and `conflictlens token`: API tokens."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from conflictlens.cli.options import DbOption, open_db

LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve_cmd(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    private: Annotated[bool, typer.Option("--private", help="Reads need a token too.")] = False,
    tiles: Annotated[
        str | None, typer.Option("--tiles", help="Offer an online tile layer (URL template, needs network).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Start the web dashboard (map, timeline, incidents, review) and the API on HOST:PORT."""
    import uvicorn

    from conflictlens.store.tokens import has_tokens
    from conflictlens.web.app import create_app
    from conflictlens.web.common import WebSettings, assets_missing

    with open_db(db) as store:
        loopback = is_loopback(host)
        if not loopback and not has_tokens(store):
            typer.echo(
                f"warning: listening on {host} with no API token: anyone who can reach it can edit the store. "
                "Create one with `conflictlens token create NAME` (writes then need it).",
                err=True,
            )
        if assets_missing():
            typer.echo(
                "note: the map and timeline assets are missing (run install.sh with npm); "
                "the list, incident pages and review still work",
                err=True,
            )
        hosts = ["127.0.0.1", "localhost", "[::1]"] if loopback else None
        app = create_app(store, WebSettings(private=private, tiles=tiles, host=host), allowed_hosts=hosts)
        typer.echo(f"conflictlens: http://{host}:{port}/ (database {store.url}); Ctrl-C stops", err=True)
        uvicorn.run(app, host=host, port=port, log_level="warning")


token_app = typer.Typer(help="API tokens: writes (and reads with --private) need one.", no_args_is_help=True)


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Argument(help="Whose token (a person or a script).")], db: DbOption = None
) -> None:
    """Make a token; it is shown once, only its hash is stored."""
    from conflictlens.store.tokens import create_token

    with open_db(db) as store:
        token = create_token(store, name)
    typer.echo(token)
    typer.echo(f"token for {name} created: keep it, it is not shown again", err=True)


@token_app.command("list")
def token_list(db: DbOption = None) -> None:
    """Names of the tokens and when they were made."""
    from conflictlens.store.tokens import list_tokens

    with open_db(db) as store:
        for item in list_tokens(store):
            typer.echo(f"{item['name']}\t{item['created_at']}")


@token_app.command("revoke")
def token_revoke(name: Annotated[str, typer.Argument()], db: DbOption = None) -> None:
    """Delete a token."""
    from conflictlens.errors import UsageError
    from conflictlens.store.tokens import revoke_token

    with open_db(db) as store:
        if not revoke_token(store, name):
            raise UsageError(f"no token named {name!r}", "see `conflictlens token list`")
    typer.echo(f"token {name} revoked", err=True)
