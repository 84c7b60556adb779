"""The web dashboard and REST API over the store (FastAPI): `create_app(store)`; `conflictlens serve` runs it.

Pages (server-rendered Jinja2, small npm JS packages placed in static/vendor by install.sh, nothing from a
CDN): the dashboard (map, timeline, incident list, downloads), the incident page (reports, documents with
their evidence highlighted, claims, link explanation, audit trail, review) and the document page. The API
lives under /api/ (OpenAPI at /api/openapi.json); /api/acled/read speaks ACLED's read API conventions.
"""

from conflictlens.web.app import create_app

__all__ = ["create_app"]
